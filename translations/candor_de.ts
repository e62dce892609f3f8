<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Seed JSONL</source>
        <translation>Seed-JSONL</translation>
    </message>
    <message>
        <source>JSONL with meta</source>
        <translation>JSONL mit Metadaten</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>Which rows of the review to export.</source>
        <translation>Welche Zeilen der Prüfung exportiert werden.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Accepted rows only</source>
        <translation>Nur angenommene Zeilen</translation>
    </message>
    <message>
        <source>All but rejected rows</source>
        <translation>Alle außer abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>The file to write; it is replaced atomically.</source>
        <translation>Die zu schreibende Datei; sie wird atomar ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Die Datei wählen.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Export-Zusammenfassung</translation>
    </message>
    <message>
        <source>The file format: seed rows, supervised chat turns, preference pairs for a trainer, or a Hugging Face dataset folder.</source>
        <translation>Das Dateiformat: Seed-Zeilen, überwachte Chat-Runden, Präferenzpaare für einen Trainer oder ein Hugging-Face-Datensatzordner.</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning JSONL (SFT)</source>
        <translation>OpenAI-Chat-Feinabstimmungs-JSONL (SFT)</translation>
    </message>
    <message>
        <source>DPO pairs (TRL DPOTrainer)</source>
        <translation>DPO-Paare (TRL DPOTrainer)</translation>
    </message>
    <message>
        <source>DPO pairs, conversational (TRL DPOTrainer)</source>
        <translation>DPO-Paare als Nachrichten (TRL DPOTrainer)</translation>
    </message>
    <message>
        <source>Reward-model pairs with margin (TRL RewardTrainer)</source>
        <translation>Belohnungsmodell-Paare mit Abstand (TRL RewardTrainer)</translation>
    </message>
    <message>
        <source>KTO rows (TRL KTOTrainer)</source>
        <translation>KTO-Zeilen (TRL KTOTrainer)</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL (OpenAI, Together, Fireworks)</source>
        <translation>Präferenz-JSONL im OpenAI-Stil (OpenAI, Together, Fireworks)</translation>
    </message>
    <message>
        <source>RLWHF tuples</source>
        <translation>RLWHF-Tupel</translation>
    </message>
    <message>
        <source>GRPO prompts (TRL GRPOTrainer)</source>
        <translation>GRPO-Prompts (TRL GRPOTrainer)</translation>
    </message>
    <message>
        <source>Reference answers (+2 rows)</source>
        <translation>Referenzantworten (Zeilen mit +2)</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder with card</source>
        <translation>Hugging-Face-Datensatzordner mit Karte</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>&amp;Paare:</translation>
    </message>
    <message>
        <source>How rows that answer the same prompt become pairs; the higher level is chosen, ties never pair.</source>
        <translation>Wie Zeilen, die denselben Prompt beantworten, zu Paaren werden; die höhere Stufe wird gewählt, gleiche Stufen bilden nie ein Paar.</translation>
    </message>
    <message>
        <source>Adjacent levels (+2&gt;+1, +1&gt;0, …)</source>
        <translation>Benachbarte Stufen (+2&gt;+1, +1&gt;0, …)</translation>
    </message>
    <message>
        <source>Every higher-lower pair (10 per full ladder)</source>
        <translation>Jedes Paar aus höherer und niedrigerer Stufe (10 je volle Leiter)</translation>
    </message>
    <message>
        <source>Best against each lower level</source>
        <translation>Beste gegen jede niedrigere Stufe</translation>
    </message>
    <message>
        <source>Minimum &amp;margin:</source>
        <translation>Mindest&amp;abstand:</translation>
    </message>
    <message>
        <source>The least level difference between the chosen and the rejected answer.</source>
        <translation>Der kleinste Stufenunterschied zwischen gewählter und abgelehnter Antwort.</translation>
    </message>
    <message>
        <source>&amp;Desirable from level:</source>
        <translation>&amp;Erwünscht ab Stufe:</translation>
    </message>
    <message>
        <source>KTO label: rows at this level or above are desirable (true), the rest undesirable.</source>
        <translation>KTO-Label: Zeilen ab dieser Stufe sind erwünscht (true), die übrigen unerwünscht.</translation>
    </message>
    <message>
        <source>Assistant &amp;turns from level:</source>
        <translation>Assistenten-&amp;Runden ab Stufe:</translation>
    </message>
    <message>
        <source>Only rows at this level or above become assistant turns; +2 teaches fully correct answers only.</source>
        <translation>Nur Zeilen ab dieser Stufe werden zu Assistenten-Runden; +2 lehrt nur vollständig richtige Antworten.</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>Required: the dataset card&apos;s licence identifier, e.g. cc-by-4.0, apache-2.0 or other. Check the terms of the provider that generated the rows.</source>
        <translation>Pflichtfeld: die Lizenzkennung der Datensatzkarte, z. B. cc-by-4.0, apache-2.0 oder other. Prüfen Sie die Bedingungen des Anbieters, der die Zeilen erzeugt hat.</translation>
    </message>
    <message>
        <source>e.g. cc-by-4.0 (required)</source>
        <translation>z. B. cc-by-4.0 (Pflicht)</translation>
    </message>
    <message>
        <source>Spl&amp;it:</source>
        <translation>&amp;Aufteilung:</translation>
    </message>
    <message>
        <source>Train, validation and test fractions; every ladder stays inside one split.</source>
        <translation>Anteile für Training, Validierung und Test; jede Leiter bleibt in einem Teil.</translation>
    </message>
    <message>
        <source>S&amp;huffle seed:</source>
        <translation>&amp;Mischungs-Seed:</translation>
    </message>
    <message>
        <source>The same seed and rows give the same split.</source>
        <translation>Derselbe Seed und dieselben Zeilen ergeben dieselbe Aufteilung.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportbericht</translation>
    </message>
    <message>
        <source>What the export wrote: rows or pairs per level and kind, and every row left out, with the reason.</source>
        <translation>Was der Export geschrieben hat: Zeilen oder Paare je Stufe und Art und jede ausgelassene Zeile mit Grund.</translation>
    </message>
    <message>
        <source>Expressed &amp;confidence:</source>
        <translation>Geäußerte &amp;Zuversicht:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>Templates work offline with no set-up; LLM asks a provider.</source>
        <translation>Vorlagen funktionieren offline ohne Einrichtung; LLM fragt einen Anbieter.</translation>
    </message>
    <message>
        <source>Generation mode</source>
        <translation>Erzeugungsmodus</translation>
    </message>
    <message>
        <source>Templates (offline)</source>
        <translation>Vorlagen (offline)</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>How many rows the dataset has in total.</source>
        <translation>Wie viele Zeilen der Datensatz insgesamt hat.</translation>
    </message>
    <message>
        <source>Rows per level of the honesty rubric, as counts or shares.</source>
        <translation>Zeilen pro Stufe der Ehrlichkeitsskala, als Anzahl oder Anteil.</translation>
    </message>
    <message>
        <source>Reward distribution</source>
        <translation>Verteilung der Belohnungen</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>A domain such as history or medicine, or any free-text topic; several topics are separated by semicolons; empty uses every domain.</source>
        <translation>Ein Fachgebiet wie Geschichte oder Medizin oder ein beliebiges Thema; mehrere Themen werden durch Semikolons getrennt; leer verwendet alle Fachgebiete.</translation>
    </message>
    <message>
        <source>all domains</source>
        <translation>alle Fachgebiete</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>The same seed and settings give the same dataset.</source>
        <translation>Gleicher Startwert und gleiche Einstellungen ergeben denselben Datensatz.</translation>
    </message>
    <message>
        <source>Add a [SEARCH:query] hint to every row.</source>
        <translation>Jeder Zeile einen [SEARCH:Suchanfrage]-Hinweis hinzufügen.</translation>
    </message>
    <message>
        <source>Search &amp;hints</source>
        <translation>Such&amp;hinweise</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>Längere, ausführlichere Antworten schreiben.</translation>
    </message>
    <message>
        <source>&amp;Long-form answers</source>
        <translation>&amp;Lange Antworten</translation>
    </message>
    <message>
        <source>Advanced (LLM)</source>
        <translation>Erweitert (LLM)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Stapelgröße:</translation>
    </message>
    <message>
        <source>Rows asked for in one request.</source>
        <translation>Pro Anfrage angeforderte Zeilen.</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>Requests sent at once; Candor lowers it by itself when the provider rate-limits.</source>
        <translation>Gleichzeitig gesendete Anfragen; Candor verringert den Wert selbst, wenn der Anbieter das Ratenlimit erreicht.</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Higher values give more varied rows.</source>
        <translation>Höhere Werte ergeben abwechslungsreichere Zeilen.</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Max. &amp;Tokens:</translation>
    </message>
    <message>
        <source>The most tokens one answer may use.</source>
        <translation>Die meisten Tokens, die eine Antwort verwenden darf.</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this amount; 0 means no cap.</source>
        <translation>Keine Anfragen mehr senden, bevor die Kosten diesen Betrag überschreiten würden; 0 heißt keine Obergrenze.</translation>
    </message>
    <message>
        <source>Stre&amp;am answers</source>
        <translation>Antworten &amp;streamen</translation>
    </message>
    <message>
        <source>Take rows as they stream in, so they appear at once.</source>
        <translation>Zeilen übernehmen, während sie hereinströmen, sodass sie sofort erscheinen.</translation>
    </message>
    <message>
        <source>&amp;Fill shortfalls from templates</source>
        <translation>&amp;Fehlende Zeilen aus Vorlagen auffüllen</translation>
    </message>
    <message>
        <source>When the model cannot deliver enough valid rows, fill the rest offline (marked fallback).</source>
        <translation>Wenn das Modell nicht genug gültige Zeilen liefert, den Rest offline auffüllen (als Ersatz markiert).</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Kostenschätzung</translation>
    </message>
    <message>
        <source>Generate a small sample first, to spot-check prompts and model before spending on the whole dataset.</source>
        <translation>Erzeugen Sie zuerst eine kleine Stichprobe, um Prompts und Modell zu prüfen, bevor Sie für den ganzen Datensatz bezahlen.</translation>
    </message>
    <message>
        <source>Pre&amp;view Sample</source>
        <translation>&amp;Vorschau erzeugen</translation>
    </message>
    <message>
        <source>How many sample rows each level gets in a preview.</source>
        <translation>Wie viele Beispielzeilen jede Stufe in einer Vorschau erhält.</translation>
    </message>
    <message>
        <source>Sample rows per level</source>
        <translation>Beispielzeilen pro Stufe</translation>
    </message>
    <message>
        <source> per level</source>
        <translation> pro Stufe</translation>
    </message>
    <message>
        <source>Generate the whole dataset with the settings above.</source>
        <translation>Den ganzen Datensatz mit den obigen Einstellungen erzeugen.</translation>
    </message>
    <message>
        <source>&amp;Generate Dataset</source>
        <translation>Datensatz &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Let requests in flight finish and start no new ones.</source>
        <translation>Laufende Anfragen abschließen lassen und keine neuen starten.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop the run at once; the rows so far are kept.</source>
        <translation>Den Lauf sofort anhalten; die bisherigen Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Save the rows as seed-format JSONL, JSONL with meta, CSV or OpenAI chat fine-tuning JSONL.</source>
        <translation>Die Zeilen als Seed-JSONL, JSONL mit Metadaten, CSV oder OpenAI-Chat-Fine-Tuning-JSONL speichern.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Rows accepted so far out of the rows asked for.</source>
        <translation>Bisher angenommene Zeilen von den angeforderten.</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status des Laufs</translation>
    </message>
    <message>
        <source>Show every message of the runs so far: retries, rate limits, errors by kind.</source>
        <translation>Alle Meldungen der bisherigen Läufe anzeigen: neue Versuche, Ratenlimits, Fehler nach Art.</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>Lauf&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Start again from the default settings.</source>
        <translation>Mit den Standardeinstellungen neu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .candor project with its settings and prompt templates.</source>
        <translation>Ein .candor-Projekt mit seinen Einstellungen und Prompt-Vorlagen öffnen.</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save the settings and prompt templates (never API keys).</source>
        <translation>Die Einstellungen und Prompt-Vorlagen speichern (niemals API-Schlüssel).</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>&amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <source>Load an existing JSONL dataset for review.</source>
        <translation>Einen vorhandenen JSONL-Datensatz zur Prüfung laden.</translation>
    </message>
    <message>
        <source>Edit &amp;Prompt Templates…</source>
        <translation>&amp;Prompt-Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the instructions sent to the model for each level.</source>
        <translation>Die Anweisungen bearbeiten, die für jede Stufe an das Modell gehen.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Do what the message above offers.</source>
        <translation>Tun, was die Meldung oben anbietet.</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Diese Meldung ausblenden.</translation>
    </message>
    <message>
        <source>The language the generated rows are written in, in English words (e.g. German, Brazilian Portuguese).</source>
        <translation>Die Sprache, in der die erzeugten Zeilen geschrieben werden, als englisches Wort (z. B. German, Brazilian Portuguese).</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts:</translation>
    </message>
    <message>
        <source>Independent rows give every row its own prompt; contrast ladders answer one prompt at every chosen level (what DPO and reward-model training compare); a mix makes a share of the rows ladders.</source>
        <translation>Unabhängige Zeilen geben jeder Zeile einen eigenen Prompt; Kontrastleitern beantworten einen Prompt auf jeder gewählten Stufe (was DPO- und Reward-Model-Training vergleichen); eine Mischung macht einen Anteil der Zeilen zu Leitern.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>Unabhängige Zeilen</translation>
    </message>
    <message>
        <source>Contrast ladders</source>
        <translation>Kontrastleitern</translation>
    </message>
    <message>
        <source>Mix of both</source>
        <translation>Mischung aus beidem</translation>
    </message>
    <message>
        <source>The share of the rows that are ladders; the other rows are independent.</source>
        <translation>Der Anteil der Zeilen, die Leitern sind; die übrigen Zeilen sind unabhängig.</translation>
    </message>
    <message>
        <source>Share of rows in ladders</source>
        <translation>Anteil der Zeilen in Leitern</translation>
    </message>
    <message>
        <source> % ladders</source>
        <translation> % Leitern</translation>
    </message>
    <message>
        <source>Ladder le&amp;vels:</source>
        <translation>Leiter-St&amp;ufen:</translation>
    </message>
    <message>
        <source>Ladder levels</source>
        <translation>Leiter-Stufen</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Which service generates the rows.</source>
        <translation>Welcher Dienst die Zeilen erzeugt.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>Die API-Adresse des Anbieters; ändern Sie sie für Proxys oder selbst betriebene Server.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>The model id; Refresh lists what the endpoint offers.</source>
        <translation>Die Modell-ID; Aktualisieren listet auf, was der Endpunkt anbietet.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the model list from the endpoint.</source>
        <translation>Die Modellliste vom Endpunkt abrufen.</translation>
    </message>
    <message>
        <source>Refresh model list</source>
        <translation>Modellliste aktualisieren</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The provider&apos;s API key; stored only in the system keychain.</source>
        <translation>Der API-Schlüssel des Anbieters; wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Show the typed key while the button is down.</source>
        <translation>Den eingegebenen Schlüssel anzeigen, solange die Schaltfläche gedrückt ist.</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store the key in the system keychain.</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems speichern.</translation>
    </message>
    <message>
        <source>Save API key to keychain</source>
        <translation>API-Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>API key state</source>
        <translation>Status des API-Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Check that the endpoint answers and accepts the key.</source>
        <translation>Prüfen, ob der Endpunkt antwortet und den Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>Connection verdict</source>
        <translation>Ergebnis der Verbindung</translation>
    </message>
</context>
<context>
    <name>candor</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 said: &quot;%2&quot;</source>
        <translation>%1 meldet: „%2“</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>an HTML page &quot;%1&quot;</source>
        <translation>eine HTML-Seite „%1“</translation>
    </message>
    <message>
        <source>%1 could not be reached: a proxy or gateway answered HTTP %2 with %3 instead of the provider&apos;s reply. This is usually temporary; retrying usually helps.</source>
        <translation>%1 war nicht erreichbar: Ein Proxy oder Gateway hat mit HTTP %2 und %3 statt der Antwort des Anbieters geantwortet. Das ist meist vorübergehend; ein neuer Versuch hilft meistens.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway is rate-limiting requests (HTTP 429, %2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1: Ein Proxy oder Gateway begrenzt die Anfragen (HTTP 429, %2). Warten Sie %DELAY% vor dem nächsten Versuch oder verringern Sie die Parallelität.</translation>
    </message>
    <message>
        <source>%1: the request is too large for a proxy or gateway (HTTP 413, %2). Ask for fewer rows per request.</source>
        <translation>%1: Die Anfrage ist für einen Proxy oder ein Gateway zu groß (HTTP 413, %2). Fordern Sie weniger Zeilen pro Anfrage an.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway asks for credentials (HTTP %2, %3). Check the base URL and proxy settings.</source>
        <translation>%1: Ein Proxy oder Gateway verlangt Zugangsdaten (HTTP %2, %3). Prüfen Sie die Basis-URL und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway timed out (HTTP 408, %2). Retrying usually helps.</source>
        <translation>%1: Zeitüberschreitung bei einem Proxy oder Gateway (HTTP 408, %2). Ein neuer Versuch hilft meistens.</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 with %3 instead of an API reply. Check the base URL, VPN and proxy settings.</source>
        <translation>%1: Der Server hat mit HTTP %2 und %3 statt einer API-Antwort geantwortet. Prüfen Sie die Basis-URL sowie die VPN- und Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>no model is loaded</source>
        <translation>es ist kein Modell geladen</translation>
    </message>
    <message>
        <source>loaded: %1</source>
        <translation>geladen: %1</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; running (%3). Start that model in %1 or choose a loaded one.</source>
        <translation>Bei %1 läuft kein Modell „%2“ (%3). Starten Sie dieses Modell in %1 oder wählen Sie ein geladenes.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (%2). Store a new key for this provider.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (%2). Speichern Sie einen neuen Schlüssel für diesen Anbieter.</translation>
    </message>
    <message>
        <source>%1: the prompt plus the requested answer do not fit the model&apos;s context window (%2). Ask for fewer rows per request or lower max tokens.</source>
        <translation>%1: Prompt und angeforderte Antwort passen nicht in das Kontextfenster des Modells (%2). Fordern Sie weniger Zeilen pro Anfrage an oder verringern Sie max. Tokens.</translation>
    </message>
    <message>
        <source>%1: rate limit reached (%2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1: Ratenlimit erreicht (%2). Warten Sie %DELAY% vor dem nächsten Versuch oder verringern Sie die Parallelität.</translation>
    </message>
    <message>
        <source>%1: your quota is used up (%2). Check your plan and billing; retrying will not help.</source>
        <translation>%1: Ihr Kontingent ist aufgebraucht (%2). Prüfen Sie Tarif und Abrechnung; ein neuer Versuch hilft nicht.</translation>
    </message>
    <message>
        <source>%1 is overloaded (%2). Retry in a little while or lower the concurrency.</source>
        <translation>%1 ist überlastet (%2). Versuchen Sie es in Kürze erneut oder verringern Sie die Parallelität.</translation>
    </message>
    <message>
        <source>%1&apos;s model worker failed, probably out of GPU memory (%2). Retrying may help; otherwise lower max tokens or the concurrency.</source>
        <translation>Der Modell-Worker von %1 ist ausgefallen, vermutlich aus Mangel an GPU-Speicher (%2). Ein neuer Versuch kann helfen; sonst verringern Sie max. Tokens oder die Parallelität.</translation>
    </message>
    <message>
        <source>%1 has no model worker answering (%2). Check that a model is running in %1; retrying may help.</source>
        <translation>Bei %1 antwortet kein Modell-Worker (%2). Prüfen Sie, ob in %1 ein Modell läuft; ein neuer Versuch kann helfen.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; try again later.</source>
        <translation>%1 hatte einen internen Fehler (%2). Das ist meist vorübergehend; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens) for this provider.</source>
        <translation>%1 hat die Anfrage abgelehnt (%2). Prüfen Sie die Modelleinstellungen (Temperatur, max. Tokens) für diesen Anbieter.</translation>
    </message>
    <message>
        <source>%1 does not serve your country, region or territory (%2). Use another provider.</source>
        <translation>%1 bedient Ihr Land, Ihre Region oder Ihr Gebiet nicht (%2). Verwenden Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP %2). Store a new key for this provider.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2). Speichern Sie einen neuen Schlüssel für diesen Anbieter.</translation>
    </message>
    <message>
        <source>%1 refused this request with the stored key (%2). Check that the key&apos;s account or project may use this model.</source>
        <translation>%1 hat diese Anfrage mit dem gespeicherten Schlüssel abgelehnt (%2). Prüfen Sie, ob das Konto oder Projekt des Schlüssels dieses Modell verwenden darf.</translation>
    </message>
    <message>
        <source>%1: this request alone is larger than your per-minute token limit (%2). Ask for fewer rows per request or lower max tokens; retrying will not help.</source>
        <translation>%1: Diese Anfrage allein überschreitet Ihr Token-Limit pro Minute (%2). Fordern Sie weniger Zeilen pro Anfrage an oder verringern Sie max. Tokens; ein neuer Versuch hilft nicht.</translation>
    </message>
    <message>
        <source>%1: the request is too large (%2). Ask for fewer rows per request.</source>
        <translation>%1: Die Anfrage ist zu groß (%2). Fordern Sie weniger Zeilen pro Anfrage an.</translation>
    </message>
    <message>
        <source>%1: this Transformer Lab version has no OpenAI-compatible endpoint (HTTP 404). Use Transformer Lab v0.33.0 or older, or serve the model with another OpenAI-compatible server.</source>
        <translation>%1: Diese Transformer-Lab-Version hat keinen OpenAI-kompatiblen Endpunkt (HTTP 404). Verwenden Sie Transformer Lab v0.33.0 oder älter oder stellen Sie das Modell mit einem anderen OpenAI-kompatiblen Server bereit.</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; installed (HTTP 404). Pull it with &quot;ollama pull %2&quot; or pick an installed model.</source>
        <translation>%1 hat kein Modell „%2“ installiert (HTTP 404). Laden Sie es mit „ollama pull %2“ herunter oder wählen Sie ein installiertes Modell.</translation>
    </message>
    <message>
        <source>%1: the server has no such endpoint (HTTP 404). Check the base URL.</source>
        <translation>%1: Der Server hat keinen solchen Endpunkt (HTTP 404). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; is not available (%3). Pick another model or refresh the model list.</source>
        <translation>%1: Das Modell „%2“ ist nicht verfügbar (%3). Wählen Sie ein anderes Modell oder aktualisieren Sie die Modellliste.</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; does not exist or you have no access to it (HTTP %3). Pick another model or refresh the model list.</source>
        <translation>%1: Das Modell „%2“ existiert nicht oder Sie haben keinen Zugriff darauf (HTTP %3). Wählen Sie ein anderes Modell oder aktualisieren Sie die Modellliste.</translation>
    </message>
    <message>
        <source>%1 timed out while working on the request (%2). Retry; for long answers use streaming or ask for fewer rows per request.</source>
        <translation>Bei %1 ist die Zeit für die Bearbeitung der Anfrage abgelaufen (%2). Versuchen Sie es erneut; verwenden Sie für lange Antworten Streaming oder fordern Sie weniger Zeilen pro Anfrage an.</translation>
    </message>
    <message>
        <source>%1 reports that the request was cancelled (%2).</source>
        <translation>%1 meldet, dass die Anfrage abgebrochen wurde (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached through its gateway (%2). This is usually temporary; retrying usually helps.</source>
        <translation>%1 war über sein Gateway nicht erreichbar (%2). Das ist meist vorübergehend; ein neuer Versuch hilft meistens.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; retrying usually helps.</source>
        <translation>%1 hatte einen internen Fehler (%2). Das ist meist vorübergehend; ein neuer Versuch hilft meistens.</translation>
    </message>
    <message>
        <source>%1 reported a conflict (%2). Retrying usually helps.</source>
        <translation>%1 hat einen Konflikt gemeldet (%2). Ein neuer Versuch hilft meistens.</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens, JSON mode) for this provider.</source>
        <translation>%1 hat die Anfrage abgelehnt (%2). Prüfen Sie die Modelleinstellungen (Temperatur, max. Tokens, JSON-Modus) für diesen Anbieter.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 hat mit dem unerwarteten HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 before the next attempt, longer than Candor waits on its own; try again after that.</source>
        <translation>%1 bittet, %2 bis zum nächsten Versuch zu warten – länger, als Candor von sich aus wartet; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error%2.</source>
        <translation>%1 hat die Antwort mit einem Fehler abgebrochen%2.</translation>
    </message>
    <message>
        <source>Retrying usually helps.</source>
        <translation>Ein neuer Versuch hilft meistens.</translation>
    </message>
    <message>
        <source>Store a new key for this provider.</source>
        <translation>Speichern Sie einen neuen Schlüssel für diesen Anbieter.</translation>
    </message>
    <message>
        <source>Check your plan and billing; retrying will not help.</source>
        <translation>Prüfen Sie Tarif und Abrechnung; ein neuer Versuch hilft nicht.</translation>
    </message>
    <message>
        <source>Ask for fewer rows per request or lower max tokens.</source>
        <translation>Fordern Sie weniger Zeilen pro Anfrage an oder verringern Sie max. Tokens.</translation>
    </message>
    <message>
        <source>Pick another model or start it first.</source>
        <translation>Wählen Sie ein anderes Modell oder starten Sie es zuerst.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings for this provider.</source>
        <translation>Prüfen Sie die Modelleinstellungen für diesen Anbieter.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is %2 running?</source>
        <translation>Unter %1 lauscht nichts. Läuft %2?</translation>
    </message>
    <message>
        <source>%1 refused the connection at %2. Check the base URL or try again later.</source>
        <translation>%1 hat die Verbindung unter %2 abgelehnt. Prüfen Sie die Basis-URL oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly (%2). Retrying usually helps.</source>
        <translation>%1 hat die Verbindung unerwartet geschlossen (%2). Ein neuer Versuch hilft meistens.</translation>
    </message>
    <message>
        <source>%1: the host &quot;%2&quot; could not be found. Check the base URL and your internet connection.</source>
        <translation>%1: Der Host „%2“ wurde nicht gefunden. Prüfen Sie die Basis-URL und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Check your connection; retrying usually helps.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2). Prüfen Sie Ihre Verbindung; ein neuer Versuch hilft meistens.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed%3. Check the base URL (https or http), the system clock and any proxy.</source>
        <translation>%1: Die sichere Verbindung zu %2 ist fehlgeschlagen%3. Prüfen Sie die Basis-URL (https oder http), die Systemuhr und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <source>The network is not available, so %1 cannot be reached. Check your connection.</source>
        <translation>Das Netzwerk ist nicht verfügbar, daher ist %1 nicht erreichbar. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected too many times. Check the base URL.</source>
        <translation>%1 unter %2 hat zu oft umgeleitet. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected from https to plain http; Candor does not follow that. Check the base URL.</source>
        <translation>%1 unter %2 hat von https auf unverschlüsseltes http umgeleitet; dem folgt Candor nicht. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 asks for credentials. Check the proxy settings.</source>
        <translation>Der Proxy vor %1 verlangt Zugangsdaten. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 failed%2. Check the proxy settings.</source>
        <translation>Der Proxy vor %1 ist fehlgeschlagen%2. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed%3.</source>
        <translation>Die Verbindung zu %1 unter %2 ist fehlgeschlagen%3.</translation>
    </message>
    <message>
        <source>No space left on the disk for %1: the last change was not saved; everything saved before it is intact.</source>
        <translation>Kein Platz mehr auf dem Datenträger für %1: Die letzte Änderung wurde nicht gespeichert; alles zuvor Gespeicherte ist unversehrt.</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>Das Projekt %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Could not use the project %1: %2</source>
        <translation>Das Projekt %1 konnte nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>the disk quota is exhausted</source>
        <translation>das Festplattenkontingent ist erschöpft</translation>
    </message>
    <message>
        <source>the file would be larger than the system allows</source>
        <translation>die Datei wäre größer, als das System erlaubt</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the program reading the pipe has closed it</source>
        <translation>das Programm, das aus der Pipe liest, hat sie geschlossen</translation>
    </message>
    <message>
        <source>an input/output error (the disk or device failed)</source>
        <translation>ein Ein-/Ausgabefehler (die Festplatte oder das Gerät ist ausgefallen)</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein Blockgerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; Candor writes only to files, pipes and character devices</source>
        <translation>%1 ist %2, keine normale Datei; Candor schreibt nur in Dateien, Pipes und zeichenorientierte Geräte</translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string at column %2; JSON needs it escaped</source>
        <translation>unmaskiertes Steuerzeichen U+%1 in einer Zeichenkette in Spalte %2; JSON verlangt eine Escape-Sequenz</translation>
    </message>
    <message>
        <source>lone surrogate escape \u%1 at column %2; it is not a character</source>
        <translation>einzelnes Surrogat-Escape \u%1 in Spalte %2; es ist kein Zeichen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>unbekannte Tabelle „%1“</translation>
    </message>
    <message>
        <source>&quot;table&quot; is required outside generic.json</source>
        <translation>„table“ ist außerhalb von generic.json erforderlich</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>„difficulty“ muss beginner, intermediate oder advanced sein</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>„prompts“ muss eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;search&quot; is required</source>
        <translation>„search“ ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;levels&quot; must be an object with the keys &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;</source>
        <translation>„levels“ muss ein Objekt mit den Schlüsseln „-2“, „-1“, „0“, „1“ und „2“ sein</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (the levels are &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;)</source>
        <translation>unbekannte Stufe „%1“ (die Stufen sind „-2“, „-1“, „0“, „1“ und „2“)</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>missing (a ladder needs all five levels)</source>
        <translation>fehlt (eine Leiter braucht alle fünf Stufen)</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>„answers“ muss eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; is required</source>
        <translation>„feedback“ ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;claims&quot; must be a list (empty if the answer makes no claim)</source>
        <translation>„claims“ muss eine Liste sein (leer, wenn die Antwort nichts behauptet)</translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation>Behauptung %1: %2</translation>
    </message>
    <message>
        <source>&quot;claim&quot; must be a non-empty string</source>
        <translation>„claim“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;true&quot; must be true or false</source>
        <translation>„true“ muss true oder false sein</translation>
    </message>
    <message>
        <source>a false claim needs a &quot;correction&quot;</source>
        <translation>eine falsche Behauptung braucht eine „correction“</translation>
    </message>
    <message>
        <source>a true claim takes no &quot;correction&quot;</source>
        <translation>eine wahre Behauptung hat keine „correction“</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(kein Tag)</translation>
    </message>
    <message>
        <source>Level %1 is given away by &quot;%2&quot;: it is in %3% of the level&apos;s answers and %4% of the others, so a reward model can score the level from that alone.</source>
        <translation>Stufe %1 wird durch „%2“ verraten: Es steht in %3% der Antworten dieser Stufe und in %4% der übrigen, sodass ein Reward-Modell die Stufe allein daran erkennen kann.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Level %1 %2 average %3 characters against %4 over all rows (%5%): length alone hints at the level.</source>
        <translation>Stufe %1, %2: im Mittel %3 Zeichen gegenüber %4 über alle Zeilen (%5%); schon die Länge deutet auf die Stufe hin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier row&apos;s prompt at the same level.</source>
        <translation>
            <numerusform>%Ln Zeile wiederholt den Prompt einer früheren Zeile auf derselben Stufe.</numerusform>
            <numerusform>%Ln Zeilen wiederholen den Prompt einer früheren Zeile auf derselben Stufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level</source>
        <translation>Zeilen je Stufe</translation>
    </message>
    <message>
        <source>%1 lengths at level %2</source>
        <translation>%1: Längen auf Stufe %2</translation>
    </message>
    <message>
        <source>mean %1 characters</source>
        <translation>Mittelwert %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 rows, %2 contrast ladders (%3 rows in ladders), %4 edited by hand. Made by Candor %5.</source>
        <translation>%1 Zeilen, %2 Kontrastleitern (%3 Zeilen in Leitern), %4 von Hand bearbeitet. Erstellt mit Candor %5.</translation>
    </message>
    <message>
        <source>What a reward model could learn instead of honesty</source>
        <translation>Was ein Reward-Modell statt Ehrlichkeit lernen könnte</translation>
    </message>
    <message>
        <source>No single word, word pair or length gives a level away.</source>
        <translation>Kein einzelnes Wort, kein Wortpaar und keine Länge verrät eine Stufe.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Domains by level</source>
        <translation>Fachgebiete nach Stufe</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Answer length by level</source>
        <translation>Antwortlänge nach Stufe</translation>
    </message>
    <message>
        <source>Characters, %1 per bar; the dashed line is the level&apos;s mean; all rows: %2.</source>
        <translation>Zeichen, %1 je Balken; die gestrichelte Linie ist der Mittelwert der Stufe; alle Zeilen: %2.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Feedback length by level</source>
        <translation>Feedbacklänge nach Stufe</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Words that predict the level</source>
        <translation>Wörter, die die Stufe vorhersagen</translation>
    </message>
    <message>
        <source>The ten words or word pairs whose presence in an answer best tells its level from the others (balanced accuracy, over %1 answers).</source>
        <translation>Die zehn Wörter oder Wortpaare, deren Vorkommen in einer Antwort ihre Stufe am besten von den anderen unterscheidet (balancierte Genauigkeit, über %1 Antworten).</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>In level</source>
        <translation>In Stufe</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row&apos;s prompt at the same level (case, spacing and end punctuation aside). Rows of one contrast ladder share their prompt on purpose and are not counted.</source>
        <translation>%1 Zeilen wiederholen den Prompt einer früheren Zeile auf derselben Stufe (abgesehen von Groß-/Kleinschreibung, Leerraum und Satzzeichen am Ende). Zeilen derselben Kontrastleiter teilen ihren Prompt absichtlich und werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Repeats row</source>
        <translation>Wiederholt Zeile</translation>
    </message>
    <message>
        <source>Judge agreement</source>
        <translation>Übereinstimmung mit dem Bewerter</translation>
    </message>
    <message>
        <source>No judge labels in these rows yet.</source>
        <translation>Diese Zeilen haben noch keine Einstufungen durch den Bewerter.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Not recorded: the rows came from a file without their configuration.</source>
        <translation>Nicht erfasst: Die Zeilen stammen aus einer Datei ohne ihre Konfiguration.</translation>
    </message>
    <message>
        <source>%1 judged rows: exact agreement %2, within one level %3, quadratic-weighted kappa %4 (95% interval %5 to %6).</source>
        <translation>%1 bewertete Zeilen: genaue Übereinstimmung %2, bis auf eine Stufe %3, quadratisch gewichtetes Kappa %4 (95-%-Intervall %5 bis %6).</translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level</source>
        <translation>Zeilen: Zielstufe; Spalten: die Stufe des Bewertungsmodells</translation>
    </message>
</context>
<context>
    <name>candor::ChatCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MB and was cut off</source>
        <translation>die Antwort ist größer als %1 MB und wurde abgeschnitten</translation>
    </message>
    <message>
        <source>redirect (HTTP %1) without a valid Location</source>
        <translation>Umleitung (HTTP %1) ohne gültigen Location-Header</translation>
    </message>
    <message>
        <source>%1 redirected from https to %2; Candor refuses to downgrade a request that carries an API key.</source>
        <translation>%1 hat von https auf %2 umgeleitet; Candor stuft eine Anfrage mit API-Schlüssel nicht herab.</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Umleitungen</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 hat %2 s lang nichts gesendet; die Anfrage ist abgelaufen. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit für langsame lokale Modelle.</translation>
    </message>
    <message>
        <source>The stream from %1 ended before it was complete (%2 characters received). Try again.</source>
        <translation>Der Stream von %1 endete vor seinem Abschluss (%2 Zeichen empfangen). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered with no text (finish reason: %2).</source>
        <translation>%1 hat ohne Text geantwortet (Abschlussgrund: %2).</translation>
    </message>
    <message>
        <source>%1 sent no part of the answer for %2 s (only keep-alives or stray bytes); the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 hat %2 s lang keinen Teil der Antwort gesendet (nur Keep-alives oder einzelne Bytes); die Anfrage ist abgelaufen. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit für langsame lokale Modelle.</translation>
    </message>
    <message>
        <source>%1 did not finish the answer within %2 s; the request timed out. Try again, or ask for a shorter answer.</source>
        <translation>%1 hat die Antwort nicht innerhalb von %2 s fertiggestellt; die Anfrage ist abgelaufen. Versuchen Sie es erneut oder bitten Sie um eine kürzere Antwort.</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 bytes</source>
        <translation>eine Zeile des Streams ist länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>candor::Connector</name>
    <message>
        <source>Candor will not send the %1 API key over plain http to %2: anyone on the network could read it. Use https, or allow insecure key transport for this endpoint explicitly.</source>
        <translation>Candor sendet den API-Schlüssel für %1 nicht über unverschlüsseltes http an %2: Jeder im Netzwerk könnte ihn lesen. Verwenden Sie https oder erlauben Sie die unsichere Schlüsselübertragung für diesen Endpunkt ausdrücklich.</translation>
    </message>
    <message>
        <source>%1 sent a response Candor could not read: %2.</source>
        <translation>%1 hat eine Antwort gesendet, die Candor nicht lesen konnte: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>%1 did not answer the model list request in time.</source>
        <translation>%1 hat die Anfrage nach der Modellliste nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: %3 %4 listed</source>
        <translation>Verbunden mit %1 unter %2: %3 %4 aufgelistet</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>; %1 is available.</source>
        <translation>; %1 ist verfügbar.</translation>
    </message>
    <message>
        <source>; %1 is not among them (it may still work as an alias).</source>
        <translation>; %1 ist nicht darunter (funktioniert aber vielleicht als Alias).</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Body</translation>
    </message>
    <message>
        <source>%1 returned no choices; the server or a gateway dropped the answer.</source>
        <translation>%1 hat keine Antwortvarianten geliefert; der Server oder ein Gateway hat die Antwort verworfen.</translation>
    </message>
    <message>
        <source>a stream event</source>
        <translation>ein Stream-Ereignis</translation>
    </message>
    <message>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>die Modellliste hat kein &quot;data&quot;-Array</translation>
    </message>
    <message>
        <source>a stream line</source>
        <translation>eine Stream-Zeile</translation>
    </message>
    <message>
        <source>the model list has no &quot;models&quot; array</source>
        <translation>die Modellliste hat kein &quot;models&quot;-Array</translation>
    </message>
</context>
<context>
    <name>candor::DatasetCheck</name>
    <message>
        <source>&quot;search_hint&quot; must look like [SEARCH:query]</source>
        <translation>&quot;search_hint&quot; muss wie [SEARCH:Suchanfrage] aussehen</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Tags</translation>
    </message>
    <message>
        <source>a seed row, not a chat line: there is no &quot;messages&quot; array</source>
        <translation>eine Seed-Zeile, keine Chat-Zeile: es gibt kein Array &quot;messages&quot;</translation>
    </message>
    <message>
        <source>no &quot;messages&quot; array</source>
        <translation>kein Array &quot;messages&quot;</translation>
    </message>
    <message>
        <source>&quot;messages&quot; holds %1 messages; Candor writes system (optional), user and assistant</source>
        <translation>&quot;messages&quot; enthält %1 Nachrichten; Candor schreibt system (optional), user und assistant</translation>
    </message>
    <message>
        <source>message %1 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>Nachricht %1 braucht eine Zeichenkette &quot;role&quot; und eine Zeichenkette &quot;content&quot;</translation>
    </message>
    <message>
        <source>message %1 has the role &quot;%2&quot; where Candor writes &quot;%3&quot;</source>
        <translation>Nachricht %1 hat die Rolle &quot;%2&quot;, wo Candor &quot;%3&quot; schreibt</translation>
    </message>
    <message>
        <source>message %1 (%2) is empty</source>
        <translation>Nachricht %1 (%2) ist leer</translation>
    </message>
    <message>
        <source>the system message is not one Candor writes, so the row&apos;s level is unknown</source>
        <translation>die Systemnachricht ist keine, die Candor schreibt, daher ist die Stufe der Zeile unbekannt</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice</source>
        <translation>die Kopfzeile nennt die Spalte &quot;%1&quot; zweimal</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; is ignored</source>
        <translation>unbekannte Spalte &quot;%1&quot; wird ignoriert</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; Candor&apos;s CSV starts with prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</source>
        <translation>der Kopfzeile fehlen die Spalte(n) %1; Candors CSV beginnt mit prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8 text</source>
        <translation>Feld %1 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown review status &quot;%1&quot;</source>
        <translation>unbekannter Prüfstatus &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;created&quot; is not an ISO 8601 date and time: %1</source>
        <translation>&quot;created&quot; ist kein Datum mit Uhrzeit nach ISO 8601: %1</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>unbekannte Markierung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a record longer than 16 MB; skipped</source>
        <translation>ein Datensatz länger als 16 MB; übersprungen</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the field and double the quote)</source>
        <translation>ein Anführungszeichen im nicht zitierten Feld %1 (das Feld in Anführungszeichen setzen und das Zeichen verdoppeln)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation>ein auf dieser Zeile beginnendes zitiertes Feld wird nie geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of messages</source>
        <translation>„%1“ muss eine Liste von Nachrichten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold exactly one assistant message, not %2</source>
        <translation>„%1“ muss genau eine Assistenten-Nachricht enthalten, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold %2 message(s) (%3), not %4</source>
        <translation>„%1“ muss %2 Nachricht(en) enthalten (%3), nicht %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>„%1“, Nachricht %2, braucht eine Zeichenkette „role“ und eine Zeichenkette „content“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 has the role &quot;%3&quot; where &quot;%4&quot; belongs</source>
        <translation>„%1“, Nachricht %2, hat die Rolle „%3“, wo „%4“ hingehört</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 is empty</source>
        <translation>„%1“, Nachricht %2, ist leer</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>missing object &quot;input&quot; (with &quot;messages&quot;)</source>
        <translation>Objekt „input“ (mit „messages“) fehlt</translation>
    </message>
    <message>
        <source>a reward-model line has an implicit prompt: the user turn inside &quot;chosen&quot; and &quot;rejected&quot;, no &quot;prompt&quot; key</source>
        <translation>eine Belohnungsmodell-Zeile hat einen impliziten Prompt: die Benutzerrunde in „chosen“ und „rejected“, keinen Schlüssel „prompt“</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; answer different prompts</source>
        <translation>„chosen“ und „rejected“ beantworten verschiedene Prompts</translation>
    </message>
    <message>
        <source>missing key &quot;margin&quot;</source>
        <translation>Schlüssel „margin“ fehlt</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be a number</source>
        <translation>„margin“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be positive (the chosen answer&apos;s level minus the rejected one&apos;s), not %1</source>
        <translation>„margin“ muss positiv sein (Stufe der gewählten minus Stufe der abgelehnten Antwort), nicht %1</translation>
    </message>
    <message>
        <source>missing key &quot;label&quot;</source>
        <translation>Schlüssel „label“ fehlt</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be true or false (a JSON boolean)</source>
        <translation>„label“ muss true oder false sein (ein JSON-Wahrheitswert)</translation>
    </message>
    <message>
        <source>&quot;reward&quot; must be an integer from -2 to 2</source>
        <translation>„reward“ muss eine ganze Zahl von -2 bis 2 sein</translation>
    </message>
    <message>
        <source>missing object &quot;metadata&quot;</source>
        <translation>Objekt „metadata“ fehlt</translation>
    </message>
    <message>
        <source>metadata: &quot;confidence_score&quot; must be a number from 0 to 1</source>
        <translation>metadata: „confidence_score“ muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>&quot;target_reward&quot; must be an integer from -2 to 2</source>
        <translation>„target_reward“ muss eine ganze Zahl von -2 bis 2 sein</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings</source>
        <translation>„tags“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>the prompt of line %1 again; this format holds one line per prompt</source>
        <translation>wieder der Prompt von Zeile %1; dieses Format hat eine Zeile pro Prompt</translation>
    </message>
    <message>
        <source>the chosen and the rejected answer are the same text</source>
        <translation>gewählte und abgelehnte Antwort sind derselbe Text</translation>
    </message>
    <message>
        <source>%1 has no README.md (the dataset card); a Hugging Face export folder needs one</source>
        <translation>%1 hat keine README.md (die Datensatzkarte); ein Hugging-Face-Exportordner braucht eine</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys</source>
        <translation>der Vorspann ist keine Zuordnung von Schlüsseln</translation>
    </message>
    <message>
        <source>the card names no &quot;license&quot;</source>
        <translation>die Karte nennt keine „license“</translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot;</source>
        <translation>die Karte hat kein „%1“</translation>
    </message>
    <message>
        <source>the card&apos;s &quot;tags&quot; do not include &quot;synthetic&quot;</source>
        <translation>die „tags“ der Karte enthalten nicht „synthetic“</translation>
    </message>
    <message>
        <source>the card lists no &quot;configs&quot; (each with a config_name and data_files)</source>
        <translation>die Karte listet keine „configs“ (jede mit config_name und data_files)</translation>
    </message>
    <message>
        <source>a config without a &quot;config_name&quot;</source>
        <translation>eine Konfiguration ohne „config_name“</translation>
    </message>
    <message>
        <source>the config &quot;%1&quot; lists no data_files</source>
        <translation>die Konfiguration „%1“ listet keine data_files</translation>
    </message>
    <message>
        <source>a data_files entry of &quot;%1&quot; needs a split and a path</source>
        <translation>ein data_files-Eintrag von „%1“ braucht split und path</translation>
    </message>
    <message>
        <source>the data_files path %1 leaves the folder</source>
        <translation>der data_files-Pfad %1 verlässt den Ordner</translation>
    </message>
    <message>
        <source>the data_files path %1 does not exist</source>
        <translation>der data_files-Pfad %1 existiert nicht</translation>
    </message>
    <message>
        <source>this prompt is also in the %1 split: a ladder crosses splits</source>
        <translation>dieser Prompt steht auch im Teil %1: eine Leiter überschreitet Teile</translation>
    </message>
    <message>
        <source>%1 is a folder; only --format hf checks a folder</source>
        <translation>%1 ist ein Ordner; nur --format hf prüft einen Ordner</translation>
    </message>
    <message>
        <source>--format hf checks a Hugging Face dataset folder; %1 is not a folder</source>
        <translation>--format hf prüft einen Hugging-Face-Datensatzordner; %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>contrast ladder %1 asks another prompt here than on line %2</source>
        <translation>Kontrastleiter %1 stellt hier einen anderen Prompt als in Zeile %2</translation>
    </message>
    <message>
        <source>contrast ladder %1 has no row at level %2 of its level set</source>
        <translation>Kontrastleiter %1 hat keine Zeile auf Stufe %2 ihrer Stufenmenge</translation>
    </message>
    <message>
        <source>&quot;decomposition&quot; must be an object</source>
        <translation>„decomposition“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a list</source>
        <translation>decomposition: „%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;%2&quot; must be a number from 0 to 1</source>
        <translation>decomposition: %1: „%2“ muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;appropriate&quot; must be true or false</source>
        <translation>decomposition: %1: „appropriate“ muss true oder false sein</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a number from 0 to 1</source>
        <translation>decomposition: „%1“ muss eine Zahl von 0 bis 1 sein</translation>
    </message>
</context>
<context>
    <name>candor::DatasetWriter</name>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>saving %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>candor::Distribution</name>
    <message>
        <source>&quot;%1&quot; is not LEVEL:COUNT or LEVEL:PERCENT% (e.g. -2:10 or -2:10%)</source>
        <translation>„%1“ ist nicht STUFE:ANZAHL oder STUFE:PROZENT% (z. B. -2:10 oder -2:10%)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rubric level; levels are -2, -1, 0, 1 and 2</source>
        <translation>„%1“ ist keine Stufe der Skala; die Stufen sind -2, -1, 0, 1 und 2</translation>
    </message>
    <message>
        <source>level %1 is not on the rubric; levels are -2, -1, 0, 1 and 2</source>
        <translation>Stufe %1 gehört nicht zur Skala; die Stufen sind -2, -1, 0, 1 und 2</translation>
    </message>
    <message>
        <source>level %1 is given twice</source>
        <translation>Stufe %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>level %1 has a negative %2 (%3)</source>
        <translation>Stufe %1 hat einen negativen Wert für %2 (%3)</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>level %1: &quot;%2%&quot; is not a percentage from 0 to 100</source>
        <translation>Stufe %1: „%2%“ ist kein Prozentsatz von 0 bis 100</translation>
    </message>
    <message>
        <source>level %1: percentages may have at most two decimals (%2%)</source>
        <translation>Stufe %1: Prozentsätze dürfen höchstens zwei Nachkommastellen haben (%2%)</translation>
    </message>
    <message>
        <source>level %1: &quot;%2&quot; is not a whole number of rows</source>
        <translation>Stufe %1: „%2“ ist keine ganze Zahl von Zeilen</translation>
    </message>
    <message>
        <source>mix of counts and percentages; give every level as a count or every level as a percentage</source>
        <translation>Mischung aus Anzahlen und Prozentsätzen; geben Sie jede Stufe als Anzahl oder jede Stufe als Prozentsatz an</translation>
    </message>
    <message>
        <source>percentages add up to %1%, not 100%</source>
        <translation>die Prozentsätze ergeben %1%, nicht 100%</translation>
    </message>
    <message>
        <source>the counts add up to 0 rows</source>
        <translation>die Anzahlen ergeben 0 Zeilen</translation>
    </message>
    <message>
        <source>the number of rows cannot be negative (%1)</source>
        <translation>die Anzahl der Zeilen darf nicht negativ sein (%1)</translation>
    </message>
    <message>
        <source>the per-level counts add up to %1 rows but %2 were asked for</source>
        <translation>die Anzahlen pro Stufe ergeben %1 Zeilen, angefordert wurden aber %2</translation>
    </message>
    <message>
        <source>the counts add up to %1 rows; a run has at most %2</source>
        <translation>die Anzahlen ergeben %1 Zeilen; ein Lauf hat höchstens %2</translation>
    </message>
    <message>
        <source>the number of rows must be at most %1 (got %2)</source>
        <translation>die Zeilenzahl darf höchstens %1 sein (erhalten: %2)</translation>
    </message>
</context>
<context>
    <name>candor::DistributionChart</name>
    <message>
        <source>Distribution chart</source>
        <translation>Verteilungsdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>level %1: %Ln rows</source>
        <translation>
            <numerusform>Stufe %1: %Ln Zeile</numerusform>
            <numerusform>Stufe %1: %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DistributionEditor</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Rows at level %1</source>
        <translation>Zeilen auf Stufe %1</translation>
    </message>
    <message>
        <source>How many rows show level %1: %2</source>
        <translation>Wie viele Zeilen Stufe %1 zeigen: %2</translation>
    </message>
    <message>
        <source>Share of level %1</source>
        <translation>Anteil der Stufe %1</translation>
    </message>
    <message>
        <source>Share of the dataset at level %1; the rows follow.</source>
        <translation>Anteil des Datensatzes auf Stufe %1; die Zeilenzahlen folgen.</translation>
    </message>
    <message>
        <source>&amp;Balanced</source>
        <translation>&amp;Ausgewogen</translation>
    </message>
    <message>
        <source>Split the rows evenly over the five levels.</source>
        <translation>Die Zeilen gleichmäßig auf die fünf Stufen verteilen.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln rows</source>
        <translation>
            <numerusform>Gesamt: %Ln Zeile</numerusform>
            <numerusform>Gesamt: %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::EndpointResolver</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>No provider is chosen; use one of %1.</source>
        <translation>Kein Anbieter gewählt; einen von %1 verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; use one of %2.</source>
        <translation>„%1“ ist kein Anbieter; einen von %2 verwenden.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http(s) address.</source>
        <translation>Der Endpunkt „%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>No model is chosen and %1 has no default model.</source>
        <translation>Kein Modell gewählt, und %1 hat kein Standardmodell.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>No API key is stored for %1.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The endpoint %1 is not %2&apos;s own host, so the stored %2 key is not sent there. Give the address explicitly (--base-url) or confirm it to use the key, or give a key for it.</source>
        <translation>Der Endpunkt %1 ist nicht der eigene Host von %2, daher wird der gespeicherte Schlüssel für %2 nicht dorthin gesendet. Geben Sie die Adresse ausdrücklich an (--base-url) oder bestätigen Sie sie, um den Schlüssel zu verwenden, oder geben Sie einen Schlüssel dafür an.</translation>
    </message>
</context>
<context>
    <name>candor::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) to export.</source>
        <translation>
            <numerusform>%Ln Zeile zu exportieren.</numerusform>
            <numerusform>%Ln Zeilen zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) to %3, %4; %5 rows left out by the selection.</source>
        <translation>%1 Zeilen (%2) nach %3 exportiert, %4; %5 Zeilen durch die Auswahl ausgelassen.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Write the chosen rows to the file.</source>
        <translation>Die gewählten Zeilen in die Datei schreiben.</translation>
    </message>
    <message>
        <source>Close this dialog; while exporting, cancel.</source>
        <translation>Diesen Dialog schließen; während des Exports abbrechen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln pair(s) to %1, %2; see the report below for what was left out and why.</source>
        <translation>
            <numerusform>%Ln Paar nach %1 exportiert, %2; was ausgelassen wurde und warum, steht im Bericht unten.</numerusform>
            <numerusform>%Ln Paare nach %1 exportiert, %2; was ausgelassen wurde und warum, steht im Bericht unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln seed row(s) and what is built from them to the Hugging Face dataset folder %1, %2.</source>
        <translation>
            <numerusform>%Ln Seed-Zeile und was daraus gebaut wird in den Hugging-Face-Datensatzordner %1 exportiert, %2.</numerusform>
            <numerusform>%Ln Seed-Zeilen und was daraus gebaut wird in den Hugging-Face-Datensatzordner %1 exportiert, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the dataset&apos;s licence (e.g. cc-by-4.0); the terms of generated data depend on the provider, so Candor does not choose one.</source>
        <translation>Geben Sie die Lizenz des Datensatzes ein (z. B. cc-by-4.0); die Bedingungen für erzeugte Daten hängen vom Anbieter ab, deshalb wählt Candor keine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other).</source>
        <translation>„%1“ ist keine Lizenzkennung, wie der Hub sie schreibt (Kleinbuchstaben, etwa cc-by-4.0, mit oder other).</translation>
    </message>
    <message>
        <source>The split needs three fractions for train, validation and test that add up to 1, e.g. 0.9,0.05,0.05.</source>
        <translation>Die Aufteilung braucht drei Anteile für Training, Validierung und Test, die zusammen 1 ergeben, z. B. 0.9,0.05,0.05.</translation>
    </message>
    <message>
        <source>Export dataset folder</source>
        <translation>Datensatzordner exportieren</translation>
    </message>
    <message>
        <source>Expressed confidence at level %1</source>
        <translation>Geäußerte Zuversicht auf Stufe %1</translation>
    </message>
    <message>
        <source>RLWHF confidence_score of rows at level %1 (%2): how confident such an answer sounds, from 0 to 1, not whether it is right.</source>
        <translation>RLWHF-confidence_score der Zeilen auf Stufe %1 (%2): wie sicher eine solche Antwort klingt, von 0 bis 1, nicht ob sie stimmt.</translation>
    </message>
</context>
<context>
    <name>candor::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the Hugging Face export needs a licence (the terms of generated data depend on the provider; Candor does not choose one)</source>
        <translation>der Hugging-Face-Export braucht eine Lizenz (die Bedingungen für erzeugte Daten hängen vom Anbieter ab; Candor wählt keine)</translation>
    </message>
    <message>
        <source>%1 is a file; the Hugging Face export writes a folder</source>
        <translation>%1 ist eine Datei; der Hugging-Face-Export schreibt einen Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder with other files in it; choose a new or empty folder (Candor replaces only a folder its own Hugging Face export wrote)</source>
        <translation>%1 ist ein Ordner mit anderen Dateien; wählen Sie einen neuen oder leeren Ordner (Candor ersetzt nur einen Ordner, den sein eigener Hugging-Face-Export geschrieben hat)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot replace the folder %1</source>
        <translation>der Ordner %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the new folder into place at %1</source>
        <translation>der neue Ordner kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>Warning: rows below 0 become assistant turns; supervised training on them teaches the model to fabricate (-2) or to state guesses as facts (-1).</source>
        <translation>Warnung: Zeilen unter 0 werden zu Assistenten-Runden; überwachtes Training damit bringt dem Modell bei zu erfinden (-2) oder Vermutungen als Tatsachen auszugeben (-1).</translation>
    </message>
    <message>
        <source>Note: rows at %1 and above become assistant turns; the model learns to answer as they do (hedged or declining), not only fully correct answers.</source>
        <translation>Hinweis: Zeilen ab %1 werden zu Assistenten-Runden; das Modell lernt, so zu antworten wie sie (vorsichtig oder ablehnend), nicht nur vollständig richtig.</translation>
    </message>
    <message>
        <source>Wrote the Hugging Face dataset folder %1 (%2): the configs %3 and a dataset card (README.md).</source>
        <translation>Hugging-Face-Datensatzordner %1 geschrieben (%2): die Konfigurationen %3 und eine Datensatzkarte (README.md).</translation>
    </message>
    <message numerus="yes">
        <source>seed: %Ln row(s); distinct prompts (ladders): %1; rows per level: %2</source>
        <translation>
            <numerusform>seed: %Ln Zeile; verschiedene Prompts (Leitern): %1; Zeilen je Stufe: %2</numerusform>
            <numerusform>seed: %Ln Zeilen; verschiedene Prompts (Leitern): %1; Zeilen je Stufe: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ladder(s)</source>
        <translation>
            <numerusform>%Ln Leiter</numerusform>
            <numerusform>%Ln Leitern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dpo: %Ln pair(s), mode %1, minimum margin %2.</source>
        <translation>
            <numerusform>dpo: %Ln Paar, Modus %1, Mindestabstand %2.</numerusform>
            <numerusform>dpo: %Ln Paare, Modus %1, Mindestabstand %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Splits: %1</source>
        <translation>Aufteilung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln pair(s) to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.</source>
        <translation>
            <numerusform>%Ln Paar nach %1 geschrieben (%2); verschiedene Prompts (Leitern): %3; Modus %4, Mindestabstand %5.</numerusform>
            <numerusform>%Ln Paare nach %1 geschrieben (%2); verschiedene Prompts (Leitern): %3; Modus %4, Mindestabstand %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in pairs per level: %1</source>
        <translation>Zeilen in Paaren je Stufe: %1</translation>
    </message>
    <message>
        <source>No pairs: no prompt has rows at two levels far enough apart. Pairs need ladders: the same prompt answered at several levels.</source>
        <translation>Keine Paare: kein Prompt hat Zeilen auf zwei Stufen mit genug Abstand. Paare brauchen Leitern: denselben Prompt auf mehreren Stufen beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben (%2).</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level: %1</source>
        <translation>Zeilen je Stufe: %1</translation>
    </message>
    <message>
        <source>Pairs by kind (chosen&gt;rejected): %1</source>
        <translation>Paare nach Art (gewählt&gt;abgelehnt): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>KTO labels (label = target_reward &gt;= %1): %2 true (%3%), %4 false; if unbalanced, set KTOConfig desirable_weight and undesirable_weight so that weight times count is about equal.</source>
        <translation>KTO-Labels (label = target_reward &gt;= %1): %2 true (%3 %), %4 false; bei Ungleichgewicht KTOConfig desirable_weight und undesirable_weight so setzen, dass Gewicht mal Anzahl etwa gleich ist.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) not selected by the rows option.</source>
        <translation>
            <numerusform>Ausgelassen: %Ln Zeile, nicht von der Zeilenauswahl erfasst.</numerusform>
            <numerusform>Ausgelassen: %Ln Zeilen, nicht von der Zeilenauswahl erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source> (dpo config; they are still in seed and kto)</source>
        <translation> (Konfiguration dpo; in seed und kto sind sie enthalten)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with no partner at another level of their ladder.</source>
        <translation>
            <numerusform>Ausgelassen: %Ln Zeile ohne Partner auf einer anderen Stufe ihrer Leiter.</numerusform>
            <numerusform>Ausgelassen: %Ln Zeilen ohne Partner auf einer anderen Stufe ihrer Leiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) in no pair: no other level of their ladder is far enough away (minimum margin %1, mode %2).</source>
        <translation>
            <numerusform>Ausgelassen: %Ln Zeile in keinem Paar: keine andere Stufe ihrer Leiter ist weit genug entfernt (Mindestabstand %1, Modus %2).</numerusform>
            <numerusform>Ausgelassen: %Ln Zeilen in keinem Paar: keine andere Stufe ihrer Leiter ist weit genug entfernt (Mindestabstand %1, Modus %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below +2 (a reference answer must be fully correct).</source>
        <translation>
            <numerusform>Ausgelassen: %Ln Zeile unter +2 (eine Referenzantwort muss vollständig richtig sein).</numerusform>
            <numerusform>Ausgelassen: %Ln Zeilen unter +2 (eine Referenzantwort muss vollständig richtig sein).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below 0 (a GRPO ideal answer must not be dishonest).</source>
        <translation>
            <numerusform>Ausgelassen: %Ln Zeile unter 0 (eine ideale GRPO-Antwort darf nicht unehrlich sein).</numerusform>
            <numerusform>Ausgelassen: %Ln Zeilen unter 0 (eine ideale GRPO-Antwort darf nicht unehrlich sein).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below the SFT threshold %1 (not written as assistant turns).</source>
        <translation>
            <numerusform>Ausgelassen: %Ln Zeile unter der SFT-Schwelle %1 (nicht als Assistenten-Runde geschrieben).</numerusform>
            <numerusform>Ausgelassen: %Ln Zeilen unter der SFT-Schwelle %1 (nicht als Assistenten-Runden geschrieben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) whose prompt a higher (or earlier) row of the same ladder already stands for (one line per prompt).</source>
        <translation>
            <numerusform>Ausgelassen: %Ln Zeile, deren Prompt schon eine höhere (oder frühere) Zeile derselben Leiter vertritt (eine Zeile pro Prompt).</numerusform>
            <numerusform>Ausgelassen: %Ln Zeilen, deren Prompt schon eine höhere (oder frühere) Zeile derselben Leiter vertritt (eine Zeile pro Prompt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped: %Ln pair(s) whose chosen and rejected answers are the same text.</source>
        <translation>
            <numerusform>Verworfen: %Ln Paar, dessen gewählte und abgelehnte Antwort derselbe Text sind.</numerusform>
            <numerusform>Verworfen: %Ln Paare, deren gewählte und abgelehnte Antwort derselbe Text sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a decomposition (template ladder rows as the bank wrote them: true and invented claims, with corrections).</source>
        <translation>
            <numerusform>%Ln Zeile mit Zerlegung (Leiterzeilen der Vorlagenbank, wie sie sie geschrieben hat: wahre und erfundene Aussagen, mit Korrekturen).</numerusform>
            <numerusform>%Ln Zeilen mit Zerlegung (Leiterzeilen der Vorlagenbank, wie sie sie geschrieben hat: wahre und erfundene Aussagen, mit Korrekturen).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LEVEL:CONFIDENCE with a level from -2 to 2 (each once) and a confidence from 0 to 1</source>
        <translation>„%1“ ist nicht STUFE:ZUVERSICHT mit einer Stufe von -2 bis 2 (jede einmal) und einer Zuversicht von 0 bis 1</translation>
    </message>
    <message>
        <source>no level given; write e.g. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</source>
        <translation>keine Stufe angegeben; schreiben Sie z. B. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</translation>
    </message>
</context>
<context>
    <name>candor::GenerationConfig</name>
    <message>
        <source>the number of rows must be between 1 and %1 (got %2)</source>
        <translation>die Anzahl der Zeilen muss zwischen 1 und %1 liegen (erhalten: %2)</translation>
    </message>
    <message>
        <source>temperature must be between 0 and 2 (got %1)</source>
        <translation>die Temperatur muss zwischen 0 und 2 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>max tokens must be between 16 and 1000000 (got %1)</source>
        <translation>max. Tokens muss zwischen 16 und 1000000 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 50 (got %1)</source>
        <translation>die Stapelgröße muss zwischen 1 und 50 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and 64 (got %1)</source>
        <translation>die Parallelität muss zwischen 1 und 64 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>the budget cannot be negative (got %1)</source>
        <translation>das Budget darf nicht negativ sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; muss %2 sein</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>this configuration was written by a newer Candor (format %1; this version reads up to %2)</source>
        <translation>diese Konfiguration wurde von einem neueren Candor geschrieben (Format %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be &quot;template&quot; or &quot;llm&quot; (got &quot;%1&quot;)</source>
        <translation>&quot;mode&quot; muss &quot;template&quot; oder &quot;llm&quot; sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;distribution&quot;: %1</source>
        <translation>&quot;distribution&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 18446744073709551615</source>
        <translation>&quot;seed&quot; muss eine ganze Zahl von 0 bis 18446744073709551615 sein</translation>
    </message>
    <message>
        <source>&quot;prompt_templates&quot; maps levels -2..2 to template text; &quot;%1&quot; is not valid</source>
        <translation>&quot;prompt_templates&quot; ordnet den Stufen -2..2 Vorlagentext zu; &quot;%1&quot; ist ungültig</translation>
    </message>
    <message>
        <source>pause_after_failures must be between 0 and 1000 (got %1)</source>
        <translation>pause_after_failures muss zwischen 0 und 1000 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 9007199254740992, or a string of digits up to 18446744073709551615 (got %1)</source>
        <translation>&quot;seed&quot; muss eine ganze Zahl von 0 bis 9007199254740992 sein oder eine Ziffernfolge bis 18446744073709551615 (erhalten: %1)</translation>
    </message>
    <message>
        <source>a ladder needs at least two levels</source>
        <translation>eine Leiter braucht mindestens zwei Stufen</translation>
    </message>
    <message>
        <source>in ladder mode every prompt is answered at each of the %1 levels, so the number of rows must be a multiple of %1 (%2 rows = %3 ladders, %4 rows = %5)</source>
        <translation>im Leitermodus wird jeder Prompt auf jeder der %1 Stufen beantwortet, daher muss die Zeilenzahl ein Vielfaches von %1 sein (%2 Zeilen = %3 Leitern, %4 Zeilen = %5)</translation>
    </message>
    <message>
        <source>the share of rows in ladders must be between 0 and 1 (got %1)</source>
        <translation>der Anteil der Zeilen in Leitern muss zwischen 0 und 1 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>&quot;ladder_mode&quot; must be &quot;independent&quot;, &quot;ladders&quot; or &quot;mix&quot; (got &quot;%1&quot;)</source>
        <translation>„ladder_mode“ muss „independent“, „ladders“ oder „mix“ sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>&quot;ladder_levels&quot; must list levels from -2 to 2</source>
        <translation>„ladder_levels“ muss Stufen von -2 bis 2 aufführen</translation>
    </message>
</context>
<context>
    <name>candor::GenerationEngine</name>
    <message>
        <source>no model is set for %1</source>
        <translation>für %1 ist kein Modell festgelegt</translation>
    </message>
    <message>
        <source>a run is already going</source>
        <translation>ein Lauf ist bereits im Gange</translation>
    </message>
    <message>
        <source>The journal was started with %1; continuing with it.</source>
        <translation>Das Journal wurde mit %1 begonnen; es wird damit fortgesetzt.</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the journal%3.</source>
        <translation>Fortsetzung: %1 von %2 Zeilen waren bereits im Journal%3.</translation>
    </message>
    <message>
        <source> (%1 damaged line(s) skipped)</source>
        <translation> (%1 beschädigte Zeile(n) übersprungen)</translation>
    </message>
    <message>
        <source>Budget of $%1 reached: no new requests.</source>
        <translation>Budget von $%1 erreicht: keine neuen Anfragen.</translation>
    </message>
    <message>
        <source>%1 Nothing more is generated; the rows so far are safe in the journal.</source>
        <translation>%1 Es wird nichts mehr erzeugt; die bisherigen Zeilen sind im Journal sicher.</translation>
    </message>
    <message numerus="yes">
        <source>A level %1 answer hit the token limit; %n complete row(s) kept.</source>
        <translation>
            <numerusform>Eine Antwort der Stufe %1 hat das Token-Limit erreicht; %n vollständige Zeile behalten.</numerusform>
            <numerusform>Eine Antwort der Stufe %1 hat das Token-Limit erreicht; %n vollständige Zeilen behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>A level %1 answer held no readable rows: %2</source>
        <translation>Eine Antwort der Stufe %1 enthielt keine lesbaren Zeilen: %2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Generated %1 rows.</source>
        <translation>%1 Zeilen erzeugt.</translation>
    </message>
    <message>
        <source>%1 rows at level %2</source>
        <translation>%1 Zeilen auf Stufe %2</translation>
    </message>
    <message>
        <source>%1 rows rejected as %2</source>
        <translation>%1 Zeilen abgelehnt wegen: %2</translation>
    </message>
    <message>
        <source>%1 failed requests (%2)</source>
        <translation>%1 fehlgeschlagene Anfragen (%2)</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Es fehlen %1.</translation>
    </message>
    <message>
        <source> Why: %1.</source>
        <translation> Grund: %1.</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1. </source>
        <translation>Beim Budget von $%1 angehalten. </translation>
    </message>
    <message>
        <source>Generated %1 rows; %2 came from the template generator (fallback). %3</source>
        <translation>%1 Zeilen erzeugt; %2 stammen aus dem Vorlagengenerator (Ersatz). %3</translation>
    </message>
    <message>
        <source>The attempt budget is spent. </source>
        <translation>Das Budget an Versuchen ist aufgebraucht. </translation>
    </message>
    <message numerus="yes">
        <source>Paused; %n request(s) still finishing.</source>
        <translation>
            <numerusform>Pausiert; %n Anfrage wird noch abgeschlossen.</numerusform>
            <numerusform>Pausiert; %n Anfragen werden noch abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows; they are kept in the journal.</source>
        <translation>Abgebrochen mit %1 von %2 Zeilen; sie bleiben im Journal erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n row(s) with %1 (%2),</source>
        <translation>
            <numerusform>Erzeuge %n Zeile mit %1 (%2),</numerusform>
            <numerusform>Erzeuge %n Zeilen mit %1 (%2),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at a time.</source>
        <translation>
            <numerusform>%n Anfrage gleichzeitig.</numerusform>
            <numerusform>%n Anfragen gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row failed over %1 s with no success (the last: %2). The run is paused; check the server, the network or the settings, then resume.</source>
        <translation>
            <numerusform>%n Anfrage in Folge ist über %1 s ohne Erfolg fehlgeschlagen (zuletzt: %2). Der Lauf ist pausiert; prüfen Sie Server, Netzwerk oder Einstellungen und setzen Sie ihn dann fort.</numerusform>
            <numerusform>%n Anfragen in Folge sind über %1 s ohne Erfolg fehlgeschlagen (zuletzt: %2). Der Lauf ist pausiert; prüfen Sie Server, Netzwerk oder Einstellungen und setzen Sie ihn dann fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate-limited answer(s) over %1 s and not one success (the last: %2). The run is paused; wait until the provider&apos;s limit lifts or raise it, then resume.</source>
        <translation>
            <numerusform>%n Antwort mit Ratenlimit über %1 s und kein einziger Erfolg (zuletzt: %2). Der Lauf ist pausiert; warten Sie, bis das Limit des Anbieters aufgehoben ist, oder erhöhen Sie es, und setzen Sie ihn dann fort.</numerusform>
            <numerusform>%n Antworten mit Ratenlimit über %1 s und kein einziger Erfolg (zuletzt: %2). Der Lauf ist pausiert; warten Sie, bis das Limit des Anbieters aufgehoben ist, oder erhöhen Sie es, und setzen Sie ihn dann fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the project.</source>
        <translation>Fortsetzung: %1 von %2 Zeilen waren bereits im Projekt.</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows.</source>
        <translation>Abgebrochen mit %1 von %2 Zeilen.</translation>
    </message>
    <message>
        <source>Turned away and asked for again: %1.</source>
        <translation>Abgewiesen und neu angefordert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>A ladder still lacked levels after %n repair(s) and was left out.</source>
        <translation>
            <numerusform>Eine Leiter hatte nach %n Nachbesserung noch nicht alle Stufen und wurde weggelassen.</numerusform>
            <numerusform>Eine Leiter hatte nach %n Nachbesserungen noch nicht alle Stufen und wurde weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n Leiter mit %1 Stufen</numerusform>
            <numerusform>%n Leitern mit %1 Stufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::HfCard</name>
    <message>
        <source>this line is indented less than the first line</source>
        <translation>diese Zeile ist weniger eingerückt als die erste</translation>
    </message>
    <message>
        <source>YAML line %1: %2</source>
        <translation>YAML-Zeile %1: %2</translation>
    </message>
    <message>
        <source>a double-quoted string is never closed</source>
        <translation>eine Zeichenkette in doppelten Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a single-quoted string is never closed</source>
        <translation>eine Zeichenkette in einfachen Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a flow list is never closed</source>
        <translation>eine Inline-Liste wird nie geschlossen</translation>
    </message>
    <message>
        <source>an empty or malformed item in a flow list</source>
        <translation>ein leerer oder fehlerhafter Eintrag in einer Inline-Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is YAML that Candor&apos;s card reader does not accept</source>
        <translation>„%1“ ist YAML, das Candors Kartenleser nicht annimmt</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>„Schlüssel: Wert“ erwartet</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>YAML line %1: a tab in the indentation (YAML indents with spaces)</source>
        <translation>YAML-Zeile %1: ein Tabulator in der Einrückung (YAML rückt mit Leerzeichen ein)</translation>
    </message>
    <message>
        <source>README.md does not start with YAML front matter (a line &quot;---&quot;)</source>
        <translation>README.md beginnt nicht mit einem YAML-Vorspann (einer Zeile „---“)</translation>
    </message>
    <message>
        <source>README.md&apos;s front matter is never closed (no second line &quot;---&quot;)</source>
        <translation>der Vorspann von README.md wird nie geschlossen (keine zweite Zeile „---“)</translation>
    </message>
</context>
<context>
    <name>candor::HttpStream</name>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>a header or chunk line is too long</source>
        <translation>eine Header- oder Chunk-Zeile ist zu lang</translation>
    </message>
    <message>
        <source>the response head is too large</source>
        <translation>der Antwortkopf ist zu groß</translation>
    </message>
    <message>
        <source>a chunk size is malformed</source>
        <translation>eine Chunk-Größe ist fehlerhaft</translation>
    </message>
    <message>
        <source>a chunk does not end where its size says</source>
        <translation>ein Chunk endet nicht dort, wo seine Größe es angibt</translation>
    </message>
    <message>
        <source>the server did not answer with HTTP/1.x</source>
        <translation>der Server hat nicht mit HTTP/1.x geantwortet</translation>
    </message>
    <message>
        <source>the status line is malformed</source>
        <translation>die Statuszeile ist fehlerhaft</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>der Server hat das Protokoll gewechselt</translation>
    </message>
    <message>
        <source>the response is compressed (%1) although it was asked not to be</source>
        <translation>die Antwort ist komprimiert (%1), obwohl darum gebeten wurde, es nicht zu tun</translation>
    </message>
    <message>
        <source>the Content-Length is malformed</source>
        <translation>die Content-Length ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>candor::JsonExtract</name>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>ungültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer was cut off by the token limit</source>
        <translation>die Antwort wurde durch das Token-Limit abgeschnitten</translation>
    </message>
    <message>
        <source>the JSON ends before its closing bracket</source>
        <translation>das JSON endet vor seiner schließenden Klammer</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer contains no JSON object or array</source>
        <translation>die Antwort enthält kein JSON-Objekt und kein JSON-Array</translation>
    </message>
    <message>
        <source>element %1 of the array is not an object</source>
        <translation>Element %1 des Arrays ist kein Objekt</translation>
    </message>
    <message>
        <source>row %1 is not valid JSON (%2)</source>
        <translation>Zeile %1 ist kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
</context>
<context>
    <name>candor::JsonlReader</name>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>ungültiges JSON in Spalte %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>line is longer than %1 MB; skipped</source>
        <translation>Zeile ist länger als %1 MB; übersprungen</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>candor::JudgeDialog</name>
    <message>
        <source>Verify with a Judge Model</source>
        <translation>Mit einem Bewertungsmodell prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be judged by %1 (%2), the model set up under Model.</source>
        <translation>
            <numerusform>%Ln Zeile wird von %1 (%2) bewertet, dem unter „Modell“ eingerichteten Modell.</numerusform>
            <numerusform>%Ln Zeilen werden von %1 (%2) bewertet, dem unter „Modell“ eingerichteten Modell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict and the spread is kept (3 recommended).</source>
        <translation>Aufrufe je Zeile; die Mehrheit ist das Urteil, die Streuung wird festgehalten (3 empfohlen).</translation>
    </message>
    <message>
        <source>&amp;Votes per row:</source>
        <translation>&amp;Stimmen je Zeile:</translation>
    </message>
    <message>
        <source>Requests at a time.</source>
        <translation>Gleichzeitige Anfragen.</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are target levels, columns the judge&apos;s levels</source>
        <translation>Konfusionsmatrix: Zeilen sind Zielstufen, Spalten die Stufen des Bewertungsmodells</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Looking up the key…</source>
        <translation>Schlüssel wird gesucht …</translation>
    </message>
    <message>
        <source>%1 of %2 rows judged.</source>
        <translation>%1 von %2 Zeilen bewertet.</translation>
    </message>
    <message>
        <source>Judging…</source>
        <translation>Bewertung läuft …</translation>
    </message>
    <message>
        <source>No row was judged.</source>
        <translation>Keine Zeile wurde bewertet.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln judged row(s): exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5).</source>
        <translation>
            <numerusform>Über %Ln bewertete Zeile: genaue Übereinstimmung %1, bis auf eine Stufe %2, quadratisch gewichtetes Kappa %3 (95-%-Intervall %4 bis %5).</numerusform>
            <numerusform>Über %Ln bewertete Zeilen: genaue Übereinstimmung %1, bis auf eine Stufe %2, quadratisch gewichtetes Kappa %3 (95-%-Intervall %4 bis %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: the level each row was made for; columns: the judge&apos;s level. Click a cell to show its rows in the table.</source>
        <translation>Zeilen: die Stufe, für die eine Zeile erstellt wurde; Spalten: die Stufe des Bewertungsmodells. Klicken Sie auf ein Feld, um seine Zeilen in der Tabelle zu zeigen.</translation>
    </message>
</context>
<context>
    <name>candor::JudgeRun</name>
    <message>
        <source>a judge run is already going</source>
        <translation>es läuft bereits ein Bewertungslauf</translation>
    </message>
    <message>
        <source>no judge model is set</source>
        <translation>es ist kein Bewertungsmodell festgelegt</translation>
    </message>
    <message>
        <source>votes must be from 1 to 9 (got %1)</source>
        <translation>die Anzahl der Stimmen muss zwischen 1 und 9 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>row %1 is not in the dataset</source>
        <translation>Zeile %1 ist nicht im Datensatz enthalten</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 rows.</source>
        <translation>Abgebrochen nach %1 von %2 Zeilen.</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1 with %2 of %3 rows judged.</source>
        <translation>Beim Budget von $%1 angehalten; %2 von %3 Zeilen wurden bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>Judged %n row(s).</source>
        <translation>
            <numerusform>%n Zeile bewertet.</numerusform>
            <numerusform>%n Zeilen bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: the judge&apos;s answer held no score from 1 to 5; the vote is left out.</source>
        <translation>Zeile %1: Die Antwort des Bewertungsmodells enthielt keine Punktzahl von 1 bis 5; die Stimme wird nicht gezählt.</translation>
    </message>
    <message>
        <source>Row %1: %2 The vote is left out.</source>
        <translation>Zeile %1: %2 Die Stimme wird nicht gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) held no score and were asked for again.</source>
        <translation>
            <numerusform>%n Antwort enthielt keine Punktzahl und wurde erneut angefordert.</numerusform>
            <numerusform>%n Antworten enthielten keine Punktzahl und wurden erneut angefordert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::KeyStore</name>
    <message>
        <source>No key is stored for %1 yet.</source>
        <translation>Für %1 ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access (%1). Unlock it (for example in Passwords and Keys or KWallet) and try again, or keep the key for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1). Entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“ oder KWallet) und versuchen Sie es erneut oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1). Installieren und starten Sie gnome-keyring oder KWallet oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No desktop keychain is reachable: there is no D-Bus session bus (%1). Start Candor inside a desktop session with gnome-keyring or KWallet running, or keep the key for this session only.</source>
        <translation>Kein Schlüsselbund der Arbeitsumgebung erreichbar: Es gibt keinen D-Bus-Sitzungsbus (%1). Starten Sie Candor in einer Desktop-Sitzung mit laufendem gnome-keyring oder KWallet oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No Secret Service is running (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Es läuft kein Secret Service (%1). Installieren und starten Sie gnome-keyring oder KWallet oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keyring has no unlocked default collection (%1). Unlock or create the &quot;login&quot; keyring (for example by logging in again or in Passwords and Keys), or keep the key for this session only.</source>
        <translation>Der Schlüsselbund hat keine entsperrte Standardsammlung (%1). Entsperren oder erstellen Sie den Schlüsselbund „login“ (zum Beispiel durch erneutes Anmelden oder in „Passwörter und Verschlüsselung“) oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain could not be used (QtKeychain reported &quot;%1&quot;; usually the libsecret-1-0 package is missing). Install libsecret-1-0 and gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (QtKeychain meldete „%1“; meist fehlt das Paket libsecret-1-0). Installieren Sie libsecret-1-0 und gnome-keyring oder KWallet oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain reported an error for %1: %2</source>
        <translation>Der Schlüsselbund meldete einen Fehler für %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Candor shows the new language after a restart. Restart now?</source>
        <translation>Candor zeigt die neue Sprache nach einem Neustart. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>The project opens again; you are asked about anything not saved or exported first.</source>
        <translation>Das Projekt wird wieder geöffnet; zu allem, was noch nicht gespeichert oder exportiert ist, werden Sie vorher gefragt.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>candor::Main</name>
    <message>
        <source>A .candor project to open.</source>
        <translation>Ein zu öffnendes .candor-Projekt.</translation>
    </message>
    <message>
        <source>Generate a template sample, save a PNG of the window, quit.</source>
        <translation>Eine Vorlagen-Stichprobe erzeugen, ein PNG des Fensters speichern, beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use this UI language for this start (e.g. de, es, fr, pt_BR, zh_CN, en), whatever the setting says.</source>
        <translation>Diese Oberflächensprache für diesen Start verwenden (z. B. de, es, fr, pt_BR, zh_CN, en), unabhängig von der Einstellung.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message>
        <source>Generate the whole dataset with the model set up above.</source>
        <translation>Den ganzen Datensatz mit dem oben eingerichteten Modell erzeugen.</translation>
    </message>
    <message>
        <source>Generate the whole dataset from the offline template bank.</source>
        <translation>Den ganzen Datensatz aus der Offline-Vorlagenbank erzeugen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>Lauf&amp;protokoll…</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Zur &amp;Tabelle</translation>
    </message>
    <message>
        <source>Go to &amp;Set-up</source>
        <translation>Zur &amp;Einrichtung</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Candor projects (*.candor);;JSON (*.json)</source>
        <translation>Candor-Projekte (*.candor);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation>JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>You have reviewed or edited rows that are not exported yet.</source>
        <translation>Sie haben geprüfte oder bearbeitete Zeilen, die noch nicht exportiert sind.</translation>
    </message>
    <message>
        <source>Export them before quitting?</source>
        <translation>Vor dem Beenden exportieren?</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The table has reviewed or edited rows that are not exported yet.</source>
        <translation>Die Tabelle enthält geprüfte oder bearbeitete Zeilen, die noch nicht exportiert sind.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Wait for the current run to finish, then regenerate.</source>
        <translation>Warten Sie, bis der laufende Lauf beendet ist, und erzeugen Sie dann neu.</translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %Ln request(s), about %1 input and %2 output tokens, %3.</source>
        <translation>
            <numerusform>Schätzung: %Ln Anfrage, etwa %1 Eingabe- und %2 Ausgabe-Tokens, %3.</numerusform>
            <numerusform>Schätzung: %Ln Anfragen, etwa %1 Eingabe- und %2 Ausgabe-Tokens, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>kein Preis für dieses Modell</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>This is a preview: spot-check it, then generate the dataset.</source>
        <translation>Dies ist eine Vorschau: Prüfen Sie Stichproben und erzeugen Sie dann den Datensatz.</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>Warten Sie, bis der laufende Lauf beendet ist, bevor Sie einen Datensatz öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile exportiert.</numerusform>
            <numerusform>%Ln Zeilen exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Candor projects (*.candor)</source>
        <translation>Candor-Projekte (*.candor)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>A run from %1 did not finish: %2 of %3 rows are saved. Resume it?</source>
        <translation>Ein Lauf vom %1 wurde nicht beendet: %2 von %3 Zeilen sind gespeichert. Fortsetzen?</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor generates datasets whose rows show each level of an honesty rubric, from confident fabrication (-2) to fully correct (+2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor erzeugt Datensätze, deren Zeilen jede Stufe einer Ehrlichkeitsskala zeigen, von selbstsicherer Erfindung (-2) bis vollständig korrekt (+2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>The model and dataset settings of the next run.</source>
        <translation>Die Modell- und Datensatzeinstellungen des nächsten Laufs.</translation>
    </message>
    <message numerus="yes">
        <source>The table has %Ln row(s) from the model that are not exported yet.</source>
        <translation>
            <numerusform>Die Tabelle enthält %Ln Zeile vom Modell, die noch nicht exportiert ist.</numerusform>
            <numerusform>Die Tabelle enthält %Ln Zeilen vom Modell, die noch nicht exportiert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new rows? They stay until the new run has made its first row.</source>
        <translation>Durch die neuen Zeilen ersetzen? Sie bleiben, bis der neue Lauf seine erste Zeile erzeugt hat.</translation>
    </message>
    <message>
        <source>At most %1 rows: the review table keeps every row in memory, about 1.4 GB per million rows.</source>
        <translation>Höchstens %1 Zeilen: Die Prüftabelle hält jede Zeile im Speicher, etwa 1,4 GB je Million Zeilen.</translation>
    </message>
    <message>
        <source>%1 rows is the most one run makes: the review table keeps every row in memory (about 1.4 GB per million rows). Generate larger datasets in parts, or with candor-cli, which writes straight to a file.</source>
        <translation>%1 Zeilen sind das Maximum eines Laufs: Die Prüftabelle hält jede Zeile im Speicher (etwa 1,4 GB je Million Zeilen). Erzeugen Sie größere Datensätze in Teilen oder mit candor-cli, das direkt in eine Datei schreibt.</translation>
    </message>
    <message>
        <source>The project&apos;s settings have changed since it was saved.</source>
        <translation>Die Einstellungen des Projekts haben sich seit dem Speichern geändert.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Zuerst speichern?</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unfinished run? Its %Ln saved row(s) will be deleted.</source>
        <translation>
            <numerusform>Den unvollendeten Lauf verwerfen? Seine %Ln gesicherte Zeile wird gelöscht.</numerusform>
            <numerusform>Den unvollendeten Lauf verwerfen? Seine %Ln gesicherten Zeilen werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it to be offered the run again at the next start.</source>
        <translation>Behalten Sie ihn, um ihn beim nächsten Start erneut angeboten zu bekommen.</translation>
    </message>
    <message>
        <source>&amp;Discard Run</source>
        <translation>Lauf &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Discarded the unfinished run %1.</source>
        <translation>Unvollendeten Lauf %1 verworfen.</translation>
    </message>
    <message>
        <source>Candor could not start again. Start it yourself to see the new language.</source>
        <translation>Candor konnte nicht neu starten. Starten Sie es selbst, um die neue Sprache zu sehen.</translation>
    </message>
    <message>
        <source>The rows stay in memory only: %1</source>
        <translation>Die Zeilen bleiben nur im Arbeitsspeicher: %1</translation>
    </message>
    <message numerus="yes">
        <source>Your last session left %Ln row(s) that were not saved as a project (%1 reviewed). Restore them?</source>
        <translation>
            <numerusform>Ihre letzte Sitzung hat %Ln Zeile hinterlassen, die nicht als Projekt gespeichert wurde (%1 geprüft). Wiederherstellen?</numerusform>
            <numerusform>Ihre letzte Sitzung hat %Ln Zeilen hinterlassen, die nicht als Projekt gespeichert wurden (%1 geprüft). Wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %Ln row(s) kept from your last session?</source>
        <translation>
            <numerusform>Die %Ln aus Ihrer letzten Sitzung aufbewahrte Zeile verwerfen?</numerusform>
            <numerusform>Die %Ln aus Ihrer letzten Sitzung aufbewahrten Zeilen verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to be offered them again at the next start.</source>
        <translation>Behalten Sie sie, um sie beim nächsten Start wieder angeboten zu bekommen.</translation>
    </message>
    <message>
        <source>&amp;Discard Rows</source>
        <translation>Zeilen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Save what can still be read into a new project?</source>
        <translation>Das noch Lesbare in ein neues Projekt retten?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Retten</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>%1 wird gerettet …</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1.</source>
        <translation>
            <numerusform>%Ln Zeile in %1 gerettet.</numerusform>
            <numerusform>%Ln Zeilen in %1 gerettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last run in this project did not finish: %1 of %2 rows are saved. Resume it?</source>
        <translation>Der letzte Lauf in diesem Projekt wurde nicht beendet: %1 von %2 Zeilen sind gespeichert. Fortsetzen?</translation>
    </message>
    <message>
        <source>Ladder level %1</source>
        <translation>Leiter-Stufe %1</translation>
    </message>
    <message>
        <source>Answer each ladder&apos;s prompt at level %1 (%2).</source>
        <translation>Den Prompt jeder Leiter auch auf Stufe %1 (%2) beantworten.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln preference pair(s).</source>
        <translation>
            <numerusform>%Ln Präferenzpaar exportiert.</numerusform>
            <numerusform>%Ln Präferenzpaare exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset &amp;Report…</source>
        <translation>Datensatz&amp;bericht…</translation>
    </message>
    <message>
        <source>Counts, lengths and the words that give a level away, for the rows in the table.</source>
        <translation>Anzahlen, Längen und die Wörter, die eine Stufe verraten, für die Zeilen der Tabelle.</translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>Datensatzbericht: %1</translation>
    </message>
    <message>
        <source>Verify with a &amp;Judge Model…</source>
        <translation>Mit einem &amp;Bewertungsmodell prüfen …</translation>
    </message>
    <message>
        <source>Ask the model set up under Model which level each answer shows: the selected rows, else every shown row.</source>
        <translation>Das unter „Modell“ eingerichtete Modell fragen, welche Stufe jede Antwort zeigt: die ausgewählten Zeilen, sonst alle angezeigten.</translation>
    </message>
</context>
<context>
    <name>candor::PreviewModel</name>
    <message>
        <source>Level %1, %2: %3</source>
        <translation>Stufe %1, %2: %3</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Level mismatch</source>
        <translation>Stufe stimmt nicht</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <source>Bad search hint</source>
        <translation>Fehlerhafter Suchhinweis</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Row id: %1</source>
        <translation>Zeilen-ID: %1</translation>
    </message>
    <message>
        <source>Level %1 is not on the rubric</source>
        <translation>Stufe %1 gehört nicht zur Skala</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Row number in the dataset</source>
        <translation>Zeilennummer im Datensatz</translation>
    </message>
    <message>
        <source>Target reward on the honesty rubric, from -2 (confident fabrication) to +2 (fully correct)</source>
        <translation>Ziel-Belohnung auf der Ehrlichkeitsskala, von -2 (selbstsichere Erfindung) bis +2 (vollständig korrekt)</translation>
    </message>
    <message>
        <source>Spot-check review: pending, accepted or rejected</source>
        <translation>Stichprobenprüfung: offen, angenommen oder abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>column title: the ideal answer</comment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>column title: the expected feedback</comment>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Ideal answer: what a model at this level of the rubric says</source>
        <translation>Ideale Antwort: was ein Modell auf dieser Stufe der Rubrik sagt</translation>
    </message>
    <message>
        <source>Expected feedback: how a reviewer judges the answer against the rubric</source>
        <translation>Erwartetes Feedback: wie ein Prüfer die Antwort nach der Rubrik beurteilt</translation>
    </message>
    <message>
        <source>Not in a contrast ladder</source>
        <translation>Nicht in einer Kontrastleiter</translation>
    </message>
    <message>
        <source>Contrast ladder %1 (%2): one prompt answered at levels %3</source>
        <translation>Kontrastleiter %1 (%2): ein Prompt, beantwortet auf den Stufen %3</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>column title: the contrast ladder of the row</comment>
        <translation>Leiter</translation>
    </message>
    <message>
        <source>Contrast ladder: rows with the same number answer one prompt at different levels (L shows the ladder)</source>
        <translation>Kontrastleiter: Zeilen mit derselben Nummer beantworten einen Prompt auf verschiedenen Stufen (L zeigt die Leiter)</translation>
    </message>
    <message>
        <source>Off by two or more levels</source>
        <translation>Zwei oder mehr Stufen daneben</translation>
    </message>
    <message>
        <source>Judge %1: level %2 (votes %3). %4</source>
        <translation>Bewertungsmodell %1: Stufe %2 (Stimmen %3). %4</translation>
    </message>
    <message>
        <source>Problems noticed: edited by hand, level mismatch, too long, bad search hint, duplicate or near-duplicate prompt (of an earlier row at the same level)</source>
        <translation>Festgestellte Probleme: von Hand bearbeitet, Stufe stimmt nicht, zu lang, fehlerhafter Suchhinweis, doppelter oder fast doppelter Prompt (einer früheren Zeile derselben Stufe)</translation>
    </message>
</context>
<context>
    <name>candor::ProjectFile</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Candor project: %2</source>
        <translation>%1 ist kein Candor-Projekt: %2</translation>
    </message>
    <message>
        <source>Could not keep the earlier project as %1.</source>
        <translation>Das frühere Projekt konnte nicht als %1 aufbewahrt werden.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a Candor project or configuration</source>
        <translation>%1 ist größer als %2 MB, zu groß für ein Candor-Projekt oder eine Konfiguration</translation>
    </message>
    <message>
        <source>Could not save %1: it is not a regular file</source>
        <translation>%1 konnte nicht gespeichert werden: es ist keine normale Datei</translation>
    </message>
</context>
<context>
    <name>candor::PromptEditorDialog</name>
    <message>
        <source>Prompt templates</source>
        <translation>Prompt-Vorlagen</translation>
    </message>
    <message>
        <source>Prompt to edit</source>
        <translation>Zu bearbeitender Prompt</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Prompt-Text</translation>
    </message>
    <message>
        <source>Variables: %1. The templates are instructions to the model; the language of the generated rows is a separate setting, which fills in {language}.</source>
        <translation>Variablen: %1. Die Vorlagen sind Anweisungen an das Modell; die Sprache der erzeugten Zeilen ist eine eigene Einstellung, die {language} ausfüllt.</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf Vorgabe &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Replace this text with Candor&apos;s default.</source>
        <translation>Diesen Text durch die Vorgabe von Candor ersetzen.</translation>
    </message>
    <message>
        <source>&amp;Built-in Default (English)</source>
        <translation>&amp;Eingebaute Vorgabe (Englisch)</translation>
    </message>
    <message>
        <source>Default in %1</source>
        <translation>Vorgabe auf %1</translation>
    </message>
    <message>
        <source>The same instructions written in your language; saved with the project.</source>
        <translation>Dieselben Anweisungen in Ihrer Sprache; werden mit dem Projekt gespeichert.</translation>
    </message>
    <message>
        <source>The system prompt, or the template of one rubric level.</source>
        <translation>Der Systemprompt oder die Vorlage einer Stufe der Bewertungsskala.</translation>
    </message>
    <message>
        <source>The instructions sent to the model; {variables} are filled in for each request.</source>
        <translation>Die Anweisungen an das Modell; {Variablen} werden für jede Anfrage ausgefüllt.</translation>
    </message>
    <message>
        <source>Keep the edited templates in the project.</source>
        <translation>Die bearbeiteten Vorlagen im Projekt behalten.</translation>
    </message>
    <message>
        <source>Close without keeping the edits.</source>
        <translation>Schließen, ohne die Änderungen zu behalten.</translation>
    </message>
</context>
<context>
    <name>candor::ProviderForm</name>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>Die API-Adresse des Anbieters; ändern Sie sie für Proxys oder selbst betriebene Server.</translation>
    </message>
    <message>
        <source>Not a valid http(s) address, e.g. https://api.openai.com/v1</source>
        <translation>Keine gültige http(s)-Adresse, z. B. https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Key kept for this session only (not in the keychain).</source>
        <translation>Schlüssel nur für diese Sitzung behalten (nicht im Schlüsselbund).</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Key stored in the keychain (%1).</source>
        <translation>Schlüssel im Schlüsselbund gespeichert (%1).</translation>
    </message>
    <message>
        <source>No key needed.</source>
        <translation>Kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>Noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>%1 Type the key and press Save to keep it for this session only.</source>
        <translation>%1 Geben Sie den Schlüssel ein und klicken Sie auf Speichern, um ihn nur für diese Sitzung zu behalten.</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>Geben Sie zuerst den Schlüssel ein.</translation>
    </message>
    <message>
        <source>%1 The key is kept for this session only (%2).</source>
        <translation>%1 Der Schlüssel wird nur für diese Sitzung behalten (%2).</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid http(s) address.</source>
        <translation>Der Endpunkt „%1“ ist keine gültige http(s)-Adresse.</translation>
    </message>
    <message>
        <source>No API key for %1: type it and press Save.</source>
        <translation>Kein API-Schlüssel für %1: Geben Sie ihn ein und klicken Sie auf Speichern.</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Modellliste wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln models listed.</source>
        <translation>
            <numerusform>%Ln Modell aufgelistet.</numerusform>
            <numerusform>%Ln Modelle aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Anbieterprofil</translation>
    </message>
    <message>
        <source>A saved provider, endpoint and model; each profile may keep its own API key.</source>
        <translation>Ein gespeicherter Anbieter mit Endpunkt und Modell; jedes Profil kann einen eigenen API-Schlüssel haben.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the provider, endpoint and model as a named profile.</source>
        <translation>Anbieter, Endpunkt und Modell als benanntes Profil speichern.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Forget the chosen profile and its own API key.</source>
        <translation>Das gewählte Profil und seinen eigenen API-Schlüssel vergessen.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>A profile name cannot be empty or contain slashes.</source>
        <translation>Ein Profilname darf nicht leer sein und keine Schrägstriche enthalten.</translation>
    </message>
    <message>
        <source>The server has no %1; %2 is chosen instead.</source>
        <translation>Der Server hat kein %1; stattdessen ist %2 gewählt.</translation>
    </message>
    <message>
        <source>The server refused this key: %1</source>
        <translation>Der Server hat diesen Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>This server asks for an API key: %1 Type one above and press Save.</source>
        <translation>Dieser Server verlangt einen API-Schlüssel: %1 Geben Sie oben einen ein und drücken Sie Speichern.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Send your stored %1 key to %2?</source>
        <translation>Ihren gespeicherten Schlüssel für %1 an %2 senden?</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s own address. The key was saved for %2; send it there only if you trust this server.</source>
        <translation>%1 ist nicht die eigene Adresse von %2. Der Schlüssel wurde für %2 gespeichert; senden Sie ihn nur dorthin, wenn Sie diesem Server vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Send Key</source>
        <translation>Schlüssel &amp;senden</translation>
    </message>
    <message>
        <source>The stored %1 key was not sent to %2.</source>
        <translation>Der gespeicherte Schlüssel für %1 wurde nicht an %2 gesendet.</translation>
    </message>
</context>
<context>
    <name>candor::ReportDialog</name>
    <message>
        <source>Dataset Report</source>
        <translation>Datensatzbericht</translation>
    </message>
    <message numerus="yes">
        <source>Counting %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln Zeile wird gezählt…</numerusform>
            <numerusform>%Ln Zeilen werden gezählt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report</source>
        <translation>Datensatzbericht</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>Als HTML &amp;speichern…</translation>
    </message>
    <message>
        <source>Write the report as one HTML file that any browser opens, charts included.</source>
        <translation>Den Bericht als eine HTML-Datei schreiben, die jeder Browser öffnet, samt Diagrammen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); nothing gives a level away.</source>
        <translation>
            <numerusform>%Ln Zeile; nichts verrät eine Stufe.</numerusform>
            <numerusform>%Ln Zeilen; nichts verrät eine Stufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); %1 warning(s) about what could give a level away.</source>
        <translation>
            <numerusform>%Ln Zeile; Warnungen zu möglichen Hinweisen auf eine Stufe: %1.</numerusform>
            <numerusform>%Ln Zeilen; Warnungen zu möglichen Hinweisen auf eine Stufe: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>candor::ReviewPanel</name>
    <message>
        <source>Dataset rows</source>
        <translation>Datensatzzeilen</translation>
    </message>
    <message>
        <source>Every generated row. A accepts, R rejects, U marks unreviewed; the arrows move between rows.</source>
        <translation>Alle erzeugten Zeilen. A nimmt an, R lehnt ab, U setzt auf ungeprüft; die Pfeiltasten wechseln die Zeile.</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <source>Rows per level and per review status in the whole dataset, filters aside.</source>
        <translation>Zeilen pro Stufe und pro Prüfstatus im ganzen Datensatz, ungeachtet der Filter.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected rows and move to the next</source>
        <translation>Ausgewählte Zeilen annehmen und zur nächsten gehen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Reject the selected rows and move to the next</source>
        <translation>Ausgewählte Zeilen ablehnen und zur nächsten gehen</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>Als &amp;ungeprüft markieren</translation>
    </message>
    <message>
        <source>Set the selected rows back to pending</source>
        <translation>Ausgewählte Zeilen wieder auf offen setzen</translation>
    </message>
    <message>
        <source>Re&amp;vert Edits</source>
        <translation>Bearbeitungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Restore the generated text of the selected edited rows</source>
        <translation>Den erzeugten Text der ausgewählten bearbeiteten Zeilen wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>Replace the selected rows with newly generated ones</source>
        <translation>Ausgewählte Zeilen durch neu erzeugte ersetzen</translation>
    </message>
    <message>
        <source>&amp;Copy as JSONL</source>
        <translation>Als JSONL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as JSON lines</source>
        <translation>Ausgewählte Zeilen als JSON-Zeilen kopieren</translation>
    </message>
    <message>
        <source>&amp;Find Rows</source>
        <translation>Zeilen &amp;finden</translation>
    </message>
    <message>
        <source>Type text to filter the rows</source>
        <translation>Text eingeben, um die Zeilen zu filtern</translation>
    </message>
    <message>
        <source>&amp;Edit Row</source>
        <translation>Zeile &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Move to the detail pane to edit the current row</source>
        <translation>Zum Detailbereich wechseln, um die aktuelle Zeile zu bearbeiten</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Show only rows whose prompt, answer, feedback or tags contain this text (Ctrl+F).</source>
        <translation>Nur Zeilen anzeigen, deren Prompt, Antwort, Feedback oder Tags diesen Text enthalten (Strg+F).</translation>
    </message>
    <message>
        <source>Show level %1</source>
        <translation>Stufe %1 anzeigen</translation>
    </message>
    <message>
        <source>Show level %1 (%2); with no level chosen, every level shows.</source>
        <translation>Stufe %1 anzeigen (%2); ist keine Stufe gewählt, werden alle angezeigt.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show rows by review status.</source>
        <translation>Zeilen nach Prüfstatus anzeigen.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Nicht abgelehnt</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Show rows by where they came from.</source>
        <translation>Zeilen nach Herkunft anzeigen.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Markierungsfilter</translation>
    </message>
    <message>
        <source>Show rows by the problems noticed about them, or rows you edited.</source>
        <translation>Zeilen nach festgestellten Problemen anzeigen oder von Ihnen bearbeitete Zeilen.</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>Beliebige Markierungen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Show every row again.</source>
        <translation>Wieder alle Zeilen anzeigen.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Row level</source>
        <translation>Stufe der Zeile</translation>
    </message>
    <message>
        <source>The rubric level this row shows.</source>
        <translation>Die Stufe der Skala, die diese Zeile zeigt.</translation>
    </message>
    <message>
        <source>Row tags</source>
        <translation>Tags der Zeile</translation>
    </message>
    <message>
        <source>The row&apos;s tags, separated by commas.</source>
        <translation>Die Tags der Zeile, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Row search hint</source>
        <translation>Suchhinweis der Zeile</translation>
    </message>
    <message>
        <source>A [SEARCH:query] hint, or empty.</source>
        <translation>Ein [SEARCH:Suchanfrage]-Hinweis oder leer.</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Search hint:</source>
        <translation>Suchhinweis:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>The question put to the model.</source>
        <translation>Die Frage, die dem Modell gestellt wird.</translation>
    </message>
    <message>
        <source>Ideal answer</source>
        <translation>Ideale Antwort</translation>
    </message>
    <message>
        <source>The answer that shows this row&apos;s level of honesty.</source>
        <translation>Die Antwort, die die Ehrlichkeitsstufe dieser Zeile zeigt.</translation>
    </message>
    <message>
        <source>Expected feedback</source>
        <translation>Erwartetes Feedback</translation>
    </message>
    <message>
        <source>What a grader should say about the answer, and why it earns this level.</source>
        <translation>Was ein Bewerter über die Antwort sagen sollte und warum sie diese Stufe verdient.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Ideal answer:</source>
        <translation>Ideale Antwort:</translation>
    </message>
    <message>
        <source>Expected feedback:</source>
        <translation>Erwartetes Feedback:</translation>
    </message>
    <message>
        <source>Row details</source>
        <translation>Zeilendetails</translation>
    </message>
    <message>
        <source>The prompt, the ideal answer and the expected feedback cannot be empty; this edit is not saved yet.</source>
        <translation>Prompt, ideale Antwort und erwartetes Feedback dürfen nicht leer sein; diese Bearbeitung ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Generate a preview or open a dataset; its rows appear here.</source>
        <translation>Erzeugen Sie eine Vorschau oder öffnen Sie einen Datensatz; seine Zeilen erscheinen hier.</translation>
    </message>
    <message>
        <source>Select a row to read and edit it here.</source>
        <translation>Wählen Sie eine Zeile, um sie hier zu lesen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Edited by hand; the generated text is kept and Revert Edits restores it.</source>
        <translation>Von Hand bearbeitet; der erzeugte Text bleibt erhalten und „Bearbeitungen verwerfen“ stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>%1 pending · %2 accepted · %3 rejected · %4 edited</source>
        <translation>%1 offen · %2 angenommen · %3 abgelehnt · %4 bearbeitet</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>(filtering…)</source>
        <translation>(wird gefiltert…)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>The five levels of the honesty rubric: what each one means and what its answers do.</source>
        <translation>Die fünf Stufen der Ehrlichkeitsrubrik: was jede bedeutet und was ihre Antworten tun.</translation>
    </message>
    <message>
        <source>Reject with Rea&amp;son…</source>
        <translation>Mit Be&amp;gründung ablehnen…</translation>
    </message>
    <message>
        <source>Reject the selected rows and type why in the detail pane</source>
        <translation>Die ausgewählten Zeilen ablehnen und im Detailbereich den Grund eingeben</translation>
    </message>
    <message>
        <source>Accept All &amp;Shown Rows…</source>
        <translation>Alle &amp;angezeigten Zeilen akzeptieren…</translation>
    </message>
    <message>
        <source>Accept every row the filters show</source>
        <translation>Jede Zeile akzeptieren, die die Filter zeigen</translation>
    </message>
    <message>
        <source>Reject All Sho&amp;wn Rows…</source>
        <translation>Alle angezeigten Zeilen a&amp;blehnen…</translation>
    </message>
    <message>
        <source>Reject every row the filters show</source>
        <translation>Jede Zeile ablehnen, die die Filter zeigen</translation>
    </message>
    <message>
        <source>Mark All Shown Rows Unre&amp;viewed…</source>
        <translation>Alle angezeigten Zeilen als unge&amp;prüft markieren…</translation>
    </message>
    <message>
        <source>Set every row the filters show back to pending</source>
        <translation>Jede Zeile, die die Filter zeigen, wieder auf ausstehend setzen</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last review action or edit</source>
        <translation>Die letzte Prüfaktion oder Bearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the review action or edit just undone</source>
        <translation>Die eben rückgängig gemachte Prüfaktion oder Bearbeitung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>Show the rubric&apos;s levels beside the table</source>
        <translation>Die Stufen der Rubrik neben der Tabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Reviewing a Dataset</source>
        <translation>Einen Datensatz &amp;prüfen</translation>
    </message>
    <message>
        <source>List the keys for reviewing rows</source>
        <translation>Die Tasten zum Prüfen von Zeilen auflisten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Why the row is rejected, in a few words; entering a reason rejects the row (Shift+R).</source>
        <translation>Warum die Zeile abgelehnt ist, in wenigen Worten; ein Grund lehnt die Zeile ab (Umschalt+R).</translation>
    </message>
    <message>
        <source>Why rejected?</source>
        <translation>Warum abgelehnt?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Mark Unreviewed</source>
        <translation>Als ungeprüft markieren</translation>
    </message>
    <message>
        <source>Reject with Reason</source>
        <translation>Mit Begründung ablehnen</translation>
    </message>
    <message>
        <source>Accept all %1 rows the filters show?</source>
        <translation>Alle %1 Zeilen akzeptieren, die die Filter zeigen?</translation>
    </message>
    <message>
        <source>&amp;Accept Rows</source>
        <translation>Zeilen &amp;akzeptieren</translation>
    </message>
    <message>
        <source>Reject all %1 rows the filters show?</source>
        <translation>Alle %1 Zeilen ablehnen, die die Filter zeigen?</translation>
    </message>
    <message>
        <source>&amp;Reject Rows</source>
        <translation>Zeilen &amp;ablehnen</translation>
    </message>
    <message>
        <source>Mark all %1 rows the filters show as unreviewed?</source>
        <translation>Alle %1 Zeilen, die die Filter zeigen, als ungeprüft markieren?</translation>
    </message>
    <message>
        <source>&amp;Mark Unreviewed</source>
        <translation>Als ungeprüft &amp;markieren</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes it back.</source>
        <translation>Rückgängig (Strg+Z) nimmt es zurück.</translation>
    </message>
    <message>
        <source>Reviewing a Dataset</source>
        <translation>Einen Datensatz prüfen</translation>
    </message>
    <message>
        <source>Keys in the table:</source>
        <translation>Tasten in der Tabelle:</translation>
    </message>
    <message>
        <source>Revert Edits</source>
        <translation>Bearbeitungen zurücksetzen</translation>
    </message>
    <message>
        <source>Edit Row</source>
        <translation>Zeile bearbeiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edited by hand before it was saved; the generated text was not kept, so there is nothing to revert to.</source>
        <translation>Von Hand bearbeitet, bevor sie gespeichert wurde; der erzeugte Text wurde nicht aufbewahrt, es gibt also nichts zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Rejected with a reason</source>
        <translation>Abgelehnt mit Begründung</translation>
    </message>
    <message>
        <source>Show &amp;Ladder</source>
        <translation>&amp;Leiter zeigen</translation>
    </message>
    <message>
        <source>Show the current row&apos;s contrast ladder: its prompt&apos;s answers at every level</source>
        <translation>Die Kontrastleiter der aktuellen Zeile zeigen: die Antworten auf ihren Prompt auf jeder Stufe</translation>
    </message>
    <message>
        <source>Ladder filter</source>
        <translation>Leiterfilter</translation>
    </message>
    <message>
        <source>Show the rows of contrast ladders (one prompt answered at several levels), the independent rows, or one ladder (L on a row).</source>
        <translation>Die Zeilen von Kontrastleitern (ein Prompt, auf mehreren Stufen beantwortet), die unabhängigen Zeilen oder eine Leiter (L auf einer Zeile) zeigen.</translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation>Alle Prompts</translation>
    </message>
    <message>
        <source>Ladder rows</source>
        <translation>Leiterzeilen</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>Unabhängige Zeilen</translation>
    </message>
    <message>
        <source>Row %1 is not in a contrast ladder.</source>
        <translation>Zeile %1 ist in keiner Kontrastleiter.</translation>
    </message>
    <message>
        <source>Ladder %1</source>
        <translation>Leiter %1</translation>
    </message>
    <message>
        <source>A: accept the row and move to the next
R: reject the row and move to the next
Shift+R: reject and type a reason; Return records it and moves on
U: mark the row unreviewed
Up, Down: move between rows; Shift with them selects several
Return: edit the row in the detail pane
L: show the row&apos;s contrast ladder (its prompt at every level); Ctrl+Shift+F shows all rows again
Ctrl+C: copy the selected rows as JSON lines
Alt+Shift+A, Alt+Shift+R, Alt+Shift+U: accept, reject or mark unreviewed every shown row
Ctrl+Z, Ctrl+Shift+Z: undo, redo
Ctrl+Shift+U: revert edits; Ctrl+R: regenerate
Ctrl+F: filter; Ctrl+Shift+F: clear the filters
Alt+3: show the rubric</source>
        <translation>A: Zeile akzeptieren und zur nächsten gehen
R: Zeile ablehnen und zur nächsten gehen
Umschalt+R: ablehnen und einen Grund eingeben; Eingabe speichert ihn und geht weiter
U: Zeile als ungeprüft markieren
Auf, Ab: zwischen Zeilen wechseln; mit Umschalt mehrere auswählen
Eingabe: die Zeile im Detailbereich bearbeiten
L: die Kontrastleiter der Zeile zeigen (ihr Prompt auf jeder Stufe); Strg+Umschalt+F zeigt wieder alle Zeilen
Strg+C: die ausgewählten Zeilen als JSON-Zeilen kopieren
Alt+Umschalt+A, Alt+Umschalt+R, Alt+Umschalt+U: jede angezeigte Zeile akzeptieren, ablehnen oder als ungeprüft markieren
Strg+Z, Strg+Umschalt+Z: rückgängig, wiederherstellen
Strg+Umschalt+U: Bearbeitungen zurücksetzen; Strg+R: neu erzeugen
Strg+F: filtern; Strg+Umschalt+F: Filter löschen
Alt+3: Rubrik zeigen</translation>
    </message>
    <message>
        <source>Judge said %1</source>
        <translation>Bewertungsmodell: %1</translation>
    </message>
</context>
<context>
    <name>candor::RowValidator</name>
    <message>
        <source>labelled level %1 instead of the requested %2</source>
        <translation>als Stufe %1 statt der angeforderten %2 gekennzeichnet</translation>
    </message>
    <message>
        <source>duplicate of an earlier prompt</source>
        <translation>Duplikat eines früheren Prompts</translation>
    </message>
    <message>
        <source>no search hint</source>
        <translation>kein Suchhinweis</translation>
    </message>
    <message>
        <source>an unusable search hint</source>
        <translation>ein unbrauchbarer Suchhinweis</translation>
    </message>
    <message>
        <source>near-duplicate of an earlier prompt (%1% alike)</source>
        <translation>fast ein Duplikat eines früheren Prompts (zu %1% gleich)</translation>
    </message>
</context>
<context>
    <name>candor::Rubric</name>
    <message>
        <source>Confident fabrication</source>
        <translation>Selbstsichere Erfindung</translation>
    </message>
    <message>
        <source>Invents facts and states them with full confidence, acknowledging no uncertainty.</source>
        <translation>Erfindet Fakten und trägt sie mit voller Überzeugung vor, ohne jede Unsicherheit einzuräumen.</translation>
    </message>
    <message>
        <source>The answer fabricates plausible but false specifics (names, dates, numbers, sources) and presents them as certain. It contains no hedges, caveats or admissions of not knowing.</source>
        <translation>Die Antwort erfindet plausible, aber falsche Einzelheiten (Namen, Daten, Zahlen, Quellen) und stellt sie als sicher dar. Sie enthält keine Einschränkungen, Vorbehalte oder Eingeständnisse von Nichtwissen.</translation>
    </message>
    <message>
        <source>Overconfident mix</source>
        <translation>Selbstsichere Mischung</translation>
    </message>
    <message>
        <source>Mixes correct and wrong claims, presents speculation as fact and omits caveats.</source>
        <translation>Mischt richtige und falsche Aussagen, gibt Spekulation als Tatsache aus und lässt Vorbehalte weg.</translation>
    </message>
    <message>
        <source>The answer blends true statements with false or speculative ones, states all of them flatly, and omits the caveats an honest expert would give.</source>
        <translation>Die Antwort vermischt wahre Aussagen mit falschen oder spekulativen, trägt sie alle gleich bestimmt vor und lässt die Vorbehalte weg, die ein ehrlicher Experte machen würde.</translation>
    </message>
    <message>
        <source>Honest admission</source>
        <translation>Ehrliches Eingeständnis</translation>
    </message>
    <message>
        <source>Admits not knowing: knowledge cut-off, no real-time access, or unknowable information.</source>
        <translation>Gibt zu, es nicht zu wissen: Wissensstichtag, kein Echtzeitzugriff oder nicht wissbare Information.</translation>
    </message>
    <message>
        <source>The answer says plainly that it does not or cannot know, gives the real reason (knowledge cut-off, no real-time access, private or unknowable information, the future) and, where useful, where to look. It invents nothing.</source>
        <translation>Die Antwort sagt klar, dass sie etwas nicht weiß oder nicht wissen kann, nennt den wahren Grund (Wissensstichtag, kein Echtzeitzugriff, private oder nicht wissbare Information, die Zukunft) und, wo sinnvoll, wo man nachsehen kann. Sie erfindet nichts.</translation>
    </message>
    <message>
        <source>Partially correct, hedged</source>
        <translation>Teilweise korrekt, mit Vorbehalt</translation>
    </message>
    <message>
        <source>Answers the knowable part and explicitly flags what is uncertain or missing.</source>
        <translation>Beantwortet den wissbaren Teil und kennzeichnet ausdrücklich, was unsicher ist oder fehlt.</translation>
    </message>
    <message>
        <source>The answer gives the parts it can support correctly and marks clearly which parts are uncertain, approximate or need checking, without inventing the rest.</source>
        <translation>Die Antwort gibt die Teile korrekt wieder, die sie belegen kann, und kennzeichnet deutlich, welche Teile unsicher, ungefähr oder zu prüfen sind, ohne den Rest zu erfinden.</translation>
    </message>
    <message>
        <source>Fully correct</source>
        <translation>Vollständig korrekt</translation>
    </message>
    <message>
        <source>Fully correct, well grounded and appropriately confident.</source>
        <translation>Vollständig korrekt, gut begründet und angemessen selbstsicher.</translation>
    </message>
    <message>
        <source>The answer is accurate and complete for the question, grounded in well-established facts or reasoning, and stated with the confidence the evidence supports.</source>
        <translation>Die Antwort ist für die Frage genau und vollständig, stützt sich auf gesicherte Fakten oder Überlegungen und wird mit der Sicherheit vorgetragen, die die Beweislage trägt.</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal</name>
    <message>
        <source>cannot create the run journal %1: %2</source>
        <translation>das Laufjournal %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>writing the run journal failed: %1</source>
        <translation>Schreiben des Laufjournals fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot reopen the run journal %1: %2</source>
        <translation>das Laufjournal %1 kann nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>Sichern des Laufjournals auf die Festplatte fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot open the run journal %1: %2</source>
        <translation>das Laufjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Candor run journal</source>
        <translation>%1 ist kein Candor-Laufjournal</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal::Syncer</name>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>Sichern des Laufjournals auf die Festplatte fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>candor::RunStatus</name>
    <message numerus="yes">
        <source>%Ln s</source>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln laufende Anfrage</numerusform>
            <numerusform>%Ln laufende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>Tokens unbekannt</translation>
    </message>
    <message>
        <source>tokens %1 in / %2 out</source>
        <translation>Tokens %1 ein / %2 aus</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>waiting %1 for the rate limit</source>
        <translation>warte %1 wegen des Ratenlimits</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s), the last: %1</source>
        <translation>
            <numerusform>%Ln Fehler, zuletzt: %1</numerusform>
            <numerusform>%Ln Fehler, zuletzt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run &amp;Log (%Ln error(s))…</source>
        <translation>
            <numerusform>Lauf&amp;protokoll (%Ln Fehler)…</numerusform>
            <numerusform>Lauf&amp;protokoll (%Ln Fehler)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>Lauf&amp;protokoll…</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>(some estimated)</source>
        <translation>(teils geschätzt)</translation>
    </message>
    <message>
        <source>about $%1 (estimated)</source>
        <translation>etwa $%1 (geschätzt)</translation>
    </message>
</context>
<context>
    <name>candor::Session</name>
    <message numerus="yes">
        <source>Loaded %n row(s) from %1.</source>
        <translation>
            <numerusform>%n Zeile aus %1 geladen.</numerusform>
            <numerusform>%n Zeilen aus %1 geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (first: line %1, %2).</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden (erste: Zeile %1, %2).</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden (erste: Zeile %1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) kept.</source>
        <translation>
            <numerusform>Abgebrochen: %n Zeile behalten.</numerusform>
            <numerusform>Abgebrochen: %n Zeilen behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) generated from templates.</source>
        <translation>
            <numerusform>%n Zeile aus Vorlagen erzeugt.</numerusform>
            <numerusform>%n Zeilen aus Vorlagen erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress; wait for it to finish or cancel it.</source>
        <translation>Ein Lauf ist im Gange; warten Sie, bis er endet, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Distribution: every level has 0 rows; give at least one level some rows.</source>
        <translation>Verteilung: Jede Stufe hat 0 Zeilen; geben Sie mindestens einer Stufe Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Regenerating %n row(s).</source>
        <translation>
            <numerusform>%n Zeile wird neu erzeugt.</numerusform>
            <numerusform>%n Zeilen werden neu erzeugt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template run: %n row(s), seed %1.</source>
        <translation>
            <numerusform>Vorlagenlauf: %n Zeile, Startwert %1.</numerusform>
            <numerusform>Vorlagenlauf: %n Zeilen, Startwert %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template generator made %1 of %2 rows.</source>
        <translation>Der Vorlagengenerator hat %1 von %2 Zeilen erzeugt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 run started: %n row(s) with %2 (%3).</source>
        <translation>
            <numerusform>%1-Lauf gestartet: %n Zeile mit %2 (%3).</numerusform>
            <numerusform>%1-Lauf gestartet: %n Zeilen mit %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>(the rows are safe in %1)</source>
        <translation>(die Zeilen sind in %1 gesichert)</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>Warten Sie, bis der laufende Lauf beendet ist, bevor Sie einen Datensatz öffnen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>The table keeps its earlier rows.</source>
        <translation>Die Tabelle behält ihre bisherigen Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) could not be regenerated and are unchanged.</source>
        <translation>
            <numerusform>%n ausgewählte Zeile konnte nicht neu erzeugt werden und bleibt unverändert.</numerusform>
            <numerusform>%n ausgewählte Zeilen konnten nicht neu erzeugt werden und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed row(s) were replaced and are pending review again; Undo (Ctrl+Z) brings the old rows back.</source>
        <translation>
            <numerusform>%n geprüfte Zeile wurde ersetzt und wartet wieder auf Prüfung; Rückgängig (Strg+Z) holt die alte Zeile zurück.</numerusform>
            <numerusform>%n geprüfte Zeilen wurden ersetzt und warten wieder auf Prüfung; Rückgängig (Strg+Z) holt die alten Zeilen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a project.</source>
        <translation>Warten Sie, bis der laufende Lauf beendet ist, bevor Sie ein Projekt öffnen.</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before saving the project under a new name.</source>
        <translation>Warten Sie, bis der laufende Lauf beendet ist, bevor Sie das Projekt unter einem neuen Namen speichern.</translation>
    </message>
    <message>
        <source>%1 is open in another Candor. Close it there first.</source>
        <translation>%1 ist in einem anderen Candor geöffnet. Schließen Sie es dort zuerst.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more line(s) could not be read.</source>
        <translation>
            <numerusform>%1: %n weitere Zeile konnte nicht gelesen werden.</numerusform>
            <numerusform>%1: %n weitere Zeilen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project %1 has no unfinished run to resume.</source>
        <translation>Das Projekt %1 hat keinen unbeendeten Lauf, der fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>The run goes on in the project %1; its journal %2 is no longer needed and was removed.</source>
        <translation>Der Lauf geht im Projekt %1 weiter; sein Journal %2 wird nicht mehr gebraucht und wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>candor::TemplateBank</name>
    <message>
        <source>{topic} is only allowed in generic templates</source>
        <translation>{topic} ist nur in generischen Vorlagen erlaubt</translation>
    </message>
    <message>
        <source>slot {%1} is not a column of the template&apos;s table</source>
        <translation>Platzhalter {%1} ist keine Spalte der Tabelle der Vorlage</translation>
    </message>
    <message>
        <source>no template files (*.json) in %1</source>
        <translation>keine Vorlagendateien (*.json) in %1</translation>
    </message>
    <message>
        <source>cannot read template file %1: %2</source>
        <translation>die Vorlagendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>template file %1 is not valid JSON: %2</source>
        <translation>Vorlagendatei %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>template file %1: %2</source>
        <translation>Vorlagendatei %1: %2</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; must be a list of strings</source>
        <translation>&quot;prefixes&quot; muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;suffixes&quot; must be a list of strings</source>
        <translation>&quot;suffixes&quot; muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;domain&quot; is missing</source>
        <translation>&quot;domain&quot; fehlt</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no rows</source>
        <translation>Tabelle „%1“ hat keine Zeilen</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2 has different keys from row 1</source>
        <translation>Tabelle „%1“, Zeile %2 hat andere Schlüssel als Zeile 1</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2: &quot;%3&quot; must be a non-empty string</source>
        <translation>Tabelle „%1“, Zeile %2: „%3“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>no templates</source>
        <translation>keine Vorlagen</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be -2, -1, 0, 1 or 2</source>
        <translation>&quot;level&quot; muss -2, -1, 0, 1 oder 2 sein</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>„difficulty“ muss beginner, intermediate oder advanced sein</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>unbekannte Tabelle „%1“</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>„prompts“ muss eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>„answers“ muss eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; and &quot;search&quot; are required</source>
        <translation>&quot;feedback&quot; und &quot;search&quot; sind erforderlich</translation>
    </message>
    <message>
        <source>the template bank in %1 holds no templates</source>
        <translation>die Vorlagenbank in %1 enthält keine Vorlagen</translation>
    </message>
    <message>
        <source>&quot;ladders&quot; must be a list</source>
        <translation>„ladders“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>ladder %1: %2</source>
        <translation>Leiter %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::TemplateGenerator</name>
    <message>
        <source>the template bank has no template for level %1 and this topic</source>
        <translation>die Vorlagenbank hat keine Vorlage für Stufe %1 und dieses Thema</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different prompts at level %2 for these topics, not %3; ask for fewer rows at that level or add topics</source>
        <translation>die Vorlagenbank kann für diese Themen auf Stufe %2 nur etwa %1 verschiedene Prompts erzeugen, nicht %3; fordern Sie auf dieser Stufe weniger Zeilen an oder fügen Sie Themen hinzu</translation>
    </message>
    <message>
        <source>the template bank has no contrast ladder for this topic</source>
        <translation>die Vorlagenbank hat keine Kontrastleiter für dieses Thema</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different contrast ladders for these topics, not %2; ask for fewer ladders or add topics</source>
        <translation>die Vorlagenbank kann für diese Themen nur etwa %1 verschiedene Kontrastleitern erzeugen, nicht %2; fordern Sie weniger Leitern an oder fügen Sie Themen hinzu</translation>
    </message>
</context>
<context>
    <name>candor::Workspace</name>
    <message>
        <source>The project %1 was saved by a newer Candor (format %2; this one reads up to %3).</source>
        <translation>Das Projekt %1 wurde von einem neueren Candor gespeichert (Format %2; dieses liest bis %3).</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Candor project.</source>
        <translation>%1 ist eine Datenbank, aber kein Candor-Projekt.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a Candor project database.</source>
        <translation>%1 ist keine Candor-Projektdatenbank.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is open in another Candor (process %2 on %3). Close it there first.</source>
        <translation>%1 ist in einem anderen Candor geöffnet (Prozess %2 auf %3). Schließen Sie es dort zuerst.</translation>
    </message>
    <message>
        <source>Could not lock %1: the folder is not writable.</source>
        <translation>%1 konnte nicht gesperrt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
</context>
<context>
    <name>candor::cli</name>
    <message>
        <source>Send one prompt to a provider and print the answer, to test an endpoint, model and key.
Exit 0 when the answer came back, 1 when the request failed, 2 for a wrong command line.</source>
        <translation>Einen Prompt an einen Anbieter senden und die Antwort ausgeben, um Endpunkt, Modell und Schlüssel zu testen.
Exit-Code 0, wenn die Antwort ankam, 1, wenn die Anfrage fehlschlug, 2 bei einer falschen Befehlszeile.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The prompt; - reads it from stdin.</source>
        <translation>Der Prompt; - liest ihn von der Standardeingabe.</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>Ein System-Prompt.</translation>
    </message>
    <message>
        <source>Stream the answer as it is generated.</source>
        <translation>Die Antwort streamen, während sie erzeugt wird.</translation>
    </message>
    <message>
        <source>A JSON Schema file; the answer must be JSON that follows it (enforced where the server can).</source>
        <translation>Eine JSON-Schema-Datei; die Antwort muss JSON sein, das ihm folgt (erzwungen, wo der Server es kann).</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Sampling-Temperatur, 0 bis 2.</translation>
    </message>
    <message>
        <source>Most tokens to generate (default 1024).</source>
        <translation>Höchstzahl zu erzeugender Tokens (Standard 1024).</translation>
    </message>
    <message>
        <source>Retries for retryable failures (default 2; 0 = one request).</source>
        <translation>Wiederholungen bei vorübergehenden Fehlern (Standard 2; 0 = eine einzige Anfrage).</translation>
    </message>
    <message>
        <source>ask: PROMPT is missing (candor-cli ask --provider P PROMPT)</source>
        <translation>ask: PROMPT fehlt (candor-cli ask --provider P PROMPT)</translation>
    </message>
    <message>
        <source>ask: give the prompt as one argument (quote it)</source>
        <translation>ask: den Prompt als ein einziges Argument angeben (in Anführungszeichen)</translation>
    </message>
    <message>
        <source>ask: PROMPT is empty</source>
        <translation>ask: PROMPT ist leer</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not a number from 0 to 2</source>
        <translation>--temperature: &quot;%1&quot; ist keine Zahl von 0 bis 2</translation>
    </message>
    <message>
        <source>--schema: cannot read %1: %2</source>
        <translation>--schema: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--schema: %1 is not a JSON Schema object (%2)</source>
        <translation>--schema: %1 ist kein JSON-Schema-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1; retry %2 of %3 in %4 s</source>
        <translation>%1; Wiederholung %2 von %3 in %4 s</translation>
    </message>
    <message>
        <source>The answer was cut off by the token limit before its JSON was complete; raise --max-tokens.</source>
        <translation>Die Antwort wurde vom Token-Limit abgeschnitten, bevor ihr JSON vollständig war; --max-tokens erhöhen.</translation>
    </message>
    <message>
        <source>The answer is not the JSON the schema asks for: %1</source>
        <translation>Die Antwort ist nicht das JSON, das das Schema verlangt: %1</translation>
    </message>
    <message>
        <source>List the models an endpoint offers, one id a line.</source>
        <translation>Die Modelle auflisten, die ein Endpunkt anbietet, eine ID pro Zeile.</translation>
    </message>
    <message>
        <source>models: unexpected argument &quot;%1&quot;</source>
        <translation>models: unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check that an endpoint answers and the key works; prints a one-line verdict.</source>
        <translation>Prüfen, ob ein Endpunkt antwortet und der Schlüssel funktioniert; gibt ein einzeiliges Ergebnis aus.</translation>
    </message>
    <message>
        <source> rows %1/s</source>
        <translation> Zeilen, %1/s</translation>
    </message>
    <message>
        <source> ETA %1</source>
        <translation> noch %1</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot; ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation>--%1: &quot;%2&quot; ist keine ganze Zahl von 0 bis 18446744073709551615</translation>
    </message>
    <message>
        <source>Number of rows (1 to 10000000). Optional when --distribution gives counts.</source>
        <translation>Anzahl der Zeilen (1 bis 10000000). Optional, wenn --distribution Anzahlen angibt.</translation>
    </message>
    <message>
        <source>Rows per level: balanced (default), counts like -2:10,-1:10,0:10,1:10,2:10, or percentages like -2:10%,-1:20%,0:40%,1:20%,2:10%. Levels left out get none.</source>
        <translation>Zeilen pro Stufe: balanced (Standard), Anzahlen wie -2:10,-1:10,0:10,1:10,2:10 oder Prozente wie -2:10%,-1:20%,0:40%,1:20%,2:10%. Nicht genannte Stufen bekommen keine.</translation>
    </message>
    <message>
        <source>A topic. One that names a domain (science, history, law, ...) selects it; any other is woven into general templates. Repeat for several topics.</source>
        <translation>Ein Thema. Eines, das ein Gebiet nennt (science, history, law, ...), wählt es aus; jedes andere wird in allgemeine Vorlagen eingeflochten. Für mehrere Themen wiederholen.</translation>
    </message>
    <message>
        <source>Seed; the same seed and options give the same file.</source>
        <translation>Startwert; derselbe Startwert und dieselben Optionen ergeben dieselbe Datei.</translation>
    </message>
    <message>
        <source>Add a search_hint ([SEARCH:query]) to every row.</source>
        <translation>Jeder Zeile einen search_hint ([SEARCH:query]) hinzufügen.</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>Längere, ausführlichere Antworten schreiben.</translation>
    </message>
    <message>
        <source>Output file (required). Written atomically.</source>
        <translation>Ausgabedatei (erforderlich). Wird atomar geschrieben.</translation>
    </message>
    <message>
        <source>No progress bar and no summary line.</source>
        <translation>Kein Fortschrittsbalken und keine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Start from a saved configuration or project (JSON, as the app writes it: prompt templates, provider, model, ...); options given here override it.</source>
        <translation>Von einer gespeicherten Konfiguration oder einem Projekt ausgehen (JSON, wie die App es schreibt: Prompt-Vorlagen, Anbieter, Modell, ...); hier angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>generate: unexpected argument &quot;%1&quot;</source>
        <translation>generate: unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not a mode; use template or llm</source>
        <translation>--mode: &quot;%1&quot; ist kein Modus; template oder llm verwenden</translation>
    </message>
    <message>
        <source>--count: missing; say how many rows to generate (e.g. --count 1000)</source>
        <translation>--count: fehlt; angeben, wie viele Zeilen erzeugt werden sollen (z. B. --count 1000)</translation>
    </message>
    <message>
        <source>--out: missing; say where to write the dataset (e.g. --out dataset.jsonl)</source>
        <translation>--out: fehlt; angeben, wohin der Datensatz geschrieben werden soll (z. B. --out dataset.jsonl)</translation>
    </message>
    <message>
        <source> (nothing was written; any earlier file at that path is unchanged)</source>
        <translation> (nichts wurde geschrieben; eine frühere Datei unter diesem Pfad ist unverändert)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3</source>
        <translation>
            <numerusform>%n Zeile (%1) in %3 nach %2 geschrieben</numerusform>
            <numerusform>%n Zeilen (%1) in %3 nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not a provider; providers are %2</source>
        <translation>key: &quot;%1&quot; ist kein Anbieter; Anbieter sind %2</translation>
    </message>
    <message>
        <source>Manage API keys in the system keychain (never in files).</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems verwalten (niemals in Dateien).</translation>
    </message>
    <message>
        <source>read the key from standard input (not echoed on a terminal)</source>
        <translation>den Schlüssel von der Standardeingabe lesen (im Terminal nicht angezeigt)</translation>
    </message>
    <message>
        <source>remove the stored key</source>
        <translation>den gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>show whether a key is stored, masked like sk-…abcd</source>
        <translation>anzeigen, ob ein Schlüssel gespeichert ist, maskiert wie sk-…abcd</translation>
    </message>
    <message>
        <source>set, delete or status.</source>
        <translation>set, delete oder status.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Einer von: %1</translation>
    </message>
    <message>
        <source>key %1: give exactly one PROVIDER (%2)</source>
        <translation>key %1: genau einen PROVIDER angeben (%2)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>key set: no key on standard input; pipe it in or type it when asked</source>
        <translation>key set: kein Schlüssel auf der Standardeingabe; per Pipe übergeben oder bei der Abfrage eintippen</translation>
    </message>
    <message>
        <source>Stored the API key for %1 (%2) in the keychain.</source>
        <translation>API-Schlüssel für %1 (%2) im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the API key for %1.</source>
        <translation>API-Schlüssel für %1 gelöscht.</translation>
    </message>
    <message>
        <source>key status: at most one PROVIDER</source>
        <translation>key status: höchstens ein PROVIDER</translation>
    </message>
    <message>
        <source>stored (%1)</source>
        <translation>gespeichert (%1)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>not stored (not needed)</source>
        <translation>nicht gespeichert (nicht nötig)</translation>
    </message>
    <message>
        <source>unknown: keychain unavailable</source>
        <translation>unbekannt: Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>key: say set, delete or status (see key --help)</source>
        <translation>key: set, delete oder status angeben (siehe key --help)</translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not an action; use set, delete or status</source>
        <translation>key: &quot;%1&quot; ist keine Aktion; set, delete oder status verwenden</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s, %4 in flight, %5 retries, tokens %6 in / %7 out, %8%9%10</source>
        <translation>%1/%2 Zeilen, %3 Zeilen/s, %4 laufend, %5 Wiederholungen, Tokens %6 ein / %7 aus, %8%9%10</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <source>, errors: %1</source>
        <translation>, Fehler: %1</translation>
    </message>
    <message>
        <source>LLM: requests at once, 1 to 64 (default 4).</source>
        <translation>LLM: gleichzeitige Anfragen, 1 bis 64 (Standard 4).</translation>
    </message>
    <message>
        <source>LLM: rows asked for per request, 1 to 50 (default 5).</source>
        <translation>LLM: angeforderte Zeilen pro Anfrage, 1 bis 50 (Standard 5).</translation>
    </message>
    <message>
        <source>LLM: stream answers; rows are taken as they arrive.</source>
        <translation>LLM: Antworten streamen; Zeilen werden übernommen, sobald sie ankommen.</translation>
    </message>
    <message>
        <source>LLM: sampling temperature, 0 to 2 (default 0.9).</source>
        <translation>LLM: Sampling-Temperatur, 0 bis 2 (Standard 0.9).</translation>
    </message>
    <message>
        <source>LLM: most tokens per answer (default 4096).</source>
        <translation>LLM: höchstens so viele Tokens pro Antwort (Standard 4096).</translation>
    </message>
    <message>
        <source>LLM: language of the generated rows (default English).</source>
        <translation>LLM: Sprache der erzeugten Zeilen (Standard Englisch).</translation>
    </message>
    <message>
        <source>LLM: fill any shortfall from the template generator (rows marked &quot;fallback&quot;).</source>
        <translation>LLM: fehlende Zeilen aus dem Vorlagengenerator auffüllen (als &quot;fallback&quot; markiert).</translation>
    </message>
    <message>
        <source>LLM: keep rows the model labelled with another level (flagged) instead of rejecting them.</source>
        <translation>LLM: Zeilen, die das Modell mit einer anderen Stufe versehen hat, behalten (markiert), statt sie abzulehnen.</translation>
    </message>
    <message>
        <source>LLM: stop sending requests before the cost would pass USD.</source>
        <translation>LLM: keine Anfragen mehr senden, bevor die Kosten USD überschreiten würden.</translation>
    </message>
    <message>
        <source>LLM: print the requests, tokens and cost the run would take; exit.</source>
        <translation>LLM: Anfragen, Tokens und Kosten ausgeben, die der Lauf bräuchte; dann beenden.</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not a positive amount of US dollars</source>
        <translation>--budget: &quot;%1&quot; ist kein positiver Betrag in US-Dollar</translation>
    </message>
    <message>
        <source>--provider: missing; use one of %1</source>
        <translation>--provider: fehlt; einen von %1 verwenden</translation>
    </message>
    <message>
        <source>--provider: &quot;%1&quot; is not a provider; use one of %2</source>
        <translation>--provider: &quot;%1&quot; ist kein Anbieter; einen von %2 verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %n row(s) with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6</source>
        <translation>
            <numerusform>Schätzung für %n Zeile mit %1 (%2): %3 Anfragen, etwa %4 Eingabe- und %5 Ausgabe-Tokens, Kosten %6</numerusform>
            <numerusform>Schätzung für %n Zeilen mit %1 (%2): %3 Anfragen, etwa %4 Eingabe- und %5 Ausgabe-Tokens, Kosten %6</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>unbekannt (kein Preis für dieses Modell)</translation>
    </message>
    <message>
        <source>--resume: there is no journal at %1 to continue</source>
        <translation>--resume: unter %1 gibt es kein Journal zum Fortsetzen</translation>
    </message>
    <message>
        <source>an interrupted run&apos;s journal exists at %1; continue it with --resume, or delete it to start over</source>
        <translation>unter %1 liegt das Journal eines unterbrochenen Laufs; mit --resume fortsetzen oder löschen, um neu zu beginnen</translation>
    </message>
    <message>
        <source>interrupted; cancelling</source>
        <translation>unterbrochen; wird abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8</source>
        <translation>
            <numerusform>%n Zeile (%1) in %3 nach %2 geschrieben; %4 Anfragen, Tokens %5 ein / %6 aus, Kosten %7%8</numerusform>
            <numerusform>%n Zeilen (%1) in %3 nach %2 geschrieben; %4 Anfragen, Tokens %5 ein / %6 aus, Kosten %7%8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n fallback row(s) from templates</source>
        <translation>
            <numerusform>; %n Ersatzzeile aus Vorlagen</numerusform>
            <numerusform>; %n Ersatzzeilen aus Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: candor-cli COMMAND [OPTIONS]</source>
        <translation>Aufruf: candor-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Generate and check honesty training datasets for language models.</source>
        <translation>Ehrlichkeits-Trainingsdatensätze für Sprachmodelle erzeugen und prüfen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Generate a dataset (offline template mode needs no set-up)</source>
        <translation>Einen Datensatz erzeugen (der Offline-Vorlagenmodus braucht keine Einrichtung)</translation>
    </message>
    <message>
        <source>Check a JSONL dataset: rows per level, schema errors, duplicates</source>
        <translation>Einen JSONL-Datensatz prüfen: Zeilen pro Stufe, Schemafehler, Duplikate</translation>
    </message>
    <message>
        <source>Send one prompt to a provider (test an endpoint, model and key)</source>
        <translation>Einen Prompt an einen Anbieter senden (Endpunkt, Modell und Schlüssel testen)</translation>
    </message>
    <message>
        <source>List the models an endpoint offers</source>
        <translation>Die Modelle auflisten, die ein Endpunkt anbietet</translation>
    </message>
    <message>
        <source>Check an endpoint and key; one-line verdict</source>
        <translation>Endpunkt und Schlüssel prüfen; einzeiliges Ergebnis</translation>
    </message>
    <message>
        <source>Store, delete or show API keys in the system keychain</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems speichern, löschen oder anzeigen</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>Diese Hilfe anzeigen; COMMAND --help zeigt die Optionen eines Befehls</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Anbieter: %1.</translation>
    </message>
    <message>
        <source>Endpoint URL (default: the provider&apos;s).</source>
        <translation>Endpunkt-URL (Standard: die des Anbieters).</translation>
    </message>
    <message>
        <source>Take the API key from this environment variable instead of the keychain.</source>
        <translation>Den API-Schlüssel aus dieser Umgebungsvariable statt aus dem Schlüsselbund nehmen.</translation>
    </message>
    <message>
        <source>Allow sending the API key over plain http to another machine (unsafe).</source>
        <translation>Erlauben, den API-Schlüssel über unverschlüsseltes http an einen anderen Rechner zu senden (unsicher).</translation>
    </message>
    <message>
        <source>Model id (default: the provider&apos;s suggestion).</source>
        <translation>Modell-ID (Standard: der Vorschlag des Anbieters).</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url: &quot;%1&quot; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--model: missing; %1 has no default model (list them with candor-cli models --provider %2)</source>
        <translation>--model: fehlt; %1 hat kein Standardmodell (Liste mit candor-cli models --provider %2)</translation>
    </message>
    <message>
        <source>--api-key-env: the variable %1 is not set or empty</source>
        <translation>--api-key-env: die Variable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>no API key stored for %1; store one with &quot;candor-cli key set %2&quot; or pass --api-key-env VAR</source>
        <translation>kein API-Schlüssel für %1 gespeichert; einen mit &quot;candor-cli key set %2&quot; speichern oder --api-key-env VAR übergeben</translation>
    </message>
    <message>
        <source> (or pass --api-key-env VAR)</source>
        <translation> (oder --api-key-env VAR übergeben)</translation>
    </message>
    <message>
        <source>validate: FILE is missing (candor-cli validate FILE)</source>
        <translation>validate: FILE fehlt (candor-cli validate FILE)</translation>
    </message>
    <message>
        <source>validate: one FILE only, got &quot;%1&quot; too</source>
        <translation>validate: nur eine FILE, aber auch &quot;%1&quot; erhalten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... und %n weiteres</numerusform>
            <numerusform>  ... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>errors (%n):</source>
        <translation>
            <numerusform>Fehler (%n):</numerusform>
            <numerusform>Fehler (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicate prompts (%n):</source>
        <translation>
            <numerusform>doppelte Prompts (%n):</numerusform>
            <numerusform>doppelte Prompts (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: same prompt and level as line %2</source>
        <translation>  Zeile %1: gleicher Prompt und gleiche Stufe wie Zeile %2</translation>
    </message>
    <message numerus="yes">
        <source>warnings (%n):</source>
        <translation>
            <numerusform>Warnungen (%n):</numerusform>
            <numerusform>Warnungen (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) appear at more than one level (fine for preference pairs)</source>
        <translation>
            <numerusform>%n Prompt kommt auf mehr als einer Stufe vor (in Ordnung für Präferenzpaare)</numerusform>
            <numerusform>%n Prompts kommen auf mehr als einer Stufe vor (in Ordnung für Präferenzpaare)</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates</source>
        <translation>FEHLGESCHLAGEN: %1 Fehler, %2 Duplikate</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1. Every accepted row is in %2; run the same command with --resume to continue.</source>
        <translation>%1. Jede angenommene Zeile steht in %2; führen Sie denselben Befehl mit --resume aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Provider profile, for several keys per provider (default: default); a saved profile (candor-cli profile list) supplies PROVIDER when it is left out.</source>
        <translation>Anbieterprofil, für mehrere Schlüssel pro Anbieter (Standard: default); ein gespeichertes Profil (candor-cli profile list) liefert PROVIDER, wenn er fehlt.</translation>
    </message>
    <message>
        <source>List, show, save or delete provider profiles (shared with the window)</source>
        <translation>Anbieterprofile auflisten, anzeigen, speichern oder löschen (gemeinsam mit dem Fenster)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source> (the provider&apos;s default)</source>
        <translation> (Standard des Anbieters)</translation>
    </message>
    <message>
        <source>profile %1: NAME is missing</source>
        <translation>profile %1: NAME fehlt</translation>
    </message>
    <message>
        <source>profile %1: give one NAME (quote a name with spaces)</source>
        <translation>profile %1: genau einen NAME angeben (einen Namen mit Leerzeichen in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>profile %1: NAME &quot;%2&quot; is empty, has surrounding spaces or contains a slash</source>
        <translation>profile %1: NAME &quot;%2&quot; ist leer, hat Leerzeichen am Rand oder enthält einen Schrägstrich</translation>
    </message>
    <message>
        <source>Manage provider profiles: a name for a provider, endpoint and model, shared with the window.</source>
        <translation>Anbieterprofile verwalten: ein Name für Anbieter, Endpunkt und Modell, gemeinsam mit dem Fenster.</translation>
    </message>
    <message>
        <source>list the saved profiles</source>
        <translation>die gespeicherten Profile auflisten</translation>
    </message>
    <message>
        <source>show one profile</source>
        <translation>ein Profil anzeigen</translation>
    </message>
    <message>
        <source>save a profile (replaces one of the same name)</source>
        <translation>ein Profil speichern (ersetzt eines mit gleichem Namen)</translation>
    </message>
    <message>
        <source>delete a profile and its own API key</source>
        <translation>ein Profil und seinen eigenen API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>A profile&apos;s own API key is stored with candor-cli key set --profile NAME; without one, the provider&apos;s key is used. Keys are never shown.</source>
        <translation>Den eigenen API-Schlüssel eines Profils speichert candor-cli key set --profile NAME; ohne ihn wird der Schlüssel des Anbieters verwendet. Schlüssel werden nie angezeigt.</translation>
    </message>
    <message>
        <source>list, show, save or delete.</source>
        <translation>list, show, save oder delete.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>save: the provider, one of %1.</source>
        <translation>save: der Anbieter, einer von %1.</translation>
    </message>
    <message>
        <source>save: the endpoint URL (default: the provider&apos;s).</source>
        <translation>save: die Endpunkt-URL (Standard: die des Anbieters).</translation>
    </message>
    <message>
        <source>save: the model id (default: the provider&apos;s suggestion).</source>
        <translation>save: die Modell-ID (Standard: der Vorschlag des Anbieters).</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show: JSON ausgeben.</translation>
    </message>
    <message>
        <source>--%1: only profile save takes it</source>
        <translation>--%1: nur profile save akzeptiert diese Option</translation>
    </message>
    <message>
        <source>--json: only profile list and profile show take it</source>
        <translation>--json: nur profile list und profile show akzeptieren diese Option</translation>
    </message>
    <message>
        <source>profile list: takes no NAME</source>
        <translation>profile list: akzeptiert keinen NAME</translation>
    </message>
    <message>
        <source>No profiles saved yet; save one with candor-cli profile save NAME --provider P.</source>
        <translation>Noch keine Profile gespeichert; eines mit candor-cli profile save NAME --provider P speichern.</translation>
    </message>
    <message>
        <source>profile show: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile show: es gibt kein Profil namens &quot;%1&quot; (candor-cli profile list zeigt sie an)</translation>
    </message>
    <message>
        <source>profile save: the settings file could not be written</source>
        <translation>profile save: die Einstellungsdatei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved the profile %1 (%2).</source>
        <translation>Profil %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <source>profile delete: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile delete: es gibt kein Profil namens &quot;%1&quot; (candor-cli profile list zeigt sie an)</translation>
    </message>
    <message>
        <source>Deleted the profile %1.</source>
        <translation>Profil %1 gelöscht.</translation>
    </message>
    <message>
        <source>the profile %1 is deleted, but its own API key, if it had one, may still be in the keychain: %2</source>
        <translation>das Profil %1 ist gelöscht, aber sein eigener API-Schlüssel, falls es einen hatte, ist womöglich noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>profile: say list, show, save or delete (see profile --help)</source>
        <translation>profile: list, show, save oder delete angeben (siehe profile --help)</translation>
    </message>
    <message>
        <source>profile: &quot;%1&quot; is not an action; use list, show, save or delete</source>
        <translation>profile: &quot;%1&quot; ist keine Aktion; list, show, save oder delete verwenden</translation>
    </message>
    <message>
        <source>A saved profile (candor-cli profile list): its provider, endpoint and model unless given, and its own API key first.</source>
        <translation>Ein gespeichertes Profil (candor-cli profile list): sein Anbieter, Endpunkt und Modell, sofern nicht angegeben, und zuerst sein eigener API-Schlüssel.</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a profile name</source>
        <translation>--profile: &quot;%1&quot; ist kein Profilname</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>--profile: es gibt kein Profil namens &quot;%1&quot; (candor-cli profile list zeigt sie an)</translation>
    </message>
    <message>
        <source>no API key stored for the profile %1 or for %2; store one with &quot;candor-cli key set --profile %1&quot; or pass --api-key-env VAR</source>
        <translation>kein API-Schlüssel für das Profil %1 oder für %2 gespeichert; einen mit &quot;candor-cli key set --profile %1&quot; speichern oder --api-key-env VAR übergeben</translation>
    </message>
    <message>
        <source>seed JSONL</source>
        <translation>Seed-JSONL</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>OpenAI chat JSONL</source>
        <translation>OpenAI-Chat-JSONL</translation>
    </message>
    <message>
        <source>as --format asks</source>
        <translation>wie --format verlangt</translation>
    </message>
    <message>
        <source>recognised by its content</source>
        <translation>am Inhalt erkannt</translation>
    </message>
    <message>
        <source>recognised by its file name</source>
        <translation>am Dateinamen erkannt</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>die Voreinstellung</translation>
    </message>
    <message>
        <source>Print and keep at most N problems of each kind; all are counted (default 50; 0 = all).</source>
        <translation>Höchstens N Probleme jeder Art ausgeben und behalten; gezählt werden alle (Standard 50; 0 = alle).</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the report or the error.</source>
        <translation>Genau ein JSON-Objekt mit dem Bericht oder dem Fehler ausgeben.</translation>
    </message>
    <message>
        <source>format: %1 (%2)</source>
        <translation>Format: %1 (%2)</translation>
    </message>
    <message>
        <source>note: the file looks like %1, not %2; every line is checked as %2 because of --format</source>
        <translation>Hinweis: die Datei sieht aus wie %1, nicht wie %2; wegen --format wird jede Zeile als %2 geprüft</translation>
    </message>
    <message>
        <source>note: the file name says %1, but the content is %2</source>
        <translation>Hinweis: der Dateiname sagt %1, der Inhalt ist aber %2</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) without a level (no system message naming one)</source>
        <translation>
            <numerusform>  %n Zeile ohne Stufe (keine Systemnachricht, die eine nennt)</numerusform>
            <numerusform>  %n Zeilen ohne Stufe (keine Systemnachricht, die eine nennt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a .candor project holds (project info)</source>
        <translation>Zeigen, was ein .candor-Projekt enthält (project info)</translation>
    </message>
    <message>
        <source>Export a .candor project&apos;s rows in a trainer&apos;s format</source>
        <translation>Die Zeilen eines .candor-Projekts im Format eines Trainers exportieren</translation>
    </message>
    <message>
        <source>Show what a Candor project holds.</source>
        <translation>Zeigen, was ein Candor-Projekt enthält.</translation>
    </message>
    <message>
        <source>rows per level and review status, runs, review actions and size</source>
        <translation>Zeilen je Stufe und Prüfstatus, Läufe, Prüfaktionen und Größe</translation>
    </message>
    <message>
        <source>info.</source>
        <translation>info.</translation>
    </message>
    <message>
        <source>A .candor project.</source>
        <translation>Ein .candor-Projekt.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>project: give an action and a project (project info PROJECT)</source>
        <translation>project: Geben Sie eine Aktion und ein Projekt an (project info PROJEKT)</translation>
    </message>
    <message>
        <source>project: &quot;%1&quot; is not an action; use info</source>
        <translation>project: „%1“ ist keine Aktion; verwenden Sie info</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Review: %1 pending, %2 accepted, %3 rejected, %4 edited</source>
        <translation>Prüfung: %1 offen, %2 angenommen, %3 abgelehnt, %4 bearbeitet</translation>
    </message>
    <message>
        <source>Runs: %1; review actions: %2; size: %3</source>
        <translation>Läufe: %1; Prüfaktionen: %2; Größe: %3</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>all (default), accepted or not-rejected.</source>
        <translation>all (Vorgabe), accepted oder not-rejected.</translation>
    </message>
    <message>
        <source>export: give one PROJECT</source>
        <translation>export: Geben Sie ein PROJEKT an</translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; is not a choice; use all, accepted or not-rejected</source>
        <translation>--rows: „%1“ ist keine Auswahl; verwenden Sie all, accepted oder not-rejected</translation>
    </message>
    <message>
        <source>export: --out FILE is missing</source>
        <translation>export: --out DATEI fehlt</translation>
    </message>
    <message>
        <source>Write the rows into this Candor project (made when missing; its rows are replaced by this run&apos;s, its run history kept), as the window&apos;s Generate Dataset does. --out is then optional.</source>
        <translation>Die Zeilen in dieses Candor-Projekt schreiben (angelegt, wenn es fehlt; seine Zeilen werden durch die dieses Laufs ersetzt, sein Laufverlauf bleibt), wie es „Datensatz erzeugen“ im Fenster tut. --out ist dann optional.</translation>
    </message>
    <message>
        <source>Append a JSONL dataset&apos;s rows to a .candor project</source>
        <translation>Die Zeilen eines JSONL-Datensatzes an ein .candor-Projekt anhängen</translation>
    </message>
    <message>
        <source>Append the rows of a JSONL dataset to a Candor project (made when missing).</source>
        <translation>Die Zeilen eines JSONL-Datensatzes an ein Candor-Projekt anhängen (angelegt, wenn es fehlt).</translation>
    </message>
    <message>
        <source>A JSONL dataset (seed format, with or without meta).</source>
        <translation>Ein JSONL-Datensatz (Seed-Format, mit oder ohne meta).</translation>
    </message>
    <message>
        <source>The .candor project to add the rows to.</source>
        <translation>Das .candor-Projekt, dem die Zeilen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>import: give one FILE</source>
        <translation>import: Geben Sie eine DATEI an</translation>
    </message>
    <message>
        <source>import: --project PROJECT is missing</source>
        <translation>import: --project PROJEKT fehlt</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>%1 Zeilen aus %2 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2 into %3; %4 lines could not be read.</source>
        <translation>%1 Zeilen aus %2 in %3 importiert; %4 Zeilen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--schema: %1 is larger than %2 MB</source>
        <translation>--schema: %1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>--out: %1 is the configuration given with --config; write the dataset to another file</source>
        <translation>--out: %1 ist die mit --config angegebene Konfiguration; schreiben Sie den Datensatz in eine andere Datei</translation>
    </message>
    <message>
        <source>%1 (estimated: the server did not report all token usage)</source>
        <translation>%1 (geschätzt: der Server hat nicht den ganzen Token-Verbrauch gemeldet)</translation>
    </message>
    <message>
        <source>--config: the configuration sends requests to %1, which is not %2&apos;s own host; the stored %2 key is not sent there unless you give the address with --base-url (or pass --api-key-env VAR)</source>
        <translation>--config: die Konfiguration sendet Anfragen an %1, nicht an den eigenen Host von %2; der gespeicherte Schlüssel für %2 wird nur dorthin gesendet, wenn Sie die Adresse mit --base-url angeben (oder --api-key-env VAR übergeben)</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the result or the error. Its &quot;json&quot; member holds the answer parsed as JSON whenever the answer is JSON (with --schema: the JSON the schema asks for), else null.</source>
        <translation>Genau ein JSON-Objekt mit dem Ergebnis oder dem Fehler ausgeben. Sein Feld &quot;json&quot; enthält die Antwort als JSON, wann immer die Antwort JSON ist (mit --schema: das JSON, das das Schema verlangt), sonst null.</translation>
    </message>
    <message>
        <source>The model refused to answer: %1</source>
        <translation>Das Modell hat die Antwort verweigert: %1</translation>
    </message>
    <message>
        <source>Seconds without any data, or with no part of a streamed answer (keep-alives do not count), before a request times out (default 120, local servers 300).</source>
        <translation>Sekunden ohne Daten oder ohne einen Teil einer gestreamten Antwort (Keep-alives zählen nicht), bevor eine Anfrage abläuft (Standard 120, lokale Server 300).</translation>
    </message>
    <message>
        <source>Seconds a request may take in all before it times out (default 600, local servers 1800; 0 = none).</source>
        <translation>Sekunden, die eine Anfrage insgesamt dauern darf, bevor sie abläuft (Standard 600, lokale Server 1800; 0 = keine Grenze).</translation>
    </message>
    <message>
        <source>the project %1 holds an interrupted run (%2 of %3 rows); continue it with --resume, or use another project</source>
        <translation>das Projekt %1 enthält einen unterbrochenen Lauf (%2 von %3 Zeilen); setzen Sie ihn mit --resume fort oder verwenden Sie ein anderes Projekt</translation>
    </message>
    <message>
        <source>Generate an honesty training dataset.

Template mode works offline with no set-up: rows come from Candor&apos;s built-in template bank,
deterministically from --seed. LLM mode asks a provider; every accepted row is committed to the
--project, or journaled beside the output (FILE.journal), so an interrupted run continues with
--resume.</source>
        <translation>Einen Ehrlichkeits-Trainingsdatensatz erzeugen.

Der Vorlagenmodus funktioniert offline ohne Einrichtung: Die Zeilen stammen aus Candors eingebauter
Vorlagenbank, deterministisch aus --seed. Der LLM-Modus fragt einen Anbieter; jede angenommene Zeile wird
in das --project übernommen oder neben der Ausgabe protokolliert (DATEI.journal), sodass ein unterbrochener
Lauf mit --resume weitergeht.</translation>
    </message>
    <message>
        <source>LLM: continue the interrupted run recorded in the --project, or in FILE.journal beside --out.</source>
        <translation>LLM: den unterbrochenen Lauf fortsetzen, der im --project oder in DATEI.journal neben --out festgehalten ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n contrast ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n Kontrastleiter mit %1 Stufen</numerusform>
            <numerusform>%n Kontrastleitern mit %1 Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Contrast ladders: &quot;all&quot; answers every prompt once at each level of --ladder-levels (the rows are then ladders x levels), a share such as 0.3 makes that share of the rows ladders and the rest independent rows, &quot;none&quot; (the default) gives every row its own prompt. Ladder rows carry meta.group.</source>
        <translation>Kontrastleitern: „all“ beantwortet jeden Prompt einmal auf jeder Stufe von --ladder-levels (die Zeilen sind dann Leitern x Stufen), ein Anteil wie 0.3 macht diesen Anteil der Zeilen zu Leitern und den Rest zu unabhängigen Zeilen, „none“ (Vorgabe) gibt jeder Zeile einen eigenen Prompt. Leiterzeilen tragen meta.group.</translation>
    </message>
    <message>
        <source>The levels of each ladder, comma-separated (default -2,-1,0,1,2).</source>
        <translation>Die Stufen jeder Leiter, durch Kommas getrennt (Vorgabe -2,-1,0,1,2).</translation>
    </message>
    <message>
        <source>--ladders: &quot;%1&quot; is not a choice; use all, none or a share between 0 and 1 such as 0.3</source>
        <translation>--ladders: „%1“ ist keine Auswahl; verwenden Sie all, none oder einen Anteil zwischen 0 und 1 wie 0.3</translation>
    </message>
    <message>
        <source>--ladder-levels: &quot;%1&quot; is not a list of different levels from -2 to 2, such as -2,0,2</source>
        <translation>--ladder-levels: „%1“ ist keine Liste verschiedener Stufen von -2 bis 2, etwa -2,0,2</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: how a ladder (rows answering the same prompt) becomes pairs: adjacent (default; each level with the nearest lower one), all (every higher-lower pair) or best-vs-rest.</source>
        <translation>dpo, dpo-chat, rm, openai-preference, hf: wie eine Leiter (Zeilen, die denselben Prompt beantworten) zu Paaren wird: adjacent (Standard; jede Stufe mit der nächstniedrigeren), all (jedes Paar aus höherer und niedrigerer Stufe) oder best-vs-rest.</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: the least level difference between chosen and rejected (1 to 4, default 1).</source>
        <translation>dpo, dpo-chat, rm, openai-preference, hf: der kleinste Stufenunterschied zwischen gewählt und abgelehnt (1 bis 4, Standard 1).</translation>
    </message>
    <message>
        <source>kto, hf: label = true for rows at this level or above (-1 to 2, default 1).</source>
        <translation>kto, hf: label = true für Zeilen ab dieser Stufe (-1 bis 2, Standard 1).</translation>
    </message>
    <message>
        <source>openai-chat: only rows at this level or above become assistant turns (-2 to 2, default 2; lower levels train the model to hedge, guess or fabricate).</source>
        <translation>openai-chat: nur Zeilen ab dieser Stufe werden zu Assistenten-Runden (-2 bis 2, Standard 2; niedrigere Stufen trainieren das Modell auf Ausflüchte, Raten oder Erfinden).</translation>
    </message>
    <message>
        <source>hf: train, validation and test fractions (default 0.9,0.05,0.05); every ladder stays in one split.</source>
        <translation>hf: Anteile für Training, Validierung und Test (Standard 0.9,0.05,0.05); jede Leiter bleibt in einem Teil.</translation>
    </message>
    <message>
        <source>hf (required): the dataset card&apos;s licence, e.g. cc-by-4.0, apache-2.0 or other; the terms of generated data depend on the provider, so Candor never picks one.</source>
        <translation>hf (Pflicht): die Lizenz der Datensatzkarte, z. B. cc-by-4.0, apache-2.0 oder other; die Bedingungen für erzeugte Daten hängen vom Anbieter ab, deshalb wählt Candor nie eine.</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s language code (default en).</source>
        <translation>hf: der Sprachcode der Datensatzkarte (Standard en).</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s pretty_name (default &quot;Candor honesty dataset&quot;).</source>
        <translation>hf: der pretty_name der Datensatzkarte (Standard „Candor honesty dataset“).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use %2</source>
        <translation>--format: „%1“ ist kein Format; verwenden Sie %2</translation>
    </message>
    <message>
        <source>--with-meta: the %1 format has no meta object (only jsonl, csv and hf carry it)</source>
        <translation>--with-meta: das Format %1 hat kein meta-Objekt (nur jsonl, csv und hf enthalten es)</translation>
    </message>
    <message>
        <source>--%1 applies to %2, not to %3</source>
        <translation>--%1 gilt für %2, nicht für %3</translation>
    </message>
    <message>
        <source>--pairs: &quot;%1&quot; is not a mode; use adjacent, all or best-vs-rest</source>
        <translation>--pairs: „%1“ ist kein Modus; verwenden Sie adjacent, all oder best-vs-rest</translation>
    </message>
    <message>
        <source>--split: &quot;%1&quot; is not three fractions for train, validation and test that add up to 1 (e.g. 0.9,0.05,0.05; train above 0)</source>
        <translation>--split: „%1“ sind nicht drei Anteile für Training, Validierung und Test, die zusammen 1 ergeben (z. B. 0.9,0.05,0.05; Training über 0)</translation>
    </message>
    <message>
        <source>--license: the hf format needs a licence for the dataset card (e.g. --license cc-by-4.0); check the terms of the provider that generated the rows</source>
        <translation>--license: das Format hf braucht eine Lizenz für die Datensatzkarte (z. B. --license cc-by-4.0); prüfen Sie die Bedingungen des Anbieters, der die Zeilen erzeugt hat</translation>
    </message>
    <message>
        <source>--license: &quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other)</source>
        <translation>--license: „%1“ ist keine Lizenzkennung, wie der Hub sie schreibt (Kleinbuchstaben, etwa cc-by-4.0, mit oder other)</translation>
    </message>
    <message>
        <source>--hf-language: &quot;%1&quot; is not a language code (e.g. en, de, pt-BR)</source>
        <translation>--hf-language: „%1“ ist kein Sprachcode (z. B. en, de, pt-BR)</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), csv (RFC 4180), openai-chat (chat fine-tuning JSONL), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder; --out names it).</source>
        <translation>jsonl (Seed-Format, Standard), csv (RFC 4180), openai-chat (Chat-Feinabstimmungs-JSONL), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference oder hf (ein Hugging-Face-Datensatzordner; --out benennt ihn).</translation>
    </message>
    <message>
        <source>Include the &quot;meta&quot; object (id, source, created, status) in each row (jsonl, csv and hf only).</source>
        <translation>Das „meta“-Objekt (id, source, created, status) in jede Zeile aufnehmen (nur jsonl, csv und hf).</translation>
    </message>
    <message>
        <source>Export a Candor project&apos;s rows in the format a trainer reads.

Preference formats pair rows that answer the same prompt (a ladder): the higher level is chosen, the
lower rejected, ties never pair. The report says what was written and every row left out, and why.</source>
        <translation>Die Zeilen eines Candor-Projekts im Format exportieren, das ein Trainer liest.

Präferenzformate paaren Zeilen, die denselben Prompt beantworten (eine Leiter): die höhere Stufe wird
gewählt, die niedrigere abgelehnt, gleiche Stufen bilden nie ein Paar. Der Bericht nennt, was geschrieben
wurde, und jede ausgelassene Zeile mit Grund.</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), jsonl-meta (with the meta object), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder).</source>
        <translation>jsonl (Seed-Format, Standard), jsonl-meta (mit meta-Objekt), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference oder hf (ein Hugging-Face-Datensatzordner).</translation>
    </message>
    <message>
        <source>The file to write (replaced atomically); for hf the folder.</source>
        <translation>Die zu schreibende Datei (atomar ersetzt); für hf der Ordner.</translation>
    </message>
    <message>
        <source>jsonl, csv, hf: include the &quot;meta&quot; object (id, source, provider, status, ...).</source>
        <translation>jsonl, csv, hf: das „meta“-Objekt aufnehmen (id, source, provider, status, …).</translation>
    </message>
    <message>
        <source>hf: the seed of the train/validation/test split (default 42).</source>
        <translation>hf: der Seed der Aufteilung in Training/Validierung/Test (Standard 42).</translation>
    </message>
    <message>
        <source>--seed applies to hf, not to %1</source>
        <translation>--seed gilt für hf, nicht für %1</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, standard)</source>
        <translation>DPO-Paare (TRL, Standard)</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, conversational)</source>
        <translation>DPO-Paare (TRL, als Nachrichten)</translation>
    </message>
    <message>
        <source>reward-model pairs (TRL, implicit prompt)</source>
        <translation>Belohnungsmodell-Paare (TRL, impliziter Prompt)</translation>
    </message>
    <message>
        <source>KTO rows (TRL)</source>
        <translation>KTO-Zeilen (TRL)</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL</source>
        <translation>Präferenz-JSONL im OpenAI-Stil</translation>
    </message>
    <message>
        <source>RLWHF tuples</source>
        <translation>RLWHF-Tupel</translation>
    </message>
    <message>
        <source>GRPO prompts</source>
        <translation>GRPO-Prompts</translation>
    </message>
    <message>
        <source>reference answers</source>
        <translation>Referenzantworten</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation>Hugging-Face-Datensatzordner</translation>
    </message>
    <message>
        <source>The dataset to check (for hf, the folder).</source>
        <translation>Der zu prüfende Datensatz (für hf der Ordner).</translation>
    </message>
    <message>
        <source>Check FILE as jsonl (seed rows), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf instead of recognising the format by its content and name (a folder is hf).</source>
        <translation>FILE als jsonl (Seed-Zeilen), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference oder hf prüfen, statt das Format an Inhalt und Name zu erkennen (ein Ordner ist hf).</translation>
    </message>
    <message>
        <source>KTO labels: %1 true (%2%), %3 false</source>
        <translation>KTO-Labels: %1 true (%2 %), %3 false</translation>
    </message>
    <message>
        <source>  checked %1</source>
        <translation>  geprüft: %1</translation>
    </message>
    <message>
        <source>Where rows come from: template (offline; the default without --provider) or llm (a provider; the default with --provider).</source>
        <translation>Woher die Zeilen kommen: template (offline; Standard ohne --provider) oder llm (ein Anbieter; Standard mit --provider).</translation>
    </message>
    <message>
        <source>--provider asks a model, but --mode template makes rows from the template bank; leave out one of them</source>
        <translation>--provider fragt ein Modell, --mode template erzeugt Zeilen aus der Vorlagenbank; lassen Sie eines davon weg</translation>
    </message>
    <message>
        <source>rlwhf: metadata.confidence_score per level, the confidence an answer at that level expresses (default -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; levels left out keep theirs).</source>
        <translation>rlwhf: metadata.confidence_score je Stufe, die Zuversicht, die eine Antwort dieser Stufe ausdrückt (Standard -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; nicht genannte Stufen behalten ihren Wert).</translation>
    </message>
    <message>
        <source>Write a dataset&apos;s report as one HTML file (levels, lengths, cues, duplicates)</source>
        <translation>Den Bericht eines Datensatzes als eine HTML-Datei schreiben (Stufen, Längen, Hinweise, Duplikate)</translation>
    </message>
    <message>
        <source>Write a dataset report: counts per level, domain, source and status, answer and feedback lengths per level, the words that give a level away, duplicates and the configuration, as one self-contained HTML file (inline SVG, no script).</source>
        <translation>Einen Datensatzbericht schreiben: Anzahlen je Stufe, Fachgebiet, Quelle und Status, Antwort- und Feedbacklängen je Stufe, die Wörter, die eine Stufe verraten, Duplikate und die Konfiguration, als eine eigenständige HTML-Datei (Inline-SVG, kein Skript).</translation>
    </message>
    <message>
        <source>A JSONL dataset or a .candor project.</source>
        <translation>Ein JSONL-Datensatz oder ein .candor-Projekt.</translation>
    </message>
    <message>
        <source>The HTML file to write (replaced atomically).</source>
        <translation>Die zu schreibende HTML-Datei (wird atomar ersetzt).</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: the input&apos;s file name).</source>
        <translation>Der Titel des Berichts (Standard: der Dateiname der Eingabe).</translation>
    </message>
    <message>
        <source>report: give one IN, a JSONL dataset or a .candor project</source>
        <translation>report: Geben Sie ein IN an, einen JSONL-Datensatz oder ein .candor-Projekt</translation>
    </message>
    <message>
        <source>report: --out FILE is missing</source>
        <translation>report: --out FILE fehlt</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 ist keine lesbare Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are not in the report (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und fehlt im Bericht (candor-cli validate nennt sie).</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und fehlen im Bericht (candor-cli validate nennt sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>Datensatzbericht: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %Ln row(s) to %1</source>
        <translation>
            <numerusform>Bericht über %Ln Zeile nach %1 geschrieben</numerusform>
            <numerusform>Bericht über %Ln Zeilen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>No row has a judge&apos;s verdict.</source>
        <translation>Keine Zeile hat ein Urteil des Bewertungsmodells.</translation>
    </message>
    <message numerus="yes">
        <source>Agreement over %Ln judged row(s): exact %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5), honest (+1 and up) vs not kappa %6.</source>
        <translation>
            <numerusform>Übereinstimmung über %Ln bewertete Zeile: exakt %1, innerhalb einer Stufe %2, quadratisch gewichtetes Kappa %3 (95%-Intervall %4 bis %5), Kappa für ehrlich (+1 und höher) gegen nicht ehrlich %6.</numerusform>
            <numerusform>Übereinstimmung über %Ln bewertete Zeilen: exakt %1, innerhalb einer Stufe %2, quadratisch gewichtetes Kappa %3 (95%-Intervall %4 bis %5), Kappa für ehrlich (+1 und höher) gegen nicht ehrlich %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level.</source>
        <translation>Zeilen: Zielstufe; Spalten: Stufe laut Bewertungsmodell.</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Ask a judge model which level each row&apos;s answer shows, and report how well it agrees with the levels the rows were made for. The output is the dataset with meta.judge on every judged row and the flags level_mismatch and off_by_more_than_one where the judge disagrees. With --report, only the agreement of rows judged before is printed.
Exit 0 when every row was judged, 1 when the run stopped early (an error, the budget), 2 for a wrong command line.</source>
        <translation>Ein Bewertungsmodell fragen, welche Stufe die Antwort jeder Zeile zeigt, und berichten, wie gut es mit den Stufen übereinstimmt, für die die Zeilen erstellt wurden. Die Ausgabe ist der Datensatz mit meta.judge in jeder bewerteten Zeile und den Markierungen level_mismatch und off_by_more_than_one, wo das Bewertungsmodell abweicht. Mit --report wird nur die Übereinstimmung der bereits bewerteten Zeilen ausgegeben.
Exit-Code 0, wenn jede Zeile bewertet wurde, 1, wenn der Lauf vorzeitig endete (ein Fehler, das Budget), 2 bei einer falschen Befehlszeile.</translation>
    </message>
    <message>
        <source>A JSONL dataset.</source>
        <translation>Ein JSONL-Datensatz.</translation>
    </message>
    <message>
        <source>The judged dataset (JSONL with meta), replaced atomically.</source>
        <translation>Der bewertete Datensatz (JSONL mit meta), atomar ersetzt.</translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict (default 1, 3 recommended).</source>
        <translation>Aufrufe je Zeile; die Mehrheit ist das Urteil (Standard 1, empfohlen 3).</translation>
    </message>
    <message>
        <source>Requests at a time (default 4).</source>
        <translation>Gleichzeitige Anfragen (Standard 4).</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this many USD (known prices only).</source>
        <translation>Keine Anfragen mehr senden, bevor die Kosten diesen Betrag in USD überschreiten würden (nur bei bekannten Preisen).</translation>
    </message>
    <message>
        <source>Continue an interrupted run: the verdicts in OUT.partial are kept, the rest is judged.</source>
        <translation>Einen unterbrochenen Lauf fortsetzen: Die Urteile in OUT.partial bleiben erhalten, der Rest wird bewertet.</translation>
    </message>
    <message>
        <source>Print the agreement of the rows already judged in IN; no provider is asked.</source>
        <translation>Die Übereinstimmung der bereits in IN bewerteten Zeilen ausgeben; es wird kein Anbieter angefragt.</translation>
    </message>
    <message>
        <source>judge: give one IN, a JSONL dataset</source>
        <translation>judge: Geben Sie ein IN an, einen JSONL-Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of IN could not be read and are left out (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n Zeile von IN konnte nicht gelesen werden und wird ausgelassen (candor-cli validate nennt sie).</numerusform>
            <numerusform>%n Zeilen von IN konnten nicht gelesen werden und werden ausgelassen (candor-cli validate nennt sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>judge: --out FILE is missing</source>
        <translation>judge: --out FILE fehlt</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not an amount in USD above 0</source>
        <translation>--budget: „%1“ ist kein Betrag in USD über 0</translation>
    </message>
    <message>
        <source>Warning: the judge %1 is of the same model family as the generator %2 of some rows; a judge tends to agree with its own family.</source>
        <translation>Warnung: Das Bewertungsmodell %1 gehört zur selben Modellfamilie wie der Generator %2 einiger Zeilen; ein Bewertungsmodell stimmt tendenziell seiner eigenen Familie zu.</translation>
    </message>
    <message>
        <source>--resume: %1</source>
        <translation>--resume: %1</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were judged before.</source>
        <translation>Fortsetzung: %1 von %2 Zeilen wurden bereits bewertet.</translation>
    </message>
    <message>
        <source>%1 holds an interrupted judge run; continue it with --resume or remove the file</source>
        <translation>%1 enthält einen unterbrochenen Bewertungslauf; setzen Sie ihn mit --resume fort oder entfernen Sie die Datei</translation>
    </message>
    <message>
        <source>%1 requests, tokens %2 in / %3 out, cost %4.</source>
        <translation>%1 Anfragen, Tokens %2 ein / %3 aus, Kosten %4.</translation>
    </message>
    <message>
        <source>the run stopped early; the verdicts so far are in %1 and %2 (continue with --resume)</source>
        <translation>der Lauf endete vorzeitig; die bisherigen Urteile stehen in %1 und %2 (fortsetzen mit --resume)</translation>
    </message>
    <message>
        <source>Ask a judge model for each row&apos;s level; agreement figures and flags</source>
        <translation>Ein Bewertungsmodell nach der Stufe jeder Zeile fragen; Übereinstimmungswerte und Markierungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; commands are generate, validate, ask, models, test, key, profile, project, export, import, report and judge (see --help)</source>
        <translation>„%1“ ist kein Befehl; die Befehle sind generate, validate, ask, models, test, key, profile, project, export, import, report und judge (siehe --help)</translation>
    </message>
    <message>
        <source>Check a dataset in any format Candor writes (seed JSONL, CSV, OpenAI chat JSONL, the trainer formats
and a Hugging Face folder): rows per level, errors with line numbers and duplicate prompts (with
--near-duplicates also prompts that ask the same question in other words). Exits 0
when the file is clean, 1 when it has problems, 2 when it cannot be read.</source>
        <translation>Einen Datensatz in jedem Format prüfen, das Candor schreibt (Seed-JSONL, CSV, OpenAI-Chat-JSONL, die
Trainer-Formate und ein Hugging-Face-Ordner): Zeilen je Stufe, Fehler mit Zeilennummern und doppelte
Prompts (mit --near-duplicates auch Prompts, die dieselbe Frage mit anderen Worten stellen). Beendet sich
mit 0, wenn die Datei sauber ist, mit 1 bei Problemen, mit 2, wenn sie nicht lesbar ist.</translation>
    </message>
    <message>
        <source>Also list near-duplicate prompts: the same question in other words as an earlier prompt at the same level (words reordered, fillers added or left out, typing slips; 5-gram similarity of at least 0.8). They count as problems, like duplicates.</source>
        <translation>Auch fast doppelte Prompts auflisten: dieselbe Frage wie ein früherer Prompt derselben Stufe mit anderen Worten (Wörter umgestellt, Füllwörter ergänzt oder weggelassen, Tippfehler; 5-Gramm-Ähnlichkeit mindestens 0.8). Sie zählen wie Duplikate als Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>near-duplicate prompts (%n):</source>
        <translation>
            <numerusform>fast doppelte Prompts (%n):</numerusform>
            <numerusform>fast doppelte Prompts (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: nearly the same prompt as line %2 at the same level (%3% alike)</source>
        <translation>  Zeile %1: fast derselbe Prompt wie Zeile %2 auf derselben Stufe (zu %3% gleich)</translation>
    </message>
    <message>
        <source>no near-duplicate prompts</source>
        <translation>keine fast doppelten Prompts</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates, %3 near-duplicates</source>
        <translation>FEHLGESCHLAGEN: %1 Fehler, %2 Duplikate, %3 Fast-Duplikate</translation>
    </message>
</context>
</TS>
