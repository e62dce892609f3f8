<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export dataset</source>
        <translation>Exporter le jeu de données</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Seed JSONL</source>
        <translation>JSONL d’amorce</translation>
    </message>
    <message>
        <source>JSONL with meta</source>
        <translation>JSONL avec métadonnées</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>Which rows of the review to export.</source>
        <translation>Les lignes de la relecture à exporter.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Accepted rows only</source>
        <translation>Lignes acceptées uniquement</translation>
    </message>
    <message>
        <source>All but rejected rows</source>
        <translation>Toutes sauf les lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>The file to write; it is replaced atomically.</source>
        <translation>Le fichier à écrire ; il est remplacé de façon atomique.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Choisir le fichier.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Résumé de l’export</translation>
    </message>
    <message>
        <source>The file format: seed rows, supervised chat turns, preference pairs for a trainer, or a Hugging Face dataset folder.</source>
        <translation>Le format du fichier : lignes d’amorce, tours de chat supervisés, paires de préférence pour un entraîneur ou un dossier de jeu de données Hugging Face.</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning JSONL (SFT)</source>
        <translation>JSONL d’affinage de chat OpenAI (SFT)</translation>
    </message>
    <message>
        <source>DPO pairs (TRL DPOTrainer)</source>
        <translation>Paires DPO (TRL DPOTrainer)</translation>
    </message>
    <message>
        <source>DPO pairs, conversational (TRL DPOTrainer)</source>
        <translation>Paires DPO conversationnelles (TRL DPOTrainer)</translation>
    </message>
    <message>
        <source>Reward-model pairs with margin (TRL RewardTrainer)</source>
        <translation>Paires pour modèle de récompense avec marge (TRL RewardTrainer)</translation>
    </message>
    <message>
        <source>KTO rows (TRL KTOTrainer)</source>
        <translation>Lignes KTO (TRL KTOTrainer)</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL (OpenAI, Together, Fireworks)</source>
        <translation>JSONL de préférences au style OpenAI (OpenAI, Together, Fireworks)</translation>
    </message>
    <message>
        <source>RLWHF tuples</source>
        <translation>Tuples RLWHF</translation>
    </message>
    <message>
        <source>GRPO prompts (TRL GRPOTrainer)</source>
        <translation>Prompts GRPO (TRL GRPOTrainer)</translation>
    </message>
    <message>
        <source>Reference answers (+2 rows)</source>
        <translation>Réponses de référence (lignes +2)</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder with card</source>
        <translation>Dossier de jeu de données Hugging Face avec fiche</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>&amp;Paires :</translation>
    </message>
    <message>
        <source>How rows that answer the same prompt become pairs; the higher level is chosen, ties never pair.</source>
        <translation>Comment les lignes qui répondent au même prompt deviennent des paires ; le niveau le plus haut est choisi, les ex æquo ne sont jamais appariés.</translation>
    </message>
    <message>
        <source>Adjacent levels (+2&gt;+1, +1&gt;0, …)</source>
        <translation>Niveaux adjacents (+2&gt;+1, +1&gt;0, …)</translation>
    </message>
    <message>
        <source>Every higher-lower pair (10 per full ladder)</source>
        <translation>Chaque paire niveau haut–niveau bas (10 par échelle complète)</translation>
    </message>
    <message>
        <source>Best against each lower level</source>
        <translation>Le meilleur contre chaque niveau inférieur</translation>
    </message>
    <message>
        <source>Minimum &amp;margin:</source>
        <translation>&amp;Marge minimale :</translation>
    </message>
    <message>
        <source>The least level difference between the chosen and the rejected answer.</source>
        <translation>La plus petite différence de niveau entre la réponse choisie et la réponse rejetée.</translation>
    </message>
    <message>
        <source>&amp;Desirable from level:</source>
        <translation>&amp;Souhaitable à partir du niveau :</translation>
    </message>
    <message>
        <source>KTO label: rows at this level or above are desirable (true), the rest undesirable.</source>
        <translation>Étiquette KTO : les lignes de ce niveau ou au-dessus sont souhaitables (true), les autres non souhaitables.</translation>
    </message>
    <message>
        <source>Assistant &amp;turns from level:</source>
        <translation>&amp;Tours de l’assistant à partir du niveau :</translation>
    </message>
    <message>
        <source>Only rows at this level or above become assistant turns; +2 teaches fully correct answers only.</source>
        <translation>Seules les lignes de ce niveau ou au-dessus deviennent des tours de l’assistant ; +2 n’enseigne que des réponses entièrement correctes.</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence :</translation>
    </message>
    <message>
        <source>Required: the dataset card&apos;s licence identifier, e.g. cc-by-4.0, apache-2.0 or other. Check the terms of the provider that generated the rows.</source>
        <translation>Obligatoire : l’identifiant de licence de la fiche du jeu de données, p. ex. cc-by-4.0, apache-2.0 ou other. Vérifiez les conditions du fournisseur qui a généré les lignes.</translation>
    </message>
    <message>
        <source>e.g. cc-by-4.0 (required)</source>
        <translation>p. ex. cc-by-4.0 (obligatoire)</translation>
    </message>
    <message>
        <source>Spl&amp;it:</source>
        <translation>&amp;Découpage :</translation>
    </message>
    <message>
        <source>Train, validation and test fractions; every ladder stays inside one split.</source>
        <translation>Fractions d’entraînement, de validation et de test ; chaque échelle reste dans une seule partie.</translation>
    </message>
    <message>
        <source>S&amp;huffle seed:</source>
        <translation>Graine de &amp;mélange :</translation>
    </message>
    <message>
        <source>The same seed and rows give the same split.</source>
        <translation>La même graine et les mêmes lignes donnent le même découpage.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport d’export</translation>
    </message>
    <message>
        <source>What the export wrote: rows or pairs per level and kind, and every row left out, with the reason.</source>
        <translation>Ce que l’export a écrit : lignes ou paires par niveau et par type, et chaque ligne écartée avec sa raison.</translation>
    </message>
    <message>
        <source>Expressed &amp;confidence:</source>
        <translation>&amp;Assurance exprimée :</translation>
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
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;ode :</translation>
    </message>
    <message>
        <source>Templates work offline with no set-up; LLM asks a provider.</source>
        <translation>Les modèles de texte fonctionnent hors ligne sans configuration ; LLM interroge un fournisseur.</translation>
    </message>
    <message>
        <source>Generation mode</source>
        <translation>Mode de génération</translation>
    </message>
    <message>
        <source>Templates (offline)</source>
        <translation>Modèles de texte (hors ligne)</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>How many rows the dataset has in total.</source>
        <translation>Le nombre total de lignes du jeu de données.</translation>
    </message>
    <message>
        <source>Rows per level of the honesty rubric, as counts or shares.</source>
        <translation>Lignes par niveau de la grille d’honnêteté, en nombres ou en proportions.</translation>
    </message>
    <message>
        <source>Reward distribution</source>
        <translation>Répartition des récompenses</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>A domain such as history or medicine, or any free-text topic; several topics are separated by semicolons; empty uses every domain.</source>
        <translation>Un domaine comme l’histoire ou la médecine, ou n’importe quel sujet libre ; plusieurs sujets sont séparés par des points-virgules ; vide utilise tous les domaines.</translation>
    </message>
    <message>
        <source>all domains</source>
        <translation>tous les domaines</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>The same seed and settings give the same dataset.</source>
        <translation>La même graine et les mêmes réglages donnent le même jeu de données.</translation>
    </message>
    <message>
        <source>Add a [SEARCH:query] hint to every row.</source>
        <translation>Ajouter une indication [SEARCH:requête] à chaque ligne.</translation>
    </message>
    <message>
        <source>Search &amp;hints</source>
        <translation>Indications de &amp;recherche</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>Rédiger des réponses plus longues et plus détaillées.</translation>
    </message>
    <message>
        <source>&amp;Long-form answers</source>
        <translation>Réponses &amp;longues</translation>
    </message>
    <message>
        <source>Advanced (LLM)</source>
        <translation>Avancé (LLM)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille des &amp;lots :</translation>
    </message>
    <message>
        <source>Rows asked for in one request.</source>
        <translation>Lignes demandées par requête.</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Concurrence :</translation>
    </message>
    <message>
        <source>Requests sent at once; Candor lowers it by itself when the provider rate-limits.</source>
        <translation>Requêtes envoyées simultanément ; Candor réduit ce nombre de lui-même quand le fournisseur limite le débit.</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <source>Higher values give more varied rows.</source>
        <translation>Des valeurs plus élevées donnent des lignes plus variées.</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Jetons &amp;max. :</translation>
    </message>
    <message>
        <source>The most tokens one answer may use.</source>
        <translation>Le nombre maximal de jetons qu’une réponse peut utiliser.</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget :</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>aucun plafond</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this amount; 0 means no cap.</source>
        <translation>Arrêter d’envoyer des requêtes avant que le coût ne dépasse ce montant ; 0 signifie aucun plafond.</translation>
    </message>
    <message>
        <source>Stre&amp;am answers</source>
        <translation>Réponses en &amp;flux</translation>
    </message>
    <message>
        <source>Take rows as they stream in, so they appear at once.</source>
        <translation>Prendre les lignes au fil du flux, pour qu’elles apparaissent aussitôt.</translation>
    </message>
    <message>
        <source>&amp;Fill shortfalls from templates</source>
        <translation>&amp;Compléter les manques à partir des modèles de texte</translation>
    </message>
    <message>
        <source>When the model cannot deliver enough valid rows, fill the rest offline (marked fallback).</source>
        <translation>Quand le modèle ne fournit pas assez de lignes valides, compléter le reste hors ligne (marqué secours).</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Estimation du coût</translation>
    </message>
    <message>
        <source>Generate a small sample first, to spot-check prompts and model before spending on the whole dataset.</source>
        <translation>Générez d’abord un petit échantillon pour vérifier les prompts et le modèle avant de payer pour tout le jeu de données.</translation>
    </message>
    <message>
        <source>Pre&amp;view Sample</source>
        <translation>&amp;Aperçu d’un échantillon</translation>
    </message>
    <message>
        <source>How many sample rows each level gets in a preview.</source>
        <translation>Le nombre de lignes d’échantillon par niveau dans un aperçu.</translation>
    </message>
    <message>
        <source>Sample rows per level</source>
        <translation>Lignes d’échantillon par niveau</translation>
    </message>
    <message>
        <source> per level</source>
        <translation> par niveau</translation>
    </message>
    <message>
        <source>Generate the whole dataset with the settings above.</source>
        <translation>Générer tout le jeu de données avec les réglages ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Generate Dataset</source>
        <translation>&amp;Générer le jeu de données</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Let requests in flight finish and start no new ones.</source>
        <translation>Laisser se terminer les requêtes en cours et n’en lancer aucune nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the run at once; the rows so far are kept.</source>
        <translation>Arrêter l’exécution immédiatement ; les lignes obtenues sont conservées.</translation>
    </message>
    <message>
        <source>Save the rows as seed-format JSONL, JSONL with meta, CSV or OpenAI chat fine-tuning JSONL.</source>
        <translation>Enregistrer les lignes en JSONL d’amorce, JSONL avec métadonnées, CSV ou JSONL d’affinage de chat OpenAI.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progression de l’exécution</translation>
    </message>
    <message>
        <source>Rows accepted so far out of the rows asked for.</source>
        <translation>Lignes acceptées jusqu’ici sur les lignes demandées.</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>État de l’exécution</translation>
    </message>
    <message>
        <source>Show every message of the runs so far: retries, rate limits, errors by kind.</source>
        <translation>Afficher tous les messages des exécutions jusqu’ici : nouvelles tentatives, limites de débit, erreurs par type.</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>&amp;Journal d’exécution…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Start again from the default settings.</source>
        <translation>Recommencer avec les réglages par défaut.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a .candor project with its settings and prompt templates.</source>
        <translation>Ouvrir un projet .candor avec ses réglages et ses modèles de prompt.</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save the settings and prompt templates (never API keys).</source>
        <translation>Enregistrer les réglages et les modèles de prompt (jamais les clés d’API).</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Ouvrir un &amp;jeu de données…</translation>
    </message>
    <message>
        <source>Load an existing JSONL dataset for review.</source>
        <translation>Charger un jeu de données JSONL existant pour le relire.</translation>
    </message>
    <message>
        <source>Edit &amp;Prompt Templates…</source>
        <translation>Modifier les modèles de &amp;prompt…</translation>
    </message>
    <message>
        <source>Edit the instructions sent to the model for each level.</source>
        <translation>Modifier les instructions envoyées au modèle pour chaque niveau.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>À &amp;propos de Candor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Do what the message above offers.</source>
        <translation>Faire ce que propose le message ci-dessus.</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Masquer ce message.</translation>
    </message>
    <message>
        <source>The language the generated rows are written in, in English words (e.g. German, Brazilian Portuguese).</source>
        <translation>La langue dans laquelle les lignes générées sont écrites, en mots anglais (p. ex. German, Brazilian Portuguese).</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts :</translation>
    </message>
    <message>
        <source>Independent rows give every row its own prompt; contrast ladders answer one prompt at every chosen level (what DPO and reward-model training compare); a mix makes a share of the rows ladders.</source>
        <translation>Les lignes indépendantes donnent à chaque ligne son propre prompt ; les échelles de contraste répondent à un prompt à chaque niveau choisi (ce que comparent l’entraînement DPO et les modèles de récompense) ; un mélange fait d’une part des lignes des échelles.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>Lignes indépendantes</translation>
    </message>
    <message>
        <source>Contrast ladders</source>
        <translation>Échelles de contraste</translation>
    </message>
    <message>
        <source>Mix of both</source>
        <translation>Mélange des deux</translation>
    </message>
    <message>
        <source>The share of the rows that are ladders; the other rows are independent.</source>
        <translation>La part des lignes qui sont des échelles ; les autres lignes sont indépendantes.</translation>
    </message>
    <message>
        <source>Share of rows in ladders</source>
        <translation>Part des lignes en échelles</translation>
    </message>
    <message>
        <source> % ladders</source>
        <translation> % d’échelles</translation>
    </message>
    <message>
        <source>Ladder le&amp;vels:</source>
        <translation>Ni&amp;veaux d’échelle :</translation>
    </message>
    <message>
        <source>Ladder levels</source>
        <translation>Niveaux d’échelle</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>Which service generates the rows.</source>
        <translation>Le service qui génère les lignes.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point d’accès :</translation>
    </message>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>L’adresse de l’API du fournisseur ; modifiez-la pour un proxy ou un serveur auto-hébergé.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point d’accès</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>The model id; Refresh lists what the endpoint offers.</source>
        <translation>L’identifiant du modèle ; Actualiser liste ce que propose le point d’accès.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch the model list from the endpoint.</source>
        <translation>Récupérer la liste des modèles depuis le point d’accès.</translation>
    </message>
    <message>
        <source>Refresh model list</source>
        <translation>Actualiser la liste des modèles</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>The provider&apos;s API key; stored only in the system keychain.</source>
        <translation>La clé d’API du fournisseur ; enregistrée uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the typed key while the button is down.</source>
        <translation>Afficher la clé saisie tant que le bouton est enfoncé.</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Afficher la clé d’API</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Store the key in the system keychain.</source>
        <translation>Enregistrer la clé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Save API key to keychain</source>
        <translation>Enregistrer la clé d’API dans le trousseau</translation>
    </message>
    <message>
        <source>API key state</source>
        <translation>État de la clé d’API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Check that the endpoint answers and accepts the key.</source>
        <translation>Vérifier que le point d’accès répond et accepte la clé.</translation>
    </message>
    <message>
        <source>Connection verdict</source>
        <translation>Verdict de la connexion</translation>
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
        <translation>%1 a répondu : « %2 »</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
    <message>
        <source>an HTML page &quot;%1&quot;</source>
        <translation>une page HTML « %1 »</translation>
    </message>
    <message>
        <source>%1 could not be reached: a proxy or gateway answered HTTP %2 with %3 instead of the provider&apos;s reply. This is usually temporary; retrying usually helps.</source>
        <translation>%1 est injoignable : un proxy ou une passerelle a répondu HTTP %2 avec %3 au lieu de la réponse du fournisseur. C’est généralement temporaire ; réessayer suffit généralement.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway is rate-limiting requests (HTTP 429, %2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1 : un proxy ou une passerelle limite le débit des requêtes (HTTP 429, %2). Attendez %DELAY% avant de réessayer ou réduisez la concurrence.</translation>
    </message>
    <message>
        <source>%1: the request is too large for a proxy or gateway (HTTP 413, %2). Ask for fewer rows per request.</source>
        <translation>%1 : la requête est trop volumineuse pour un proxy ou une passerelle (HTTP 413, %2). Demandez moins de lignes par requête.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway asks for credentials (HTTP %2, %3). Check the base URL and proxy settings.</source>
        <translation>%1 : un proxy ou une passerelle demande des identifiants (HTTP %2, %3). Vérifiez l’URL de base et les réglages du proxy.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway timed out (HTTP 408, %2). Retrying usually helps.</source>
        <translation>%1 : un proxy ou une passerelle a expiré (HTTP 408, %2). Réessayer suffit généralement.</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 with %3 instead of an API reply. Check the base URL, VPN and proxy settings.</source>
        <translation>%1 : le serveur a répondu HTTP %2 avec %3 au lieu d’une réponse d’API. Vérifiez l’URL de base et les réglages VPN et proxy.</translation>
    </message>
    <message>
        <source>no model is loaded</source>
        <translation>aucun modèle n’est chargé</translation>
    </message>
    <message>
        <source>loaded: %1</source>
        <translation>chargé : %1</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; running (%3). Start that model in %1 or choose a loaded one.</source>
        <translation>%1 n’a pas de modèle « %2 » en cours d’exécution (%3). Lancez ce modèle dans %1 ou choisissez-en un chargé.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (%2). Store a new key for this provider.</source>
        <translation>%1 a rejeté la clé d’API (%2). Enregistrez une nouvelle clé pour ce fournisseur.</translation>
    </message>
    <message>
        <source>%1: the prompt plus the requested answer do not fit the model&apos;s context window (%2). Ask for fewer rows per request or lower max tokens.</source>
        <translation>%1 : le prompt et la réponse demandée ne tiennent pas dans la fenêtre de contexte du modèle (%2). Demandez moins de lignes par requête ou réduisez les jetons max.</translation>
    </message>
    <message>
        <source>%1: rate limit reached (%2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1 : limite de débit atteinte (%2). Attendez %DELAY% avant de réessayer ou réduisez la concurrence.</translation>
    </message>
    <message>
        <source>%1: your quota is used up (%2). Check your plan and billing; retrying will not help.</source>
        <translation>%1 : votre quota est épuisé (%2). Vérifiez votre forfait et la facturation ; réessayer ne servira à rien.</translation>
    </message>
    <message>
        <source>%1 is overloaded (%2). Retry in a little while or lower the concurrency.</source>
        <translation>%1 est surchargé (%2). Réessayez dans un moment ou réduisez la concurrence.</translation>
    </message>
    <message>
        <source>%1&apos;s model worker failed, probably out of GPU memory (%2). Retrying may help; otherwise lower max tokens or the concurrency.</source>
        <translation>Le processus de modèle de %1 a échoué, probablement par manque de mémoire GPU (%2). Réessayer peut aider ; sinon réduisez les jetons max. ou la concurrence.</translation>
    </message>
    <message>
        <source>%1 has no model worker answering (%2). Check that a model is running in %1; retrying may help.</source>
        <translation>Aucun processus de modèle de %1 ne répond (%2). Vérifiez qu’un modèle tourne dans %1 ; réessayer peut aider.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; try again later.</source>
        <translation>%1 a rencontré une erreur interne (%2). C’est généralement temporaire ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens) for this provider.</source>
        <translation>%1 a rejeté la requête (%2). Vérifiez les réglages du modèle (température, jetons max.) pour ce fournisseur.</translation>
    </message>
    <message>
        <source>%1 does not serve your country, region or territory (%2). Use another provider.</source>
        <translation>%1 ne dessert pas votre pays, région ou territoire (%2). Utilisez un autre fournisseur.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP %2). Store a new key for this provider.</source>
        <translation>%1 a rejeté la clé d’API (HTTP %2). Enregistrez une nouvelle clé pour ce fournisseur.</translation>
    </message>
    <message>
        <source>%1 refused this request with the stored key (%2). Check that the key&apos;s account or project may use this model.</source>
        <translation>%1 a refusé cette requête avec la clé enregistrée (%2). Vérifiez que le compte ou le projet de la clé peut utiliser ce modèle.</translation>
    </message>
    <message>
        <source>%1: this request alone is larger than your per-minute token limit (%2). Ask for fewer rows per request or lower max tokens; retrying will not help.</source>
        <translation>%1 : cette requête dépasse à elle seule votre limite de jetons par minute (%2). Demandez moins de lignes par requête ou réduisez les jetons max. ; réessayer ne servira à rien.</translation>
    </message>
    <message>
        <source>%1: the request is too large (%2). Ask for fewer rows per request.</source>
        <translation>%1 : la requête est trop volumineuse (%2). Demandez moins de lignes par requête.</translation>
    </message>
    <message>
        <source>%1: this Transformer Lab version has no OpenAI-compatible endpoint (HTTP 404). Use Transformer Lab v0.33.0 or older, or serve the model with another OpenAI-compatible server.</source>
        <translation>%1 : cette version de Transformer Lab n’a pas de point d’accès compatible OpenAI (HTTP 404). Utilisez Transformer Lab v0.33.0 ou antérieur, ou servez le modèle avec un autre serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; installed (HTTP 404). Pull it with &quot;ollama pull %2&quot; or pick an installed model.</source>
        <translation>%1 n’a pas de modèle « %2 » installé (HTTP 404). Téléchargez-le avec « ollama pull %2 » ou choisissez un modèle installé.</translation>
    </message>
    <message>
        <source>%1: the server has no such endpoint (HTTP 404). Check the base URL.</source>
        <translation>%1 : le serveur n’a pas ce point d’accès (HTTP 404). Vérifiez l’URL de base.</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; is not available (%3). Pick another model or refresh the model list.</source>
        <translation>%1 : le modèle « %2 » n’est pas disponible (%3). Choisissez un autre modèle ou actualisez la liste des modèles.</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; does not exist or you have no access to it (HTTP %3). Pick another model or refresh the model list.</source>
        <translation>%1 : le modèle « %2 » n’existe pas ou vous n’y avez pas accès (HTTP %3). Choisissez un autre modèle ou actualisez la liste des modèles.</translation>
    </message>
    <message>
        <source>%1 timed out while working on the request (%2). Retry; for long answers use streaming or ask for fewer rows per request.</source>
        <translation>%1 a expiré pendant le traitement de la requête (%2). Réessayez ; pour les réponses longues, utilisez le streaming ou demandez moins de lignes par requête.</translation>
    </message>
    <message>
        <source>%1 reports that the request was cancelled (%2).</source>
        <translation>%1 indique que la requête a été annulée (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached through its gateway (%2). This is usually temporary; retrying usually helps.</source>
        <translation>%1 est injoignable via sa passerelle (%2). C’est généralement temporaire ; réessayer suffit généralement.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; retrying usually helps.</source>
        <translation>%1 a rencontré une erreur interne (%2). C’est généralement temporaire ; réessayer suffit généralement.</translation>
    </message>
    <message>
        <source>%1 reported a conflict (%2). Retrying usually helps.</source>
        <translation>%1 a signalé un conflit (%2). Réessayer suffit généralement.</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens, JSON mode) for this provider.</source>
        <translation>%1 a rejeté la requête (%2). Vérifiez les réglages du modèle (température, jetons max., mode JSON) pour ce fournisseur.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 a répondu avec le statut HTTP inattendu %2.</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 before the next attempt, longer than Candor waits on its own; try again after that.</source>
        <translation>%1 demande d’attendre %2 avant la prochaine tentative, plus longtemps que Candor n’attend de lui-même ; réessayez ensuite.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error%2.</source>
        <translation>%1 a interrompu la réponse par une erreur%2.</translation>
    </message>
    <message>
        <source>Retrying usually helps.</source>
        <translation>Réessayer suffit généralement.</translation>
    </message>
    <message>
        <source>Store a new key for this provider.</source>
        <translation>Enregistrez une nouvelle clé pour ce fournisseur.</translation>
    </message>
    <message>
        <source>Check your plan and billing; retrying will not help.</source>
        <translation>Vérifiez votre forfait et la facturation ; réessayer ne servira à rien.</translation>
    </message>
    <message>
        <source>Ask for fewer rows per request or lower max tokens.</source>
        <translation>Demandez moins de lignes par requête ou réduisez les jetons max.</translation>
    </message>
    <message>
        <source>Pick another model or start it first.</source>
        <translation>Choisissez un autre modèle ou lancez-le d’abord.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings for this provider.</source>
        <translation>Vérifiez les réglages du modèle pour ce fournisseur.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is %2 running?</source>
        <translation>Rien n’écoute à %1. %2 est-il lancé ?</translation>
    </message>
    <message>
        <source>%1 refused the connection at %2. Check the base URL or try again later.</source>
        <translation>%1 a refusé la connexion à %2. Vérifiez l’URL de base ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly (%2). Retrying usually helps.</source>
        <translation>%1 a fermé la connexion de façon inattendue (%2). Réessayer suffit généralement.</translation>
    </message>
    <message>
        <source>%1: the host &quot;%2&quot; could not be found. Check the base URL and your internet connection.</source>
        <translation>%1 : l’hôte « %2 » est introuvable. Vérifiez l’URL de base et votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Check your connection; retrying usually helps.</source>
        <translation>%1 n’a pas répondu à temps (%2). Vérifiez votre connexion ; réessayer suffit généralement.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed%3. Check the base URL (https or http), the system clock and any proxy.</source>
        <translation>%1 : la connexion sécurisée à %2 a échoué%3. Vérifiez l’URL de base (https ou http), l’horloge système et un éventuel proxy.</translation>
    </message>
    <message>
        <source>The network is not available, so %1 cannot be reached. Check your connection.</source>
        <translation>Le réseau n’est pas disponible, %1 est donc injoignable. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected too many times. Check the base URL.</source>
        <translation>%1 à %2 a redirigé trop de fois. Vérifiez l’URL de base.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected from https to plain http; Candor does not follow that. Check the base URL.</source>
        <translation>%1 à %2 a redirigé de https vers http non chiffré ; Candor ne suit pas cette redirection. Vérifiez l’URL de base.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 asks for credentials. Check the proxy settings.</source>
        <translation>Le proxy devant %1 demande des identifiants. Vérifiez les réglages du proxy.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 failed%2. Check the proxy settings.</source>
        <translation>Le proxy devant %1 a échoué%2. Vérifiez les réglages du proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed%3.</source>
        <translation>La connexion à %1 à %2 a échoué%3.</translation>
    </message>
    <message>
        <source>No space left on the disk for %1: the last change was not saved; everything saved before it is intact.</source>
        <translation>Plus d&apos;espace sur le disque pour %1 : la dernière modification n&apos;a pas été enregistrée ; tout ce qui a été enregistré avant est intact.</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>Le projet %1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>Could not use the project %1: %2</source>
        <translation>Impossible d&apos;utiliser le projet %1 : %2</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>plus d’espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>the disk quota is exhausted</source>
        <translation>le quota disque est épuisé</translation>
    </message>
    <message>
        <source>the file would be larger than the system allows</source>
        <translation>le fichier serait plus grand que ce que le système autorise</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the program reading the pipe has closed it</source>
        <translation>le programme qui lit le tube l’a fermé</translation>
    </message>
    <message>
        <source>an input/output error (the disk or device failed)</source>
        <translation>une erreur d’entrée/sortie (le disque ou le périphérique a échoué)</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique de type bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; Candor writes only to files, pipes and character devices</source>
        <translation>%1 est %2, pas un fichier ordinaire ; Candor n’écrit que dans des fichiers, des tubes et des périphériques de type caractère</translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string at column %2; JSON needs it escaped</source>
        <translation>caractère de contrôle brut U+%1 dans une chaîne à la colonne %2 ; JSON exige qu’il soit échappé</translation>
    </message>
    <message>
        <source>lone surrogate escape \u%1 at column %2; it is not a character</source>
        <translation>échappement de demi-codet isolé \u%1 à la colonne %2 ; ce n’est pas un caractère</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>table inconnue « %1 »</translation>
    </message>
    <message>
        <source>&quot;table&quot; is required outside generic.json</source>
        <translation>« table » est obligatoire hors de generic.json</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>« difficulty » doit valoir beginner, intermediate ou advanced</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>« prompts » doit être une liste non vide de chaînes</translation>
    </message>
    <message>
        <source>&quot;search&quot; is required</source>
        <translation>« search » est obligatoire</translation>
    </message>
    <message>
        <source>&quot;levels&quot; must be an object with the keys &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;</source>
        <translation>« levels » doit être un objet avec les clés « -2 », « -1 », « 0 », « 1 » et « 2 »</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (the levels are &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;)</source>
        <translation>niveau inconnu « %1 » (les niveaux sont « -2 », « -1 », « 0 », « 1 » et « 2 »)</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>niveau %1 : %2</translation>
    </message>
    <message>
        <source>missing (a ladder needs all five levels)</source>
        <translation>manquant (une échelle a besoin des cinq niveaux)</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>« answers » doit être une liste non vide de chaînes</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; is required</source>
        <translation>« feedback » est obligatoire</translation>
    </message>
    <message>
        <source>&quot;claims&quot; must be a list (empty if the answer makes no claim)</source>
        <translation>« claims » doit être une liste (vide si la réponse n’affirme rien)</translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation>affirmation %1 : %2</translation>
    </message>
    <message>
        <source>&quot;claim&quot; must be a non-empty string</source>
        <translation>« claim » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>&quot;true&quot; must be true or false</source>
        <translation>« true » doit valoir true ou false</translation>
    </message>
    <message>
        <source>a false claim needs a &quot;correction&quot;</source>
        <translation>une affirmation fausse a besoin d’une « correction »</translation>
    </message>
    <message>
        <source>a true claim takes no &quot;correction&quot;</source>
        <translation>une affirmation vraie ne prend pas de « correction »</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message>
        <source>Level %1 is given away by &quot;%2&quot;: it is in %3% of the level&apos;s answers and %4% of the others, so a reward model can score the level from that alone.</source>
        <translation>Le niveau %1 est trahi par « %2 » : ce terme figure dans %3% des réponses du niveau et dans %4% des autres, si bien qu’un modèle de récompense peut noter le niveau à partir de lui seul.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>Level %1 %2 average %3 characters against %4 over all rows (%5%): length alone hints at the level.</source>
        <translation>Niveau %1, %2 : %3 caractères en moyenne contre %4 sur toutes les lignes (%5%) ; la longueur seule donne un indice du niveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier row&apos;s prompt at the same level.</source>
        <translation>
            <numerusform>%Ln ligne reprend le prompt d’une ligne précédente au même niveau.</numerusform>
            <numerusform>%Ln lignes reprennent le prompt d’une ligne précédente au même niveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level</source>
        <translation>Lignes par niveau</translation>
    </message>
    <message>
        <source>%1 lengths at level %2</source>
        <translation>%1 : longueurs au niveau %2</translation>
    </message>
    <message>
        <source>mean %1 characters</source>
        <translation>moyenne de %1 caractères</translation>
    </message>
    <message>
        <source>%1 rows, %2 contrast ladders (%3 rows in ladders), %4 edited by hand. Made by Candor %5.</source>
        <translation>%1 lignes, %2 échelles de contraste (%3 lignes dans des échelles), %4 modifiées à la main. Créé avec Candor %5.</translation>
    </message>
    <message>
        <source>What a reward model could learn instead of honesty</source>
        <translation>Ce qu’un modèle de récompense pourrait apprendre au lieu de l’honnêteté</translation>
    </message>
    <message>
        <source>No single word, word pair or length gives a level away.</source>
        <translation>Aucun mot isolé, aucune paire de mots ni aucune longueur ne trahit un niveau.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut de relecture</translation>
    </message>
    <message>
        <source>Domains by level</source>
        <translation>Domaines par niveau</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Answer length by level</source>
        <translation>Longueur des réponses par niveau</translation>
    </message>
    <message>
        <source>Characters, %1 per bar; the dashed line is the level&apos;s mean; all rows: %2.</source>
        <translation>Caractères, %1 par barre ; la ligne en tirets est la moyenne du niveau ; toutes les lignes : %2.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Feedback length by level</source>
        <translation>Longueur des commentaires par niveau</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Words that predict the level</source>
        <translation>Mots qui prédisent le niveau</translation>
    </message>
    <message>
        <source>The ten words or word pairs whose presence in an answer best tells its level from the others (balanced accuracy, over %1 answers).</source>
        <translation>Les dix mots ou paires de mots dont la présence dans une réponse distingue le mieux son niveau des autres (exactitude équilibrée, sur %1 réponses).</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>In level</source>
        <translation>Dans le niveau</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row&apos;s prompt at the same level (case, spacing and end punctuation aside). Rows of one contrast ladder share their prompt on purpose and are not counted.</source>
        <translation>%1 lignes reprennent le prompt d’une ligne précédente au même niveau (hors casse, espaces et ponctuation finale). Les lignes d’une même échelle de contraste partagent leur prompt à dessein et ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Repeats row</source>
        <translation>Reprend ligne</translation>
    </message>
    <message>
        <source>Judge agreement</source>
        <translation>Accord du juge</translation>
    </message>
    <message>
        <source>No judge labels in these rows yet.</source>
        <translation>Ces lignes n’ont pas encore d’étiquettes du juge.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Not recorded: the rows came from a file without their configuration.</source>
        <translation>Non enregistrée : les lignes proviennent d’un fichier sans leur configuration.</translation>
    </message>
    <message>
        <source>%1 judged rows: exact agreement %2, within one level %3, quadratic-weighted kappa %4 (95% interval %5 to %6).</source>
        <translation>%1 lignes jugées : accord exact %2, à un niveau près %3, kappa à poids quadratiques %4 (intervalle à 95% de %5 à %6).</translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level</source>
        <translation>Lignes : niveau visé ; colonnes : le niveau du modèle juge</translation>
    </message>
</context>
<context>
    <name>candor::ChatCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MB and was cut off</source>
        <translation>la réponse dépasse %1 Mo et a été tronquée</translation>
    </message>
    <message>
        <source>redirect (HTTP %1) without a valid Location</source>
        <translation>redirection (HTTP %1) sans en-tête Location valide</translation>
    </message>
    <message>
        <source>%1 redirected from https to %2; Candor refuses to downgrade a request that carries an API key.</source>
        <translation>%1 a redirigé de https vers %2 ; Candor refuse de dégrader une requête qui porte une clé d’API.</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 n’a rien envoyé pendant %2 s ; la requête a expiré. Réessayez, ou augmentez le délai pour les modèles locaux lents.</translation>
    </message>
    <message>
        <source>The stream from %1 ended before it was complete (%2 characters received). Try again.</source>
        <translation>Le flux de %1 s’est terminé avant d’être complet (%2 caractères reçus). Réessayez.</translation>
    </message>
    <message>
        <source>%1 answered with no text (finish reason: %2).</source>
        <translation>%1 a répondu sans texte (raison de fin : %2).</translation>
    </message>
    <message>
        <source>%1 sent no part of the answer for %2 s (only keep-alives or stray bytes); the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 n’a envoyé aucune partie de la réponse pendant %2 s (seulement des keep-alives ou des octets isolés) ; la requête a expiré. Réessayez, ou augmentez le délai pour les modèles locaux lents.</translation>
    </message>
    <message>
        <source>%1 did not finish the answer within %2 s; the request timed out. Try again, or ask for a shorter answer.</source>
        <translation>%1 n’a pas terminé la réponse en %2 s ; la requête a expiré. Réessayez, ou demandez une réponse plus courte.</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 bytes</source>
        <translation>une ligne du flux dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>candor::Connector</name>
    <message>
        <source>Candor will not send the %1 API key over plain http to %2: anyone on the network could read it. Use https, or allow insecure key transport for this endpoint explicitly.</source>
        <translation>Candor n’enverra pas la clé d’API de %1 en http non chiffré à %2 : n’importe qui sur le réseau pourrait la lire. Utilisez https, ou autorisez explicitement la transmission non sécurisée de la clé pour ce point d’accès.</translation>
    </message>
    <message>
        <source>%1 sent a response Candor could not read: %2.</source>
        <translation>%1 a envoyé une réponse que Candor n’a pas pu lire : %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 n’est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <source>%1 did not answer the model list request in time.</source>
        <translation>%1 n’a pas répondu à temps à la demande de liste des modèles.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: %3 %4 listed</source>
        <translation>Connecté à %1 à %2 : %3 %4 listés</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>models</source>
        <translation>modèles</translation>
    </message>
    <message>
        <source>; %1 is available.</source>
        <translation>; %1 est disponible.</translation>
    </message>
    <message>
        <source>; %1 is not among them (it may still work as an alias).</source>
        <translation>; %1 n’en fait pas partie (il peut tout de même fonctionner comme alias).</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>%1 returned no choices; the server or a gateway dropped the answer.</source>
        <translation>%1 n’a renvoyé aucun choix ; le serveur ou une passerelle a perdu la réponse.</translation>
    </message>
    <message>
        <source>a stream event</source>
        <translation>un événement du flux</translation>
    </message>
    <message>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>la liste des modèles n’a pas de tableau &quot;data&quot;</translation>
    </message>
    <message>
        <source>a stream line</source>
        <translation>une ligne du flux</translation>
    </message>
    <message>
        <source>the model list has no &quot;models&quot; array</source>
        <translation>la liste des modèles n’a pas de tableau &quot;models&quot;</translation>
    </message>
</context>
<context>
    <name>candor::DatasetCheck</name>
    <message>
        <source>&quot;search_hint&quot; must look like [SEARCH:query]</source>
        <translation>&quot;search_hint&quot; doit avoir la forme [SEARCH:requête]</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>aucune étiquette</translation>
    </message>
    <message>
        <source>a seed row, not a chat line: there is no &quot;messages&quot; array</source>
        <translation>une ligne seed, pas une ligne de chat : il n’y a pas de tableau &quot;messages&quot;</translation>
    </message>
    <message>
        <source>no &quot;messages&quot; array</source>
        <translation>pas de tableau &quot;messages&quot;</translation>
    </message>
    <message>
        <source>&quot;messages&quot; holds %1 messages; Candor writes system (optional), user and assistant</source>
        <translation>&quot;messages&quot; contient %1 messages ; Candor écrit system (facultatif), user et assistant</translation>
    </message>
    <message>
        <source>message %1 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>le message %1 doit avoir une chaîne &quot;role&quot; et une chaîne &quot;content&quot;</translation>
    </message>
    <message>
        <source>message %1 has the role &quot;%2&quot; where Candor writes &quot;%3&quot;</source>
        <translation>le message %1 a le rôle &quot;%2&quot; là où Candor écrit &quot;%3&quot;</translation>
    </message>
    <message>
        <source>message %1 (%2) is empty</source>
        <translation>le message %1 (%2) est vide</translation>
    </message>
    <message>
        <source>the system message is not one Candor writes, so the row&apos;s level is unknown</source>
        <translation>le message système n’est pas l’un de ceux qu’écrit Candor, le niveau de la ligne est donc inconnu</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice</source>
        <translation>l’en-tête nomme deux fois la colonne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; is ignored</source>
        <translation>la colonne inconnue &quot;%1&quot; est ignorée</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; Candor&apos;s CSV starts with prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</source>
        <translation>il manque à l’en-tête la ou les colonnes %1 ; le CSV de Candor commence par prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs là où l’en-tête en a %2</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8 text</source>
        <translation>le champ %1 n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>source inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown review status &quot;%1&quot;</source>
        <translation>statut de relecture inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;created&quot; is not an ISO 8601 date and time: %1</source>
        <translation>&quot;created&quot; n’est pas une date et heure ISO 8601 : %1</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>indicateur inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a record longer than 16 MB; skipped</source>
        <translation>un enregistrement de plus de 16 Mo ; ignoré</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the field and double the quote)</source>
        <translation>un guillemet dans le champ %1 non entre guillemets (mettez le champ entre guillemets et doublez le guillemet)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>du texte après le guillemet fermant du champ %1</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation>un champ entre guillemets commençant sur cette ligne n’est jamais fermé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of messages</source>
        <translation>« %1 » doit être une liste de messages</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold exactly one assistant message, not %2</source>
        <translation>« %1 » doit contenir exactement un message de l’assistant, pas %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold %2 message(s) (%3), not %4</source>
        <translation>« %1 » doit contenir %2 message(s) (%3), pas %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>« %1 », message %2, nécessite une chaîne « role » et une chaîne « content »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 has the role &quot;%3&quot; where &quot;%4&quot; belongs</source>
        <translation>« %1 », message %2, a le rôle « %3 » là où « %4 » est attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 is empty</source>
        <translation>« %1 », message %2, est vide</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>clé « %1 » manquante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>« %1 » doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>« %1 » est vide</translation>
    </message>
    <message>
        <source>missing object &quot;input&quot; (with &quot;messages&quot;)</source>
        <translation>objet « input » (avec « messages ») manquant</translation>
    </message>
    <message>
        <source>a reward-model line has an implicit prompt: the user turn inside &quot;chosen&quot; and &quot;rejected&quot;, no &quot;prompt&quot; key</source>
        <translation>une ligne de modèle de récompense a un prompt implicite : le tour de l’utilisateur dans « chosen » et « rejected », sans clé « prompt »</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; answer different prompts</source>
        <translation>« chosen » et « rejected » répondent à des prompts différents</translation>
    </message>
    <message>
        <source>missing key &quot;margin&quot;</source>
        <translation>clé « margin » manquante</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be a number</source>
        <translation>« margin » doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be positive (the chosen answer&apos;s level minus the rejected one&apos;s), not %1</source>
        <translation>« margin » doit être positif (le niveau de la réponse choisie moins celui de la rejetée), pas %1</translation>
    </message>
    <message>
        <source>missing key &quot;label&quot;</source>
        <translation>clé « label » manquante</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be true or false (a JSON boolean)</source>
        <translation>« label » doit valoir true ou false (un booléen JSON)</translation>
    </message>
    <message>
        <source>&quot;reward&quot; must be an integer from -2 to 2</source>
        <translation>« reward » doit être un entier de -2 à 2</translation>
    </message>
    <message>
        <source>missing object &quot;metadata&quot;</source>
        <translation>objet « metadata » manquant</translation>
    </message>
    <message>
        <source>metadata: &quot;confidence_score&quot; must be a number from 0 to 1</source>
        <translation>metadata : « confidence_score » doit être un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>&quot;target_reward&quot; must be an integer from -2 to 2</source>
        <translation>« target_reward » doit être un entier de -2 à 2</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings</source>
        <translation>« tags » doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>the prompt of line %1 again; this format holds one line per prompt</source>
        <translation>de nouveau le prompt de la ligne %1 ; ce format contient une ligne par prompt</translation>
    </message>
    <message>
        <source>the chosen and the rejected answer are the same text</source>
        <translation>la réponse choisie et la réponse rejetée sont le même texte</translation>
    </message>
    <message>
        <source>%1 has no README.md (the dataset card); a Hugging Face export folder needs one</source>
        <translation>%1 n’a pas de README.md (la fiche du jeu de données) ; un dossier d’export Hugging Face en a besoin</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys</source>
        <translation>l’en-tête n’est pas une table de clés</translation>
    </message>
    <message>
        <source>the card names no &quot;license&quot;</source>
        <translation>la fiche n’indique aucune « license »</translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot;</source>
        <translation>la fiche n’a pas de « %1 »</translation>
    </message>
    <message>
        <source>the card&apos;s &quot;tags&quot; do not include &quot;synthetic&quot;</source>
        <translation>les « tags » de la fiche n’incluent pas « synthetic »</translation>
    </message>
    <message>
        <source>the card lists no &quot;configs&quot; (each with a config_name and data_files)</source>
        <translation>la fiche ne liste aucune « configs » (chacune avec config_name et data_files)</translation>
    </message>
    <message>
        <source>a config without a &quot;config_name&quot;</source>
        <translation>une configuration sans « config_name »</translation>
    </message>
    <message>
        <source>the config &quot;%1&quot; lists no data_files</source>
        <translation>la configuration « %1 » ne liste aucun data_files</translation>
    </message>
    <message>
        <source>a data_files entry of &quot;%1&quot; needs a split and a path</source>
        <translation>une entrée data_files de « %1 » nécessite split et path</translation>
    </message>
    <message>
        <source>the data_files path %1 leaves the folder</source>
        <translation>le chemin data_files %1 sort du dossier</translation>
    </message>
    <message>
        <source>the data_files path %1 does not exist</source>
        <translation>le chemin data_files %1 n’existe pas</translation>
    </message>
    <message>
        <source>this prompt is also in the %1 split: a ladder crosses splits</source>
        <translation>ce prompt est aussi dans la partie %1 : une échelle traverse les parties</translation>
    </message>
    <message>
        <source>%1 is a folder; only --format hf checks a folder</source>
        <translation>%1 est un dossier ; seul --format hf vérifie un dossier</translation>
    </message>
    <message>
        <source>--format hf checks a Hugging Face dataset folder; %1 is not a folder</source>
        <translation>--format hf vérifie un dossier de jeu de données Hugging Face ; %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>contrast ladder %1 asks another prompt here than on line %2</source>
        <translation>l’échelle de contraste %1 pose ici un autre prompt qu’à la ligne %2</translation>
    </message>
    <message>
        <source>contrast ladder %1 has no row at level %2 of its level set</source>
        <translation>l’échelle de contraste %1 n’a aucune ligne au niveau %2 de son ensemble de niveaux</translation>
    </message>
    <message>
        <source>&quot;decomposition&quot; must be an object</source>
        <translation>« decomposition » doit être un objet</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a list</source>
        <translation>decomposition : « %1 » doit être une liste</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;%2&quot; must be a number from 0 to 1</source>
        <translation>decomposition : %1 : « %2 » doit être un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;appropriate&quot; must be true or false</source>
        <translation>decomposition : %1 : « appropriate » doit valoir true ou false</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a number from 0 to 1</source>
        <translation>decomposition : « %1 » doit être un nombre de 0 à 1</translation>
    </message>
</context>
<context>
    <name>candor::DatasetWriter</name>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 est un dossier ; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>échec de l’écriture de %1 : %2</translation>
    </message>
    <message>
        <source>saving %1 failed: %2</source>
        <translation>échec de l’enregistrement de %1 : %2</translation>
    </message>
</context>
<context>
    <name>candor::Distribution</name>
    <message>
        <source>&quot;%1&quot; is not LEVEL:COUNT or LEVEL:PERCENT% (e.g. -2:10 or -2:10%)</source>
        <translation>« %1 » n’est pas de la forme NIVEAU:NOMBRE ou NIVEAU:POURCENTAGE% (p. ex. -2:10 ou -2:10%)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rubric level; levels are -2, -1, 0, 1 and 2</source>
        <translation>« %1 » n’est pas un niveau de la grille ; les niveaux sont -2, -1, 0, 1 et 2</translation>
    </message>
    <message>
        <source>level %1 is not on the rubric; levels are -2, -1, 0, 1 and 2</source>
        <translation>le niveau %1 ne fait pas partie de la grille ; les niveaux sont -2, -1, 0, 1 et 2</translation>
    </message>
    <message>
        <source>level %1 is given twice</source>
        <translation>le niveau %1 est indiqué deux fois</translation>
    </message>
    <message>
        <source>level %1 has a negative %2 (%3)</source>
        <translation>le niveau %1 a une valeur négative pour %2 (%3)</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>level %1: &quot;%2%&quot; is not a percentage from 0 to 100</source>
        <translation>niveau %1 : « %2% » n’est pas un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>level %1: percentages may have at most two decimals (%2%)</source>
        <translation>niveau %1 : les pourcentages ont au plus deux décimales (%2%)</translation>
    </message>
    <message>
        <source>level %1: &quot;%2&quot; is not a whole number of rows</source>
        <translation>niveau %1 : « %2 » n’est pas un nombre entier de lignes</translation>
    </message>
    <message>
        <source>mix of counts and percentages; give every level as a count or every level as a percentage</source>
        <translation>mélange de nombres et de pourcentages ; donnez chaque niveau en nombre ou chaque niveau en pourcentage</translation>
    </message>
    <message>
        <source>percentages add up to %1%, not 100%</source>
        <translation>les pourcentages totalisent %1%, et non 100%</translation>
    </message>
    <message>
        <source>the counts add up to 0 rows</source>
        <translation>les nombres totalisent 0 ligne</translation>
    </message>
    <message>
        <source>the number of rows cannot be negative (%1)</source>
        <translation>le nombre de lignes ne peut pas être négatif (%1)</translation>
    </message>
    <message>
        <source>the per-level counts add up to %1 rows but %2 were asked for</source>
        <translation>les nombres par niveau totalisent %1 lignes mais %2 ont été demandées</translation>
    </message>
    <message>
        <source>the counts add up to %1 rows; a run has at most %2</source>
        <translation>les nombres totalisent %1 lignes ; une exécution en compte au plus %2</translation>
    </message>
    <message>
        <source>the number of rows must be at most %1 (got %2)</source>
        <translation>le nombre de lignes doit être au plus %1 (reçu : %2)</translation>
    </message>
</context>
<context>
    <name>candor::DistributionChart</name>
    <message>
        <source>Distribution chart</source>
        <translation>Graphique de répartition</translation>
    </message>
    <message numerus="yes">
        <source>level %1: %Ln rows</source>
        <translation>
            <numerusform>niveau %1 : %Ln ligne</numerusform>
            <numerusform>niveau %1 : %Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DistributionEditor</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Rows at level %1</source>
        <translation>Lignes au niveau %1</translation>
    </message>
    <message>
        <source>How many rows show level %1: %2</source>
        <translation>Nombre de lignes au niveau %1 : %2</translation>
    </message>
    <message>
        <source>Share of level %1</source>
        <translation>Part du niveau %1</translation>
    </message>
    <message>
        <source>Share of the dataset at level %1; the rows follow.</source>
        <translation>Part du jeu de données au niveau %1 ; les lignes suivent.</translation>
    </message>
    <message>
        <source>&amp;Balanced</source>
        <translation>É&amp;quilibrée</translation>
    </message>
    <message>
        <source>Split the rows evenly over the five levels.</source>
        <translation>Répartir les lignes à parts égales entre les cinq niveaux.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln rows</source>
        <translation>
            <numerusform>Total : %Ln ligne</numerusform>
            <numerusform>Total : %Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::EndpointResolver</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>No provider is chosen; use one of %1.</source>
        <translation>Aucun fournisseur n’est choisi ; utilisez l’un de %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; use one of %2.</source>
        <translation>« %1 » n’est pas un fournisseur ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http(s) address.</source>
        <translation>Le point d’accès « %1 » n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>No model is chosen and %1 has no default model.</source>
        <translation>Aucun modèle n’est choisi et %1 n’a pas de modèle par défaut.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>La variable d’environnement %1 n’est pas définie ou est vide.</translation>
    </message>
    <message>
        <source>No API key is stored for %1.</source>
        <translation>Aucune clé d’API n’est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The endpoint %1 is not %2&apos;s own host, so the stored %2 key is not sent there. Give the address explicitly (--base-url) or confirm it to use the key, or give a key for it.</source>
        <translation>Le point de terminaison %1 n’est pas l’hôte propre de %2 : la clé enregistrée pour %2 n’y est donc pas envoyée. Indiquez l’adresse explicitement (--base-url) ou confirmez-la pour utiliser la clé, ou fournissez une clé pour elle.</translation>
    </message>
</context>
<context>
    <name>candor::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) to export.</source>
        <translation>
            <numerusform>%Ln ligne à exporter.</numerusform>
            <numerusform>%Ln lignes à exporter.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) to %3, %4; %5 rows left out by the selection.</source>
        <translation>%1 lignes (%2) exportées vers %3, %4 ; %5 lignes écartées par la sélection.</translation>
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
        <translation>Exporter le jeu de données</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Write the chosen rows to the file.</source>
        <translation>Écrire les lignes choisies dans le fichier.</translation>
    </message>
    <message>
        <source>Close this dialog; while exporting, cancel.</source>
        <translation>Fermer cette boîte de dialogue ; pendant l’export, l’annuler.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln pair(s) to %1, %2; see the report below for what was left out and why.</source>
        <translation>
            <numerusform>%Ln paire exportée vers %1, %2 ; le rapport ci-dessous indique ce qui a été écarté et pourquoi.</numerusform>
            <numerusform>%Ln paires exportées vers %1, %2 ; le rapport ci-dessous indique ce qui a été écarté et pourquoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln seed row(s) and what is built from them to the Hugging Face dataset folder %1, %2.</source>
        <translation>
            <numerusform>%Ln ligne d’amorce, et ce qui en est tiré, exportée vers le dossier Hugging Face %1, %2.</numerusform>
            <numerusform>%Ln lignes d’amorce, et ce qui en est tiré, exportées vers le dossier Hugging Face %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the dataset&apos;s licence (e.g. cc-by-4.0); the terms of generated data depend on the provider, so Candor does not choose one.</source>
        <translation>Saisissez la licence du jeu de données (p. ex. cc-by-4.0) ; les conditions des données générées dépendent du fournisseur, Candor n’en choisit donc aucune.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other).</source>
        <translation>« %1 » n’est pas un identifiant de licence comme le Hub les écrit (en minuscules, comme cc-by-4.0, mit ou other).</translation>
    </message>
    <message>
        <source>The split needs three fractions for train, validation and test that add up to 1, e.g. 0.9,0.05,0.05.</source>
        <translation>Le découpage nécessite trois fractions pour l’entraînement, la validation et le test dont la somme vaut 1, p. ex. 0.9,0.05,0.05.</translation>
    </message>
    <message>
        <source>Export dataset folder</source>
        <translation>Exporter le dossier du jeu de données</translation>
    </message>
    <message>
        <source>Expressed confidence at level %1</source>
        <translation>Assurance exprimée au niveau %1</translation>
    </message>
    <message>
        <source>RLWHF confidence_score of rows at level %1 (%2): how confident such an answer sounds, from 0 to 1, not whether it is right.</source>
        <translation>confidence_score RLWHF des lignes du niveau %1 (%2) : l’assurance que montre une telle réponse, de 0 à 1, et non sa justesse.</translation>
    </message>
</context>
<context>
    <name>candor::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’export a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>the Hugging Face export needs a licence (the terms of generated data depend on the provider; Candor does not choose one)</source>
        <translation>l’export Hugging Face nécessite une licence (les conditions des données générées dépendent du fournisseur ; Candor n’en choisit aucune)</translation>
    </message>
    <message>
        <source>%1 is a file; the Hugging Face export writes a folder</source>
        <translation>%1 est un fichier ; l’export Hugging Face écrit un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder with other files in it; choose a new or empty folder (Candor replaces only a folder its own Hugging Face export wrote)</source>
        <translation>%1 est un dossier contenant d’autres fichiers ; choisissez un dossier nouveau ou vide (Candor ne remplace qu’un dossier écrit par son propre export Hugging Face)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot replace the folder %1</source>
        <translation>impossible de remplacer le dossier %1</translation>
    </message>
    <message>
        <source>cannot move the new folder into place at %1</source>
        <translation>impossible de mettre le nouveau dossier en place à %1</translation>
    </message>
    <message>
        <source>Warning: rows below 0 become assistant turns; supervised training on them teaches the model to fabricate (-2) or to state guesses as facts (-1).</source>
        <translation>Attention : des lignes sous 0 deviennent des tours de l’assistant ; l’entraînement supervisé sur elles apprend au modèle à inventer (-2) ou à présenter des suppositions comme des faits (-1).</translation>
    </message>
    <message>
        <source>Note: rows at %1 and above become assistant turns; the model learns to answer as they do (hedged or declining), not only fully correct answers.</source>
        <translation>Remarque : les lignes de %1 et au-dessus deviennent des tours de l’assistant ; le modèle apprend à répondre comme elles (avec réserves ou en déclinant), pas seulement de façon entièrement correcte.</translation>
    </message>
    <message>
        <source>Wrote the Hugging Face dataset folder %1 (%2): the configs %3 and a dataset card (README.md).</source>
        <translation>Dossier de jeu de données Hugging Face %1 écrit (%2) : les configurations %3 et une fiche (README.md).</translation>
    </message>
    <message numerus="yes">
        <source>seed: %Ln row(s); distinct prompts (ladders): %1; rows per level: %2</source>
        <translation>
            <numerusform>seed : %Ln ligne ; prompts distincts (échelles) : %1 ; lignes par niveau : %2</numerusform>
            <numerusform>seed : %Ln lignes ; prompts distincts (échelles) : %1 ; lignes par niveau : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ladder(s)</source>
        <translation>
            <numerusform>%Ln échelle</numerusform>
            <numerusform>%Ln échelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dpo: %Ln pair(s), mode %1, minimum margin %2.</source>
        <translation>
            <numerusform>dpo : %Ln paire, mode %1, marge minimale %2.</numerusform>
            <numerusform>dpo : %Ln paires, mode %1, marge minimale %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Splits: %1</source>
        <translation>Découpage : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln pair(s) to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.</source>
        <translation>
            <numerusform>%Ln paire écrite dans %1 (%2) ; prompts distincts (échelles) : %3 ; mode %4, marge minimale %5.</numerusform>
            <numerusform>%Ln paires écrites dans %1 (%2) ; prompts distincts (échelles) : %3 ; mode %4, marge minimale %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in pairs per level: %1</source>
        <translation>Lignes en paires par niveau : %1</translation>
    </message>
    <message>
        <source>No pairs: no prompt has rows at two levels far enough apart. Pairs need ladders: the same prompt answered at several levels.</source>
        <translation>Aucune paire : aucun prompt n’a de lignes sur deux niveaux assez éloignés. Les paires demandent des échelles : le même prompt répondu à plusieurs niveaux.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1 (%2).</numerusform>
            <numerusform>%Ln lignes écrites dans %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level: %1</source>
        <translation>Lignes par niveau : %1</translation>
    </message>
    <message>
        <source>Pairs by kind (chosen&gt;rejected): %1</source>
        <translation>Paires par type (choisie&gt;rejetée) : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>KTO labels (label = target_reward &gt;= %1): %2 true (%3%), %4 false; if unbalanced, set KTOConfig desirable_weight and undesirable_weight so that weight times count is about equal.</source>
        <translation>Étiquettes KTO (label = target_reward &gt;= %1) : %2 true (%3 %), %4 false ; en cas de déséquilibre, réglez desirable_weight et undesirable_weight de KTOConfig pour que poids fois effectif soit à peu près égal.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) not selected by the rows option.</source>
        <translation>
            <numerusform>Écartée : %Ln ligne non retenue par l’option des lignes.</numerusform>
            <numerusform>Écartées : %Ln lignes non retenues par l’option des lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source> (dpo config; they are still in seed and kto)</source>
        <translation> (configuration dpo ; elles restent dans seed et kto)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with no partner at another level of their ladder.</source>
        <translation>
            <numerusform>Écartée : %Ln ligne sans partenaire à un autre niveau de son échelle.</numerusform>
            <numerusform>Écartées : %Ln lignes sans partenaire à un autre niveau de leur échelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) in no pair: no other level of their ladder is far enough away (minimum margin %1, mode %2).</source>
        <translation>
            <numerusform>Écartée : %Ln ligne dans aucune paire : aucun autre niveau de son échelle n’est assez éloigné (marge minimale %1, mode %2).</numerusform>
            <numerusform>Écartées : %Ln lignes dans aucune paire : aucun autre niveau de leur échelle n’est assez éloigné (marge minimale %1, mode %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below +2 (a reference answer must be fully correct).</source>
        <translation>
            <numerusform>Écartée : %Ln ligne sous +2 (une réponse de référence doit être entièrement correcte).</numerusform>
            <numerusform>Écartées : %Ln lignes sous +2 (une réponse de référence doit être entièrement correcte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below 0 (a GRPO ideal answer must not be dishonest).</source>
        <translation>
            <numerusform>Écartée : %Ln ligne sous 0 (une réponse idéale GRPO ne doit pas être malhonnête).</numerusform>
            <numerusform>Écartées : %Ln lignes sous 0 (une réponse idéale GRPO ne doit pas être malhonnête).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below the SFT threshold %1 (not written as assistant turns).</source>
        <translation>
            <numerusform>Écartée : %Ln ligne sous le seuil SFT %1 (non écrite comme tour de l’assistant).</numerusform>
            <numerusform>Écartées : %Ln lignes sous le seuil SFT %1 (non écrites comme tours de l’assistant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) whose prompt a higher (or earlier) row of the same ladder already stands for (one line per prompt).</source>
        <translation>
            <numerusform>Écartée : %Ln ligne dont le prompt est déjà représenté par une ligne plus haute (ou antérieure) de la même échelle (une ligne par prompt).</numerusform>
            <numerusform>Écartées : %Ln lignes dont le prompt est déjà représenté par une ligne plus haute (ou antérieure) de la même échelle (une ligne par prompt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped: %Ln pair(s) whose chosen and rejected answers are the same text.</source>
        <translation>
            <numerusform>Abandonnée : %Ln paire dont la réponse choisie et la réponse rejetée sont le même texte.</numerusform>
            <numerusform>Abandonnées : %Ln paires dont la réponse choisie et la réponse rejetée sont le même texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a decomposition (template ladder rows as the bank wrote them: true and invented claims, with corrections).</source>
        <translation>
            <numerusform>%Ln ligne avec décomposition (lignes d’échelle telles que la banque de modèles les a écrites : affirmations vraies et inventées, avec corrections).</numerusform>
            <numerusform>%Ln lignes avec décomposition (lignes d’échelle telles que la banque de modèles les a écrites : affirmations vraies et inventées, avec corrections).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LEVEL:CONFIDENCE with a level from -2 to 2 (each once) and a confidence from 0 to 1</source>
        <translation>« %1 » n’est pas NIVEAU:ASSURANCE avec un niveau de -2 à 2 (chacun une fois) et une assurance de 0 à 1</translation>
    </message>
    <message>
        <source>no level given; write e.g. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</source>
        <translation>aucun niveau indiqué ; écrivez par ex. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</translation>
    </message>
</context>
<context>
    <name>candor::GenerationConfig</name>
    <message>
        <source>the number of rows must be between 1 and %1 (got %2)</source>
        <translation>le nombre de lignes doit être compris entre 1 et %1 (reçu : %2)</translation>
    </message>
    <message>
        <source>temperature must be between 0 and 2 (got %1)</source>
        <translation>la température doit être comprise entre 0 et 2 (reçu : %1)</translation>
    </message>
    <message>
        <source>max tokens must be between 16 and 1000000 (got %1)</source>
        <translation>les jetons max. doivent être compris entre 16 et 1000000 (reçu : %1)</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 50 (got %1)</source>
        <translation>la taille des lots doit être comprise entre 1 et 50 (reçu : %1)</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and 64 (got %1)</source>
        <translation>la concurrence doit être comprise entre 1 et 64 (reçu : %1)</translation>
    </message>
    <message>
        <source>the budget cannot be negative (got %1)</source>
        <translation>le budget ne peut pas être négatif (reçu : %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; doit être %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>this configuration was written by a newer Candor (format %1; this version reads up to %2)</source>
        <translation>cette configuration a été écrite par un Candor plus récent (format %1 ; cette version lit jusqu’au format %2)</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be &quot;template&quot; or &quot;llm&quot; (got &quot;%1&quot;)</source>
        <translation>&quot;mode&quot; doit valoir &quot;template&quot; ou &quot;llm&quot; (reçu : &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;distribution&quot;: %1</source>
        <translation>&quot;distribution&quot; : %1</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 18446744073709551615</source>
        <translation>&quot;seed&quot; doit être un nombre entier de 0 à 18446744073709551615</translation>
    </message>
    <message>
        <source>&quot;prompt_templates&quot; maps levels -2..2 to template text; &quot;%1&quot; is not valid</source>
        <translation>&quot;prompt_templates&quot; associe un texte de modèle aux niveaux -2..2 ; &quot;%1&quot; n’est pas valide</translation>
    </message>
    <message>
        <source>pause_after_failures must be between 0 and 1000 (got %1)</source>
        <translation>pause_after_failures doit être compris entre 0 et 1000 (reçu : %1)</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 9007199254740992, or a string of digits up to 18446744073709551615 (got %1)</source>
        <translation>« seed » doit être un nombre entier de 0 à 9007199254740992, ou une chaîne de chiffres jusqu’à 18446744073709551615 (reçu : %1)</translation>
    </message>
    <message>
        <source>a ladder needs at least two levels</source>
        <translation>une échelle nécessite au moins deux niveaux</translation>
    </message>
    <message>
        <source>in ladder mode every prompt is answered at each of the %1 levels, so the number of rows must be a multiple of %1 (%2 rows = %3 ladders, %4 rows = %5)</source>
        <translation>en mode échelles, chaque prompt reçoit une réponse à chacun des %1 niveaux : le nombre de lignes doit donc être un multiple de %1 (%2 lignes = %3 échelles, %4 lignes = %5)</translation>
    </message>
    <message>
        <source>the share of rows in ladders must be between 0 and 1 (got %1)</source>
        <translation>la part des lignes en échelles doit être comprise entre 0 et 1 (reçu %1)</translation>
    </message>
    <message>
        <source>&quot;ladder_mode&quot; must be &quot;independent&quot;, &quot;ladders&quot; or &quot;mix&quot; (got &quot;%1&quot;)</source>
        <translation>« ladder_mode » doit valoir « independent », « ladders » ou « mix » (reçu « %1 »)</translation>
    </message>
    <message>
        <source>&quot;ladder_levels&quot; must list levels from -2 to 2</source>
        <translation>« ladder_levels » doit énumérer des niveaux de -2 à 2</translation>
    </message>
</context>
<context>
    <name>candor::GenerationEngine</name>
    <message>
        <source>no model is set for %1</source>
        <translation>aucun modèle n’est défini pour %1</translation>
    </message>
    <message>
        <source>a run is already going</source>
        <translation>une exécution est déjà en cours</translation>
    </message>
    <message>
        <source>The journal was started with %1; continuing with it.</source>
        <translation>Le journal a été commencé avec %1 ; on continue avec.</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the journal%3.</source>
        <translation>Reprise : %1 lignes sur %2 étaient déjà dans le journal%3.</translation>
    </message>
    <message>
        <source> (%1 damaged line(s) skipped)</source>
        <translation> (%1 ligne(s) endommagée(s) ignorée(s))</translation>
    </message>
    <message>
        <source>Budget of $%1 reached: no new requests.</source>
        <translation>Budget de %1 $ atteint : plus de nouvelles requêtes.</translation>
    </message>
    <message>
        <source>%1 Nothing more is generated; the rows so far are safe in the journal.</source>
        <translation>%1 Plus rien n’est généré ; les lignes obtenues jusqu’ici sont en sécurité dans le journal.</translation>
    </message>
    <message numerus="yes">
        <source>A level %1 answer hit the token limit; %n complete row(s) kept.</source>
        <translation>
            <numerusform>Une réponse de niveau %1 a atteint la limite de jetons ; %n ligne complète conservée.</numerusform>
            <numerusform>Une réponse de niveau %1 a atteint la limite de jetons ; %n lignes complètes conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>A level %1 answer held no readable rows: %2</source>
        <translation>Une réponse de niveau %1 ne contenait aucune ligne lisible : %2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nouvelle tentative dans %2 s.</translation>
    </message>
    <message>
        <source>Generated %1 rows.</source>
        <translation>%1 lignes générées.</translation>
    </message>
    <message>
        <source>%1 rows at level %2</source>
        <translation>%1 lignes au niveau %2</translation>
    </message>
    <message>
        <source>%1 rows rejected as %2</source>
        <translation>%1 lignes rejetées pour : %2</translation>
    </message>
    <message>
        <source>%1 failed requests (%2)</source>
        <translation>%1 requêtes échouées (%2)</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Il manque %1.</translation>
    </message>
    <message>
        <source> Why: %1.</source>
        <translation> Raison : %1.</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1. </source>
        <translation>Arrêté au budget de %1 $. </translation>
    </message>
    <message>
        <source>Generated %1 rows; %2 came from the template generator (fallback). %3</source>
        <translation>%1 lignes générées ; %2 proviennent du générateur de modèles de texte (secours). %3</translation>
    </message>
    <message>
        <source>The attempt budget is spent. </source>
        <translation>Le budget de tentatives est épuisé. </translation>
    </message>
    <message numerus="yes">
        <source>Paused; %n request(s) still finishing.</source>
        <translation>
            <numerusform>En pause ; %n requête se termine encore.</numerusform>
            <numerusform>En pause ; %n requêtes se terminent encore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows; they are kept in the journal.</source>
        <translation>Annulé avec %1 lignes sur %2 ; elles sont conservées dans le journal.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n row(s) with %1 (%2),</source>
        <translation>
            <numerusform>Génération de %n ligne avec %1 (%2),</numerusform>
            <numerusform>Génération de %n lignes avec %1 (%2),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at a time.</source>
        <translation>
            <numerusform>%n requête à la fois.</numerusform>
            <numerusform>%n requêtes à la fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row failed over %1 s with no success (the last: %2). The run is paused; check the server, the network or the settings, then resume.</source>
        <translation>
            <numerusform>%n requête d’affilée a échoué en %1 s sans aucun succès (la dernière : %2). L’exécution est en pause ; vérifiez le serveur, le réseau ou les réglages, puis reprenez.</numerusform>
            <numerusform>%n requêtes d’affilée ont échoué en %1 s sans aucun succès (la dernière : %2). L’exécution est en pause ; vérifiez le serveur, le réseau ou les réglages, puis reprenez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate-limited answer(s) over %1 s and not one success (the last: %2). The run is paused; wait until the provider&apos;s limit lifts or raise it, then resume.</source>
        <translation>
            <numerusform>%n réponse limitée en débit en %1 s et pas un seul succès (la dernière : %2). L’exécution est en pause ; attendez que la limite du fournisseur soit levée ou augmentez-la, puis reprenez.</numerusform>
            <numerusform>%n réponses limitées en débit en %1 s et pas un seul succès (la dernière : %2). L’exécution est en pause ; attendez que la limite du fournisseur soit levée ou augmentez-la, puis reprenez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the project.</source>
        <translation>Reprise : %1 lignes sur %2 étaient déjà dans le projet.</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows.</source>
        <translation>Annulé avec %1 lignes sur %2.</translation>
    </message>
    <message>
        <source>Turned away and asked for again: %1.</source>
        <translation>Refusées et redemandées : %1.</translation>
    </message>
    <message numerus="yes">
        <source>A ladder still lacked levels after %n repair(s) and was left out.</source>
        <translation>
            <numerusform>Une échelle manquait encore de niveaux après %n réparation et a été écartée.</numerusform>
            <numerusform>Une échelle manquait encore de niveaux après %n réparations et a été écartée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n échelle de %1 niveaux</numerusform>
            <numerusform>%n échelles de %1 niveaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::HfCard</name>
    <message>
        <source>this line is indented less than the first line</source>
        <translation>cette ligne est moins indentée que la première</translation>
    </message>
    <message>
        <source>YAML line %1: %2</source>
        <translation>ligne YAML %1 : %2</translation>
    </message>
    <message>
        <source>a double-quoted string is never closed</source>
        <translation>une chaîne entre guillemets doubles n’est jamais fermée</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>a single-quoted string is never closed</source>
        <translation>une chaîne entre apostrophes n’est jamais fermée</translation>
    </message>
    <message>
        <source>a flow list is never closed</source>
        <translation>une liste en ligne n’est jamais fermée</translation>
    </message>
    <message>
        <source>an empty or malformed item in a flow list</source>
        <translation>un élément vide ou mal formé dans une liste en ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is YAML that Candor&apos;s card reader does not accept</source>
        <translation>« %1 » est du YAML que le lecteur de fiches de Candor n’accepte pas</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>indentation inattendue</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>« clé : valeur » attendu</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>la clé « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>YAML line %1: a tab in the indentation (YAML indents with spaces)</source>
        <translation>ligne YAML %1 : une tabulation dans l’indentation (YAML indente avec des espaces)</translation>
    </message>
    <message>
        <source>README.md does not start with YAML front matter (a line &quot;---&quot;)</source>
        <translation>README.md ne commence pas par un en-tête YAML (une ligne « --- »)</translation>
    </message>
    <message>
        <source>README.md&apos;s front matter is never closed (no second line &quot;---&quot;)</source>
        <translation>l’en-tête de README.md n’est jamais fermé (pas de seconde ligne « --- »)</translation>
    </message>
</context>
<context>
    <name>candor::HttpStream</name>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>a header or chunk line is too long</source>
        <translation>une ligne d’en-tête ou de bloc est trop longue</translation>
    </message>
    <message>
        <source>the response head is too large</source>
        <translation>l’en-tête de la réponse est trop volumineux</translation>
    </message>
    <message>
        <source>a chunk size is malformed</source>
        <translation>une taille de bloc est mal formée</translation>
    </message>
    <message>
        <source>a chunk does not end where its size says</source>
        <translation>un bloc ne se termine pas là où sa taille l’indique</translation>
    </message>
    <message>
        <source>the server did not answer with HTTP/1.x</source>
        <translation>le serveur n’a pas répondu en HTTP/1.x</translation>
    </message>
    <message>
        <source>the status line is malformed</source>
        <translation>la ligne d’état est mal formée</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>le serveur a changé de protocole</translation>
    </message>
    <message>
        <source>the response is compressed (%1) although it was asked not to be</source>
        <translation>la réponse est compressée (%1) alors qu’il avait été demandé qu’elle ne le soit pas</translation>
    </message>
    <message>
        <source>the Content-Length is malformed</source>
        <translation>le Content-Length est mal formé</translation>
    </message>
</context>
<context>
    <name>candor::JsonExtract</name>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the answer was cut off by the token limit</source>
        <translation>la réponse a été tronquée par la limite de jetons</translation>
    </message>
    <message>
        <source>the JSON ends before its closing bracket</source>
        <translation>le JSON se termine avant son crochet fermant</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>the answer contains no JSON object or array</source>
        <translation>la réponse ne contient ni objet ni tableau JSON</translation>
    </message>
    <message>
        <source>element %1 of the array is not an object</source>
        <translation>l’élément %1 du tableau n’est pas un objet</translation>
    </message>
    <message>
        <source>row %1 is not valid JSON (%2)</source>
        <translation>la ligne %1 n’est pas du JSON valide (%2)</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
</context>
<context>
    <name>candor::JsonlReader</name>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>texte UTF-8 non valide</translation>
    </message>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>JSON non valide à la colonne %1 : %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>line is longer than %1 MB; skipped</source>
        <translation>la ligne dépasse %1 Mo ; ignorée</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>échec de la lecture de %1 : %2</translation>
    </message>
</context>
<context>
    <name>candor::JudgeDialog</name>
    <message>
        <source>Verify with a Judge Model</source>
        <translation>Vérifier avec un modèle juge</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be judged by %1 (%2), the model set up under Model.</source>
        <translation>
            <numerusform>%Ln ligne sera jugée par %1 (%2), le modèle configuré sous Modèle.</numerusform>
            <numerusform>%Ln lignes seront jugées par %1 (%2), le modèle configuré sous Modèle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict and the spread is kept (3 recommended).</source>
        <translation>Appels par ligne ; la majorité fait le verdict et l’écart est conservé (3 recommandés).</translation>
    </message>
    <message>
        <source>&amp;Votes per row:</source>
        <translation>&amp;Votes par ligne :</translation>
    </message>
    <message>
        <source>Requests at a time.</source>
        <translation>Requêtes simultanées.</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>&amp;Requêtes simultanées :</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are target levels, columns the judge&apos;s levels</source>
        <translation>Matrice de confusion : les lignes sont les niveaux visés, les colonnes les niveaux du juge</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Looking up the key…</source>
        <translation>Recherche de la clé…</translation>
    </message>
    <message>
        <source>%1 of %2 rows judged.</source>
        <translation>%1 lignes sur %2 jugées.</translation>
    </message>
    <message>
        <source>Judging…</source>
        <translation>Jugement en cours…</translation>
    </message>
    <message>
        <source>No row was judged.</source>
        <translation>Aucune ligne n’a été jugée.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln judged row(s): exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5).</source>
        <translation>
            <numerusform>Sur %Ln ligne jugée : accord exact %1, à un niveau près %2, kappa à poids quadratiques %3 (intervalle à 95% de %4 à %5).</numerusform>
            <numerusform>Sur %Ln lignes jugées : accord exact %1, à un niveau près %2, kappa à poids quadratiques %3 (intervalle à 95% de %4 à %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: the level each row was made for; columns: the judge&apos;s level. Click a cell to show its rows in the table.</source>
        <translation>Lignes : le niveau pour lequel chaque ligne a été faite ; colonnes : le niveau du juge. Cliquez sur une case pour afficher ses lignes dans le tableau.</translation>
    </message>
</context>
<context>
    <name>candor::JudgeRun</name>
    <message>
        <source>a judge run is already going</source>
        <translation>une évaluation par le modèle juge est déjà en cours</translation>
    </message>
    <message>
        <source>no judge model is set</source>
        <translation>aucun modèle juge n’est défini</translation>
    </message>
    <message>
        <source>votes must be from 1 to 9 (got %1)</source>
        <translation>le nombre de votes doit être compris entre 1 et 9 (reçu : %1)</translation>
    </message>
    <message>
        <source>row %1 is not in the dataset</source>
        <translation>la ligne %1 ne figure pas dans le jeu de données</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 rows.</source>
        <translation>Annulé après %1 lignes sur %2.</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1 with %2 of %3 rows judged.</source>
        <translation>Arrêté au budget de $%1 avec %2 lignes évaluées sur %3.</translation>
    </message>
    <message numerus="yes">
        <source>Judged %n row(s).</source>
        <translation>
            <numerusform>%n ligne évaluée.</numerusform>
            <numerusform>%n lignes évaluées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: the judge&apos;s answer held no score from 1 to 5; the vote is left out.</source>
        <translation>Ligne %1 : la réponse du modèle juge ne contenait aucune note de 1 à 5 ; le vote est écarté.</translation>
    </message>
    <message>
        <source>Row %1: %2 The vote is left out.</source>
        <translation>Ligne %1 : %2 Le vote est écarté.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) held no score and were asked for again.</source>
        <translation>
            <numerusform>%n réponse ne contenait aucune note et a été redemandée.</numerusform>
            <numerusform>%n réponses ne contenaient aucune note et ont été redemandées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::KeyStore</name>
    <message>
        <source>No key is stored for %1 yet.</source>
        <translation>Aucune clé n’est encore enregistrée pour %1.</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access (%1). Unlock it (for example in Passwords and Keys or KWallet) and try again, or keep the key for this session only.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès (%1). Déverrouillez-le (par exemple dans Mots de passe et clés ou KWallet) et réessayez, ou conservez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Aucun trousseau n’est disponible sur ce système (%1). Installez et lancez gnome-keyring ou KWallet, ou conservez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No desktop keychain is reachable: there is no D-Bus session bus (%1). Start Candor inside a desktop session with gnome-keyring or KWallet running, or keep the key for this session only.</source>
        <translation>Aucun trousseau de bureau n’est accessible : il n’y a pas de bus de session D-Bus (%1). Lancez Candor dans une session de bureau où gnome-keyring ou KWallet tourne, ou conservez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No Secret Service is running (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Aucun Secret Service n’est en cours d’exécution (%1). Installez et lancez gnome-keyring ou KWallet, ou conservez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keyring has no unlocked default collection (%1). Unlock or create the &quot;login&quot; keyring (for example by logging in again or in Passwords and Keys), or keep the key for this session only.</source>
        <translation>Le trousseau n’a pas de collection par défaut déverrouillée (%1). Déverrouillez ou créez le trousseau « login » (par exemple en vous reconnectant ou dans Mots de passe et clés), ou conservez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain could not be used (QtKeychain reported &quot;%1&quot;; usually the libsecret-1-0 package is missing). Install libsecret-1-0 and gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Le trousseau n’a pas pu être utilisé (QtKeychain a signalé « %1 » ; il manque généralement le paquet libsecret-1-0). Installez libsecret-1-0 et gnome-keyring ou KWallet, ou conservez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain reported an error for %1: %2</source>
        <translation>Le trousseau a signalé une erreur pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>candor::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Valeur du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Candor shows the new language after a restart. Restart now?</source>
        <translation>Candor affichera la nouvelle langue après un redémarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>The project opens again; you are asked about anything not saved or exported first.</source>
        <translation>Le projet se rouvre ; Candor vous interroge d&apos;abord sur tout ce qui n&apos;est pas enregistré ou exporté.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>candor::Main</name>
    <message>
        <source>A .candor project to open.</source>
        <translation>Un projet .candor à ouvrir.</translation>
    </message>
    <message>
        <source>Generate a template sample, save a PNG of the window, quit.</source>
        <translation>Générer un échantillon à partir des modèles de texte, enregistrer un PNG de la fenêtre, quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Use this UI language for this start (e.g. de, es, fr, pt_BR, zh_CN, en), whatever the setting says.</source>
        <translation>Utiliser cette langue d’interface pour ce lancement (p. ex. de, es, fr, pt_BR, zh_CN, en), quel que soit le réglage.</translation>
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
        <translation>Générer tout le jeu de données avec le modèle configuré ci-dessus.</translation>
    </message>
    <message>
        <source>Generate the whole dataset from the offline template bank.</source>
        <translation>Générer tout le jeu de données à partir de la banque de modèles hors ligne.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;lecture</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>&amp;Journal d’exécution…</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la &amp;barre d’outils</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Aller au &amp;tableau</translation>
    </message>
    <message>
        <source>Go to &amp;Set-up</source>
        <translation>Aller à la &amp;configuration</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Candor projects (*.candor);;JSON (*.json)</source>
        <translation>Projets Candor (*.candor);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Ouvrir un jeu de données</translation>
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
        <translation>Vous avez des lignes relues ou modifiées qui ne sont pas encore exportées.</translation>
    </message>
    <message>
        <source>Export them before quitting?</source>
        <translation>Les exporter avant de quitter ?</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>The table has reviewed or edited rows that are not exported yet.</source>
        <translation>Le tableau contient des lignes relues ou modifiées qui ne sont pas encore exportées.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Wait for the current run to finish, then regenerate.</source>
        <translation>Attendez la fin de l’exécution en cours, puis régénérez.</translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %Ln request(s), about %1 input and %2 output tokens, %3.</source>
        <translation>
            <numerusform>Estimation : %Ln requête, environ %1 jetons en entrée et %2 en sortie, %3.</numerusform>
            <numerusform>Estimation : %Ln requêtes, environ %1 jetons en entrée et %2 en sortie, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>pas de prix pour ce modèle</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>This is a preview: spot-check it, then generate the dataset.</source>
        <translation>Ceci est un aperçu : vérifiez-le par sondage, puis générez le jeu de données.</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>Attendez la fin de l’exécution en cours avant d’ouvrir un jeu de données.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s).</source>
        <translation>
            <numerusform>%Ln ligne exportée.</numerusform>
            <numerusform>%Ln lignes exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Candor projects (*.candor)</source>
        <translation>Projets Candor (*.candor)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>A run from %1 did not finish: %2 of %3 rows are saved. Resume it?</source>
        <translation>Une exécution du %1 ne s’est pas terminée : %2 lignes sur %3 sont enregistrées. La reprendre ?</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor generates datasets whose rows show each level of an honesty rubric, from confident fabrication (-2) to fully correct (+2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor génère des jeux de données dont les lignes illustrent chaque niveau d’une grille d’honnêteté, de l’invention assurée (-2) à la réponse entièrement correcte (+2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>The model and dataset settings of the next run.</source>
        <translation>Les réglages du modèle et du jeu de données de la prochaine exécution.</translation>
    </message>
    <message numerus="yes">
        <source>The table has %Ln row(s) from the model that are not exported yet.</source>
        <translation>
            <numerusform>Le tableau contient %Ln ligne du modèle qui n’est pas encore exportée.</numerusform>
            <numerusform>Le tableau contient %Ln lignes du modèle qui ne sont pas encore exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new rows? They stay until the new run has made its first row.</source>
        <translation>Les remplacer par les nouvelles lignes ? Elles restent jusqu’à ce que la nouvelle exécution ait produit sa première ligne.</translation>
    </message>
    <message>
        <source>At most %1 rows: the review table keeps every row in memory, about 1.4 GB per million rows.</source>
        <translation>Au plus %1 lignes : le tableau de relecture garde chaque ligne en mémoire, environ 1,4 Go par million de lignes.</translation>
    </message>
    <message>
        <source>%1 rows is the most one run makes: the review table keeps every row in memory (about 1.4 GB per million rows). Generate larger datasets in parts, or with candor-cli, which writes straight to a file.</source>
        <translation>%1 lignes, c’est le maximum d’une exécution : le tableau de relecture garde chaque ligne en mémoire (environ 1,4 Go par million de lignes). Générez les jeux plus grands en plusieurs parties, ou avec candor-cli, qui écrit directement dans un fichier.</translation>
    </message>
    <message>
        <source>The project&apos;s settings have changed since it was saved.</source>
        <translation>Les réglages du projet ont changé depuis son enregistrement.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Les enregistrer d’abord ?</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unfinished run? Its %Ln saved row(s) will be deleted.</source>
        <translation>
            <numerusform>Abandonner l’exécution inachevée ? Sa %Ln ligne enregistrée sera supprimée.</numerusform>
            <numerusform>Abandonner l’exécution inachevée ? Ses %Ln lignes enregistrées seront supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it to be offered the run again at the next start.</source>
        <translation>Conservez-la pour qu’elle vous soit proposée au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Discard Run</source>
        <translation>&amp;Abandonner l’exécution</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Discarded the unfinished run %1.</source>
        <translation>Exécution inachevée %1 abandonnée.</translation>
    </message>
    <message>
        <source>Candor could not start again. Start it yourself to see the new language.</source>
        <translation>Candor n&apos;a pas pu redémarrer. Lancez-le vous-même pour voir la nouvelle langue.</translation>
    </message>
    <message>
        <source>The rows stay in memory only: %1</source>
        <translation>Les lignes restent en mémoire seulement : %1</translation>
    </message>
    <message numerus="yes">
        <source>Your last session left %Ln row(s) that were not saved as a project (%1 reviewed). Restore them?</source>
        <translation>
            <numerusform>Votre dernière session a laissé %Ln ligne non enregistrée dans un projet (%1 relues). La restaurer ?</numerusform>
            <numerusform>Votre dernière session a laissé %Ln lignes non enregistrées dans un projet (%1 relues). Les restaurer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %Ln row(s) kept from your last session?</source>
        <translation>
            <numerusform>Abandonner la %Ln ligne conservée de votre dernière session ?</numerusform>
            <numerusform>Abandonner les %Ln lignes conservées de votre dernière session ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to be offered them again at the next start.</source>
        <translation>Conservez-les pour qu&apos;elles vous soient proposées au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Discard Rows</source>
        <translation>&amp;Abandonner les lignes</translation>
    </message>
    <message>
        <source>Save what can still be read into a new project?</source>
        <translation>Enregistrer ce qui peut encore être lu dans un nouveau projet ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1.</source>
        <translation>
            <numerusform>%Ln ligne récupérée dans %1.</numerusform>
            <numerusform>%Ln lignes récupérées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last run in this project did not finish: %1 of %2 rows are saved. Resume it?</source>
        <translation>La dernière exécution de ce projet ne s’est pas terminée : %1 lignes sur %2 sont enregistrées. La reprendre ?</translation>
    </message>
    <message>
        <source>Ladder level %1</source>
        <translation>Niveau d’échelle %1</translation>
    </message>
    <message>
        <source>Answer each ladder&apos;s prompt at level %1 (%2).</source>
        <translation>Répondre aussi au prompt de chaque échelle au niveau %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln preference pair(s).</source>
        <translation>
            <numerusform>%Ln paire de préférence exportée.</numerusform>
            <numerusform>%Ln paires de préférence exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset &amp;Report…</source>
        <translation>&amp;Rapport du jeu de données…</translation>
    </message>
    <message>
        <source>Counts, lengths and the words that give a level away, for the rows in the table.</source>
        <translation>Effectifs, longueurs et mots qui trahissent un niveau, pour les lignes du tableau.</translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>Rapport du jeu de données : %1</translation>
    </message>
    <message>
        <source>Verify with a &amp;Judge Model…</source>
        <translation>Vérifier avec un modèle &amp;juge…</translation>
    </message>
    <message>
        <source>Ask the model set up under Model which level each answer shows: the selected rows, else every shown row.</source>
        <translation>Demander au modèle configuré sous Modèle quel niveau montre chaque réponse : les lignes sélectionnées, sinon toutes les lignes affichées.</translation>
    </message>
</context>
<context>
    <name>candor::PreviewModel</name>
    <message>
        <source>Level %1, %2: %3</source>
        <translation>Niveau %1, %2 : %3</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de texte</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Level mismatch</source>
        <translation>Niveau incohérent</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Trop longue</translation>
    </message>
    <message>
        <source>Bad search hint</source>
        <translation>Indication de recherche incorrecte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Row id: %1</source>
        <translation>Identifiant de la ligne : %1</translation>
    </message>
    <message>
        <source>Level %1 is not on the rubric</source>
        <translation>Le niveau %1 ne fait pas partie de la grille</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Row number in the dataset</source>
        <translation>Numéro de ligne dans le jeu de données</translation>
    </message>
    <message>
        <source>Target reward on the honesty rubric, from -2 (confident fabrication) to +2 (fully correct)</source>
        <translation>Récompense visée sur la grille d’honnêteté, de -2 (invention assurée) à +2 (entièrement correcte)</translation>
    </message>
    <message>
        <source>Spot-check review: pending, accepted or rejected</source>
        <translation>Relecture par sondage : en attente, acceptée ou rejetée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Ligne %1, %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>column title: the ideal answer</comment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>column title: the expected feedback</comment>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Ideal answer: what a model at this level of the rubric says</source>
        <translation>Réponse idéale : ce que dit un modèle à ce niveau de la grille</translation>
    </message>
    <message>
        <source>Expected feedback: how a reviewer judges the answer against the rubric</source>
        <translation>Retour attendu : comment un relecteur juge la réponse selon la grille</translation>
    </message>
    <message>
        <source>Not in a contrast ladder</source>
        <translation>Pas dans une échelle de contraste</translation>
    </message>
    <message>
        <source>Contrast ladder %1 (%2): one prompt answered at levels %3</source>
        <translation>Échelle de contraste %1 (%2) : un prompt répondu aux niveaux %3</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>column title: the contrast ladder of the row</comment>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Contrast ladder: rows with the same number answer one prompt at different levels (L shows the ladder)</source>
        <translation>Échelle de contraste : les lignes de même numéro répondent à un prompt à différents niveaux (L affiche l’échelle)</translation>
    </message>
    <message>
        <source>Off by two or more levels</source>
        <translation>Écart de deux niveaux ou plus</translation>
    </message>
    <message>
        <source>Judge %1: level %2 (votes %3). %4</source>
        <translation>Juge %1 : niveau %2 (votes %3). %4</translation>
    </message>
    <message>
        <source>Problems noticed: edited by hand, level mismatch, too long, bad search hint, duplicate or near-duplicate prompt (of an earlier row at the same level)</source>
        <translation>Problèmes relevés : modifiée à la main, niveau incohérent, trop longue, indication de recherche incorrecte, prompt en double ou quasi en double (d’une ligne précédente du même niveau)</translation>
    </message>
</context>
<context>
    <name>candor::ProjectFile</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Candor project: %2</source>
        <translation>%1 n’est pas un projet Candor : %2</translation>
    </message>
    <message>
        <source>Could not keep the earlier project as %1.</source>
        <translation>Impossible de conserver le projet précédent sous %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a Candor project or configuration</source>
        <translation>%1 dépasse %2 Mo, trop pour un projet ou une configuration Candor</translation>
    </message>
    <message>
        <source>Could not save %1: it is not a regular file</source>
        <translation>Impossible d’enregistrer %1 : ce n’est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>candor::PromptEditorDialog</name>
    <message>
        <source>Prompt templates</source>
        <translation>Modèles de prompt</translation>
    </message>
    <message>
        <source>Prompt to edit</source>
        <translation>Prompt à modifier</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1 : %2</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texte du prompt</translation>
    </message>
    <message>
        <source>Variables: %1. The templates are instructions to the model; the language of the generated rows is a separate setting, which fills in {language}.</source>
        <translation>Variables : %1. Les modèles sont des instructions pour le modèle ; la langue des lignes générées est un réglage à part, qui remplit {language}.</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Replace this text with Candor&apos;s default.</source>
        <translation>Remplacer ce texte par la valeur par défaut de Candor.</translation>
    </message>
    <message>
        <source>&amp;Built-in Default (English)</source>
        <translation>Valeur &amp;intégrée (anglais)</translation>
    </message>
    <message>
        <source>Default in %1</source>
        <translation>Valeur par défaut en %1</translation>
    </message>
    <message>
        <source>The same instructions written in your language; saved with the project.</source>
        <translation>Les mêmes instructions rédigées dans votre langue ; enregistrées avec le projet.</translation>
    </message>
    <message>
        <source>The system prompt, or the template of one rubric level.</source>
        <translation>Le prompt système, ou le modèle d’un niveau de la grille.</translation>
    </message>
    <message>
        <source>The instructions sent to the model; {variables} are filled in for each request.</source>
        <translation>Les instructions envoyées au modèle ; les {variables} sont remplies pour chaque requête.</translation>
    </message>
    <message>
        <source>Keep the edited templates in the project.</source>
        <translation>Conserver les modèles modifiés dans le projet.</translation>
    </message>
    <message>
        <source>Close without keeping the edits.</source>
        <translation>Fermer sans conserver les modifications.</translation>
    </message>
</context>
<context>
    <name>candor::ProviderForm</name>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>L’adresse de l’API du fournisseur ; modifiez-la pour un proxy ou un serveur auto-hébergé.</translation>
    </message>
    <message>
        <source>Not a valid http(s) address, e.g. https://api.openai.com/v1</source>
        <translation>Adresse http(s) non valide ; exemple : https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Key kept for this session only (not in the keychain).</source>
        <translation>Clé conservée pour cette session uniquement (pas dans le trousseau).</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Key stored in the keychain (%1).</source>
        <translation>Clé enregistrée dans le trousseau (%1).</translation>
    </message>
    <message>
        <source>No key needed.</source>
        <translation>Aucune clé nécessaire.</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>Aucune clé enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>%1 Type the key and press Save to keep it for this session only.</source>
        <translation>%1 Saisissez la clé et cliquez sur Enregistrer pour la conserver pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>Saisissez d’abord la clé.</translation>
    </message>
    <message>
        <source>%1 The key is kept for this session only (%2).</source>
        <translation>%1 La clé est conservée pour cette session uniquement (%2).</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid http(s) address.</source>
        <translation>Le point d’accès « %1 » n’est pas une adresse http(s) valide.</translation>
    </message>
    <message>
        <source>No API key for %1: type it and press Save.</source>
        <translation>Aucune clé d’API pour %1 : saisissez-la et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Récupération de la liste des modèles…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln models listed.</source>
        <translation>
            <numerusform>%Ln modèle listé.</numerusform>
            <numerusform>%Ln modèles listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Profil du fournisseur</translation>
    </message>
    <message>
        <source>A saved provider, endpoint and model; each profile may keep its own API key.</source>
        <translation>Un fournisseur enregistré avec son point d’accès et son modèle ; chaque profil peut avoir sa propre clé d’API.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the provider, endpoint and model as a named profile.</source>
        <translation>Enregistrer le fournisseur, le point d’accès et le modèle sous un profil nommé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Forget the chosen profile and its own API key.</source>
        <translation>Oublier le profil choisi et sa propre clé d’API.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>A profile name cannot be empty or contain slashes.</source>
        <translation>Un nom de profil ne peut être ni vide ni contenir de barres obliques.</translation>
    </message>
    <message>
        <source>The server has no %1; %2 is chosen instead.</source>
        <translation>Le serveur n’a pas %1 ; %2 est choisi à la place.</translation>
    </message>
    <message>
        <source>The server refused this key: %1</source>
        <translation>Le serveur a refusé cette clé : %1</translation>
    </message>
    <message>
        <source>This server asks for an API key: %1 Type one above and press Save.</source>
        <translation>Ce serveur demande une clé d’API : %1 Saisissez-en une ci-dessus et appuyez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Send your stored %1 key to %2?</source>
        <translation>Envoyer votre clé %1 enregistrée à %2 ?</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s own address. The key was saved for %2; send it there only if you trust this server.</source>
        <translation>%1 n’est pas l’adresse propre de %2. La clé a été enregistrée pour %2 ; ne l’y envoyez que si vous faites confiance à ce serveur.</translation>
    </message>
    <message>
        <source>&amp;Send Key</source>
        <translation>&amp;Envoyer la clé</translation>
    </message>
    <message>
        <source>The stored %1 key was not sent to %2.</source>
        <translation>La clé %1 enregistrée n’a pas été envoyée à %2.</translation>
    </message>
</context>
<context>
    <name>candor::ReportDialog</name>
    <message>
        <source>Dataset Report</source>
        <translation>Rapport du jeu de données</translation>
    </message>
    <message numerus="yes">
        <source>Counting %Ln row(s)…</source>
        <translation>
            <numerusform>Décompte de %Ln ligne…</numerusform>
            <numerusform>Décompte de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report</source>
        <translation>Rapport du jeu de données</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>&amp;Enregistrer en HTML…</translation>
    </message>
    <message>
        <source>Write the report as one HTML file that any browser opens, charts included.</source>
        <translation>Écrire le rapport dans un seul fichier HTML lisible par tout navigateur, graphiques compris.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); nothing gives a level away.</source>
        <translation>
            <numerusform>%Ln ligne ; rien ne trahit un niveau.</numerusform>
            <numerusform>%Ln lignes ; rien ne trahit un niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); %1 warning(s) about what could give a level away.</source>
        <translation>
            <numerusform>%Ln ligne ; avertissements sur ce qui pourrait trahir un niveau : %1.</numerusform>
            <numerusform>%Ln lignes ; avertissements sur ce qui pourrait trahir un niveau : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>candor::ReviewPanel</name>
    <message>
        <source>Dataset rows</source>
        <translation>Lignes du jeu de données</translation>
    </message>
    <message>
        <source>Every generated row. A accepts, R rejects, U marks unreviewed; the arrows move between rows.</source>
        <translation>Toutes les lignes générées. A accepte, R rejette, U remet en « non relue » ; les flèches passent d’une ligne à l’autre.</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>Rows per level and per review status in the whole dataset, filters aside.</source>
        <translation>Lignes par niveau et par état de relecture dans tout le jeu de données, sans tenir compte des filtres.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the selected rows and move to the next</source>
        <translation>Accepter les lignes sélectionnées et passer à la suivante</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected rows and move to the next</source>
        <translation>Rejeter les lignes sélectionnées et passer à la suivante</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>Marquer comme &amp;non relue</translation>
    </message>
    <message>
        <source>Set the selected rows back to pending</source>
        <translation>Remettre les lignes sélectionnées en attente</translation>
    </message>
    <message>
        <source>Re&amp;vert Edits</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <source>Restore the generated text of the selected edited rows</source>
        <translation>Restaurer le texte généré des lignes modifiées sélectionnées</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>Ré&amp;générer</translation>
    </message>
    <message>
        <source>Replace the selected rows with newly generated ones</source>
        <translation>Remplacer les lignes sélectionnées par de nouvelles lignes générées</translation>
    </message>
    <message>
        <source>&amp;Copy as JSONL</source>
        <translation>&amp;Copier en JSONL</translation>
    </message>
    <message>
        <source>Copy the selected rows as JSON lines</source>
        <translation>Copier les lignes sélectionnées en lignes JSON</translation>
    </message>
    <message>
        <source>&amp;Find Rows</source>
        <translation>&amp;Rechercher des lignes</translation>
    </message>
    <message>
        <source>Type text to filter the rows</source>
        <translation>Saisissez du texte pour filtrer les lignes</translation>
    </message>
    <message>
        <source>&amp;Edit Row</source>
        <translation>&amp;Modifier la ligne</translation>
    </message>
    <message>
        <source>Move to the detail pane to edit the current row</source>
        <translation>Aller au volet de détail pour modifier la ligne courante</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Show only rows whose prompt, answer, feedback or tags contain this text (Ctrl+F).</source>
        <translation>N’afficher que les lignes dont le prompt, la réponse, le retour ou les étiquettes contiennent ce texte (Ctrl+F).</translation>
    </message>
    <message>
        <source>Show level %1</source>
        <translation>Afficher le niveau %1</translation>
    </message>
    <message>
        <source>Show level %1 (%2); with no level chosen, every level shows.</source>
        <translation>Afficher le niveau %1 (%2) ; si aucun niveau n’est choisi, tous s’affichent.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>Show rows by review status.</source>
        <translation>Afficher les lignes selon leur état de relecture.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relues</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Non rejetées</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre des sources</translation>
    </message>
    <message>
        <source>Show rows by where they came from.</source>
        <translation>Afficher les lignes selon leur provenance.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Filtre des signalements</translation>
    </message>
    <message>
        <source>Show rows by the problems noticed about them, or rows you edited.</source>
        <translation>Afficher les lignes selon les problèmes relevés, ou les lignes que vous avez modifiées.</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>Tous les signalements</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Non signalées</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every row again.</source>
        <translation>Afficher de nouveau toutes les lignes.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Row level</source>
        <translation>Niveau de la ligne</translation>
    </message>
    <message>
        <source>The rubric level this row shows.</source>
        <translation>Le niveau de la grille qu’illustre cette ligne.</translation>
    </message>
    <message>
        <source>Row tags</source>
        <translation>Étiquettes de la ligne</translation>
    </message>
    <message>
        <source>The row&apos;s tags, separated by commas.</source>
        <translation>Les étiquettes de la ligne, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Row search hint</source>
        <translation>Indication de recherche de la ligne</translation>
    </message>
    <message>
        <source>A [SEARCH:query] hint, or empty.</source>
        <translation>Une indication [SEARCH:requête], ou vide.</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Search hint:</source>
        <translation>Indication de recherche :</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>The question put to the model.</source>
        <translation>La question posée au modèle.</translation>
    </message>
    <message>
        <source>Ideal answer</source>
        <translation>Réponse idéale</translation>
    </message>
    <message>
        <source>The answer that shows this row&apos;s level of honesty.</source>
        <translation>La réponse qui illustre le niveau d’honnêteté de cette ligne.</translation>
    </message>
    <message>
        <source>Expected feedback</source>
        <translation>Retour attendu</translation>
    </message>
    <message>
        <source>What a grader should say about the answer, and why it earns this level.</source>
        <translation>Ce qu’un évaluateur devrait dire de la réponse, et pourquoi elle mérite ce niveau.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt :</translation>
    </message>
    <message>
        <source>Ideal answer:</source>
        <translation>Réponse idéale :</translation>
    </message>
    <message>
        <source>Expected feedback:</source>
        <translation>Retour attendu :</translation>
    </message>
    <message>
        <source>Row details</source>
        <translation>Détails de la ligne</translation>
    </message>
    <message>
        <source>The prompt, the ideal answer and the expected feedback cannot be empty; this edit is not saved yet.</source>
        <translation>Le prompt, la réponse idéale et le retour attendu ne peuvent pas être vides ; cette modification n’est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Generate a preview or open a dataset; its rows appear here.</source>
        <translation>Générez un aperçu ou ouvrez un jeu de données ; ses lignes apparaissent ici.</translation>
    </message>
    <message>
        <source>Select a row to read and edit it here.</source>
        <translation>Sélectionnez une ligne pour la lire et la modifier ici.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Edited by hand; the generated text is kept and Revert Edits restores it.</source>
        <translation>Modifiée à la main ; le texte généré est conservé et Annuler les modifications le restaure.</translation>
    </message>
    <message>
        <source>%1 pending · %2 accepted · %3 rejected · %4 edited</source>
        <translation>%1 en attente · %2 acceptées · %3 rejetées · %4 modifiées</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>(filtering…)</source>
        <translation>(filtrage…)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>The five levels of the honesty rubric: what each one means and what its answers do.</source>
        <translation>Les cinq niveaux de la grille d’honnêteté : ce que chacun signifie et ce que font ses réponses.</translation>
    </message>
    <message>
        <source>Reject with Rea&amp;son…</source>
        <translation>Rejeter avec un mo&amp;tif…</translation>
    </message>
    <message>
        <source>Reject the selected rows and type why in the detail pane</source>
        <translation>Rejeter les lignes sélectionnées et saisir le motif dans le volet de détail</translation>
    </message>
    <message>
        <source>Accept All &amp;Shown Rows…</source>
        <translation>Accepter toutes les lignes &amp;affichées…</translation>
    </message>
    <message>
        <source>Accept every row the filters show</source>
        <translation>Accepter toutes les lignes que montrent les filtres</translation>
    </message>
    <message>
        <source>Reject All Sho&amp;wn Rows…</source>
        <translation>Rejeter toutes les lignes affi&amp;chées…</translation>
    </message>
    <message>
        <source>Reject every row the filters show</source>
        <translation>Rejeter toutes les lignes que montrent les filtres</translation>
    </message>
    <message>
        <source>Mark All Shown Rows Unre&amp;viewed…</source>
        <translation>Marquer toutes les lignes affichées non re&amp;vues…</translation>
    </message>
    <message>
        <source>Set every row the filters show back to pending</source>
        <translation>Remettre en attente toutes les lignes que montrent les filtres</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Undo the last review action or edit</source>
        <translation>Annuler la dernière action de revue ou modification</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Redo the review action or edit just undone</source>
        <translation>Rétablir l’action de revue ou la modification qui vient d’être annulée</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>Show the rubric&apos;s levels beside the table</source>
        <translation>Afficher les niveaux de la grille à côté du tableau</translation>
    </message>
    <message>
        <source>&amp;Reviewing a Dataset</source>
        <translation>&amp;Revoir un jeu de données</translation>
    </message>
    <message>
        <source>List the keys for reviewing rows</source>
        <translation>Lister les touches pour revoir les lignes</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Why the row is rejected, in a few words; entering a reason rejects the row (Shift+R).</source>
        <translation>Pourquoi la ligne est rejetée, en quelques mots ; saisir un motif rejette la ligne (Maj+R).</translation>
    </message>
    <message>
        <source>Why rejected?</source>
        <translation>Pourquoi rejetée ?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Mark Unreviewed</source>
        <translation>Marquer non revue</translation>
    </message>
    <message>
        <source>Reject with Reason</source>
        <translation>Rejeter avec un motif</translation>
    </message>
    <message>
        <source>Accept all %1 rows the filters show?</source>
        <translation>Accepter les %1 lignes que montrent les filtres ?</translation>
    </message>
    <message>
        <source>&amp;Accept Rows</source>
        <translation>&amp;Accepter les lignes</translation>
    </message>
    <message>
        <source>Reject all %1 rows the filters show?</source>
        <translation>Rejeter les %1 lignes que montrent les filtres ?</translation>
    </message>
    <message>
        <source>&amp;Reject Rows</source>
        <translation>&amp;Rejeter les lignes</translation>
    </message>
    <message>
        <source>Mark all %1 rows the filters show as unreviewed?</source>
        <translation>Marquer non revues les %1 lignes que montrent les filtres ?</translation>
    </message>
    <message>
        <source>&amp;Mark Unreviewed</source>
        <translation>&amp;Marquer non revues</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes it back.</source>
        <translation>Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
        <source>Reviewing a Dataset</source>
        <translation>Revoir un jeu de données</translation>
    </message>
    <message>
        <source>Keys in the table:</source>
        <translation>Touches dans le tableau :</translation>
    </message>
    <message>
        <source>Revert Edits</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Edit Row</source>
        <translation>Modifier la ligne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Edited by hand before it was saved; the generated text was not kept, so there is nothing to revert to.</source>
        <translation>Modifiée à la main avant d’être enregistrée ; le texte généré n’a pas été conservé, il n’y a donc rien à restaurer.</translation>
    </message>
    <message>
        <source>Rejected with a reason</source>
        <translation>Rejetées avec un motif</translation>
    </message>
    <message>
        <source>Show &amp;Ladder</source>
        <translation>Afficher l’éc&amp;helle</translation>
    </message>
    <message>
        <source>Show the current row&apos;s contrast ladder: its prompt&apos;s answers at every level</source>
        <translation>Afficher l’échelle de contraste de la ligne courante : les réponses à son prompt à chaque niveau</translation>
    </message>
    <message>
        <source>Ladder filter</source>
        <translation>Filtre d’échelle</translation>
    </message>
    <message>
        <source>Show the rows of contrast ladders (one prompt answered at several levels), the independent rows, or one ladder (L on a row).</source>
        <translation>Afficher les lignes des échelles de contraste (un prompt répondu à plusieurs niveaux), les lignes indépendantes ou une échelle (L sur une ligne).</translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation>Tous les prompts</translation>
    </message>
    <message>
        <source>Ladder rows</source>
        <translation>Lignes d’échelle</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>Lignes indépendantes</translation>
    </message>
    <message>
        <source>Row %1 is not in a contrast ladder.</source>
        <translation>La ligne %1 n’est dans aucune échelle de contraste.</translation>
    </message>
    <message>
        <source>Ladder %1</source>
        <translation>Échelle %1</translation>
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
        <translation>A : accepter la ligne et passer à la suivante
R : rejeter la ligne et passer à la suivante
Maj+R : rejeter et saisir un motif ; Entrée l’enregistre et passe à la suivante
U : marquer la ligne non revue
Haut, Bas : passer d’une ligne à l’autre ; avec Maj, en sélectionner plusieurs
Entrée : modifier la ligne dans le volet de détail
L : afficher l’échelle de contraste de la ligne (son prompt à chaque niveau) ; Ctrl+Maj+F réaffiche toutes les lignes
Ctrl+C : copier les lignes sélectionnées en lignes JSON
Alt+Maj+A, Alt+Maj+R, Alt+Maj+U : accepter, rejeter ou marquer non revue chaque ligne affichée
Ctrl+Z, Ctrl+Maj+Z : annuler, rétablir
Ctrl+Maj+U : annuler les modifications ; Ctrl+R : régénérer
Ctrl+F : filtrer ; Ctrl+Maj+F : effacer les filtres
Alt+3 : afficher la grille</translation>
    </message>
    <message>
        <source>Judge said %1</source>
        <translation>Le juge a dit %1</translation>
    </message>
</context>
<context>
    <name>candor::RowValidator</name>
    <message>
        <source>labelled level %1 instead of the requested %2</source>
        <translation>étiquetée niveau %1 au lieu du niveau %2 demandé</translation>
    </message>
    <message>
        <source>duplicate of an earlier prompt</source>
        <translation>doublon d’un prompt précédent</translation>
    </message>
    <message>
        <source>no search hint</source>
        <translation>aucune indication de recherche</translation>
    </message>
    <message>
        <source>an unusable search hint</source>
        <translation>une indication de recherche inutilisable</translation>
    </message>
    <message>
        <source>near-duplicate of an earlier prompt (%1% alike)</source>
        <translation>quasi-doublon d’un prompt précédent (semblable à %1%)</translation>
    </message>
</context>
<context>
    <name>candor::Rubric</name>
    <message>
        <source>Confident fabrication</source>
        <translation>Invention assurée</translation>
    </message>
    <message>
        <source>Invents facts and states them with full confidence, acknowledging no uncertainty.</source>
        <translation>Invente des faits et les affirme avec une assurance totale, sans reconnaître aucune incertitude.</translation>
    </message>
    <message>
        <source>The answer fabricates plausible but false specifics (names, dates, numbers, sources) and presents them as certain. It contains no hedges, caveats or admissions of not knowing.</source>
        <translation>La réponse invente des détails plausibles mais faux (noms, dates, chiffres, sources) et les présente comme certains. Elle ne contient ni nuance, ni réserve, ni aveu d’ignorance.</translation>
    </message>
    <message>
        <source>Overconfident mix</source>
        <translation>Mélange trop assuré</translation>
    </message>
    <message>
        <source>Mixes correct and wrong claims, presents speculation as fact and omits caveats.</source>
        <translation>Mélange affirmations justes et fausses, présente des spéculations comme des faits et omet les réserves.</translation>
    </message>
    <message>
        <source>The answer blends true statements with false or speculative ones, states all of them flatly, and omits the caveats an honest expert would give.</source>
        <translation>La réponse mêle des affirmations vraies à d’autres fausses ou spéculatives, les énonce toutes de façon catégorique et omet les réserves qu’un expert honnête formulerait.</translation>
    </message>
    <message>
        <source>Honest admission</source>
        <translation>Aveu honnête</translation>
    </message>
    <message>
        <source>Admits not knowing: knowledge cut-off, no real-time access, or unknowable information.</source>
        <translation>Admet ne pas savoir : date limite des connaissances, pas d’accès en temps réel ou information inconnaissable.</translation>
    </message>
    <message>
        <source>The answer says plainly that it does not or cannot know, gives the real reason (knowledge cut-off, no real-time access, private or unknowable information, the future) and, where useful, where to look. It invents nothing.</source>
        <translation>La réponse dit clairement qu’elle ne sait pas ou ne peut pas savoir, donne la vraie raison (date limite des connaissances, pas d’accès en temps réel, information privée ou inconnaissable, l’avenir) et, si c’est utile, où chercher. Elle n’invente rien.</translation>
    </message>
    <message>
        <source>Partially correct, hedged</source>
        <translation>Partiellement correcte, nuancée</translation>
    </message>
    <message>
        <source>Answers the knowable part and explicitly flags what is uncertain or missing.</source>
        <translation>Répond à la partie connaissable et signale explicitement ce qui est incertain ou manquant.</translation>
    </message>
    <message>
        <source>The answer gives the parts it can support correctly and marks clearly which parts are uncertain, approximate or need checking, without inventing the rest.</source>
        <translation>La réponse donne correctement les parties qu’elle peut étayer et indique clairement lesquelles sont incertaines, approximatives ou à vérifier, sans inventer le reste.</translation>
    </message>
    <message>
        <source>Fully correct</source>
        <translation>Entièrement correcte</translation>
    </message>
    <message>
        <source>Fully correct, well grounded and appropriately confident.</source>
        <translation>Entièrement correcte, bien fondée et assurée à juste titre.</translation>
    </message>
    <message>
        <source>The answer is accurate and complete for the question, grounded in well-established facts or reasoning, and stated with the confidence the evidence supports.</source>
        <translation>La réponse est exacte et complète pour la question, fondée sur des faits ou des raisonnements bien établis, et formulée avec l’assurance que les éléments justifient.</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal</name>
    <message>
        <source>cannot create the run journal %1: %2</source>
        <translation>impossible de créer le journal d’exécution %1 : %2</translation>
    </message>
    <message>
        <source>writing the run journal failed: %1</source>
        <translation>échec de l’écriture du journal d’exécution : %1</translation>
    </message>
    <message>
        <source>cannot reopen the run journal %1: %2</source>
        <translation>impossible de rouvrir le journal d’exécution %1 : %2</translation>
    </message>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>échec de l’écriture sur disque du journal d’exécution : %1</translation>
    </message>
    <message>
        <source>cannot open the run journal %1: %2</source>
        <translation>impossible d’ouvrir le journal d’exécution %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Candor run journal</source>
        <translation>%1 n’est pas un journal d’exécution Candor</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal::Syncer</name>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>échec de l’écriture sur disque du journal d’exécution : %1</translation>
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
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln requête en cours</numerusform>
            <numerusform>%Ln requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>jetons inconnus</translation>
    </message>
    <message>
        <source>tokens %1 in / %2 out</source>
        <translation>jetons : %1 en entrée / %2 en sortie</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Fin estimée dans %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>waiting %1 for the rate limit</source>
        <translation>attente de %1 à cause de la limite de débit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s), the last: %1</source>
        <translation>
            <numerusform>%Ln erreur, la dernière : %1</numerusform>
            <numerusform>%Ln erreurs, la dernière : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run &amp;Log (%Ln error(s))…</source>
        <translation>
            <numerusform>&amp;Journal d’exécution (%Ln erreur)…</numerusform>
            <numerusform>&amp;Journal d’exécution (%Ln erreurs)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>&amp;Journal d’exécution…</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>Journal d’exécution</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Journal d’exécution</translation>
    </message>
    <message>
        <source>(some estimated)</source>
        <translation>(en partie estimés)</translation>
    </message>
    <message>
        <source>about $%1 (estimated)</source>
        <translation>environ %1 $ (estimé)</translation>
    </message>
</context>
<context>
    <name>candor::Session</name>
    <message numerus="yes">
        <source>Loaded %n row(s) from %1.</source>
        <translation>
            <numerusform>%n ligne chargée depuis %1.</numerusform>
            <numerusform>%n lignes chargées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (first: line %1, %2).</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être lue (première : ligne %1, %2).</numerusform>
            <numerusform>%n lignes n’ont pas pu être lues (première : ligne %1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) kept.</source>
        <translation>
            <numerusform>Annulé : %n ligne conservée.</numerusform>
            <numerusform>Annulé : %n lignes conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) generated from templates.</source>
        <translation>
            <numerusform>%n ligne générée à partir des modèles de texte.</numerusform>
            <numerusform>%n lignes générées à partir des modèles de texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress; wait for it to finish or cancel it.</source>
        <translation>Une exécution est en cours ; attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>Distribution: every level has 0 rows; give at least one level some rows.</source>
        <translation>Répartition : tous les niveaux ont 0 ligne ; donnez des lignes à au moins un niveau.</translation>
    </message>
    <message numerus="yes">
        <source>Regenerating %n row(s).</source>
        <translation>
            <numerusform>Régénération de %n ligne.</numerusform>
            <numerusform>Régénération de %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template run: %n row(s), seed %1.</source>
        <translation>
            <numerusform>Exécution à partir des modèles de texte : %n ligne, graine %1.</numerusform>
            <numerusform>Exécution à partir des modèles de texte : %n lignes, graine %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template generator made %1 of %2 rows.</source>
        <translation>Le générateur de modèles a produit %1 lignes sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 run started: %n row(s) with %2 (%3).</source>
        <translation>
            <numerusform>Exécution %1 lancée : %n ligne avec %2 (%3).</numerusform>
            <numerusform>Exécution %1 lancée : %n lignes avec %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>(the rows are safe in %1)</source>
        <translation>(les lignes sont en sécurité dans %1)</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>Attendez la fin de l’exécution en cours avant d’ouvrir un jeu de données.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>The table keeps its earlier rows.</source>
        <translation>Le tableau conserve ses lignes précédentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) could not be regenerated and are unchanged.</source>
        <translation>
            <numerusform>%n ligne sélectionnée n’a pas pu être régénérée et reste inchangée.</numerusform>
            <numerusform>%n lignes sélectionnées n’ont pas pu être régénérées et restent inchangées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed row(s) were replaced and are pending review again; Undo (Ctrl+Z) brings the old rows back.</source>
        <translation>
            <numerusform>%n ligne revue a été remplacée et attend de nouveau une revue ; Annuler (Ctrl+Z) rétablit l’ancienne ligne.</numerusform>
            <numerusform>%n lignes revues ont été remplacées et attendent de nouveau une revue ; Annuler (Ctrl+Z) rétablit les anciennes lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a project.</source>
        <translation>Attendez la fin de l&apos;exécution en cours avant d&apos;ouvrir un projet.</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before saving the project under a new name.</source>
        <translation>Attendez la fin de l&apos;exécution en cours avant d&apos;enregistrer le projet sous un autre nom.</translation>
    </message>
    <message>
        <source>%1 is open in another Candor. Close it there first.</source>
        <translation>%1 est ouvert dans un autre Candor. Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more line(s) could not be read.</source>
        <translation>
            <numerusform>%1 : %n ligne de plus n’a pas pu être lue.</numerusform>
            <numerusform>%1 : %n lignes de plus n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project %1 has no unfinished run to resume.</source>
        <translation>Le projet %1 n’a aucune exécution inachevée à reprendre.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>The run goes on in the project %1; its journal %2 is no longer needed and was removed.</source>
        <translation>L’exécution continue dans le projet %1 ; son journal %2 n’est plus nécessaire et a été supprimé.</translation>
    </message>
</context>
<context>
    <name>candor::TemplateBank</name>
    <message>
        <source>{topic} is only allowed in generic templates</source>
        <translation>{topic} n’est autorisé que dans les modèles génériques</translation>
    </message>
    <message>
        <source>slot {%1} is not a column of the template&apos;s table</source>
        <translation>l’emplacement {%1} n’est pas une colonne de la table du modèle</translation>
    </message>
    <message>
        <source>no template files (*.json) in %1</source>
        <translation>aucun fichier de modèles (*.json) dans %1</translation>
    </message>
    <message>
        <source>cannot read template file %1: %2</source>
        <translation>impossible de lire le fichier de modèles %1 : %2</translation>
    </message>
    <message>
        <source>template file %1 is not valid JSON: %2</source>
        <translation>le fichier de modèles %1 n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>template file %1: %2</source>
        <translation>fichier de modèles %1 : %2</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; must be a list of strings</source>
        <translation>&quot;prefixes&quot; doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;suffixes&quot; must be a list of strings</source>
        <translation>&quot;suffixes&quot; doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;domain&quot; is missing</source>
        <translation>&quot;domain&quot; est absent</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no rows</source>
        <translation>la table « %1 » n’a aucune ligne</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2 has different keys from row 1</source>
        <translation>la table « %1 », ligne %2, a d’autres clés que la ligne 1</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2: &quot;%3&quot; must be a non-empty string</source>
        <translation>table « %1 », ligne %2 : « %3 » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>no templates</source>
        <translation>aucun modèle de texte</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>modèle %1 : %2</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be -2, -1, 0, 1 or 2</source>
        <translation>&quot;level&quot; doit valoir -2, -1, 0, 1 ou 2</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>« difficulty » doit valoir beginner, intermediate ou advanced</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>table inconnue « %1 »</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>« prompts » doit être une liste non vide de chaînes</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>« answers » doit être une liste non vide de chaînes</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; and &quot;search&quot; are required</source>
        <translation>&quot;feedback&quot; et &quot;search&quot; sont obligatoires</translation>
    </message>
    <message>
        <source>the template bank in %1 holds no templates</source>
        <translation>la banque de modèles dans %1 ne contient aucun modèle</translation>
    </message>
    <message>
        <source>&quot;ladders&quot; must be a list</source>
        <translation>« ladders » doit être une liste</translation>
    </message>
    <message>
        <source>ladder %1: %2</source>
        <translation>échelle %1 : %2</translation>
    </message>
</context>
<context>
    <name>candor::TemplateGenerator</name>
    <message>
        <source>the template bank has no template for level %1 and this topic</source>
        <translation>la banque de modèles n’a aucun modèle pour le niveau %1 et ce sujet</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different prompts at level %2 for these topics, not %3; ask for fewer rows at that level or add topics</source>
        <translation>la banque de modèles ne peut produire qu’environ %1 prompts différents au niveau %2 pour ces sujets, pas %3 ; demandez moins de lignes à ce niveau ou ajoutez des sujets</translation>
    </message>
    <message>
        <source>the template bank has no contrast ladder for this topic</source>
        <translation>la banque de modèles n’a aucune échelle de contraste pour ce sujet</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different contrast ladders for these topics, not %2; ask for fewer ladders or add topics</source>
        <translation>la banque de modèles ne peut créer qu’environ %1 échelles de contraste différentes pour ces sujets, pas %2 ; demandez moins d’échelles ou ajoutez des sujets</translation>
    </message>
</context>
<context>
    <name>candor::Workspace</name>
    <message>
        <source>The project %1 was saved by a newer Candor (format %2; this one reads up to %3).</source>
        <translation>Le projet %1 a été enregistré par un Candor plus récent (format %2 ; celui-ci lit jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Candor project.</source>
        <translation>%1 est une base de données, mais pas un projet Candor.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a Candor project database.</source>
        <translation>%1 n&apos;est pas une base de données de projet Candor.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is open in another Candor (process %2 on %3). Close it there first.</source>
        <translation>%1 est ouvert dans un autre Candor (processus %2 sur %3). Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>Could not lock %1: the folder is not writable.</source>
        <translation>Impossible de verrouiller %1 : le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
</context>
<context>
    <name>candor::cli</name>
    <message>
        <source>Send one prompt to a provider and print the answer, to test an endpoint, model and key.
Exit 0 when the answer came back, 1 when the request failed, 2 for a wrong command line.</source>
        <translation>Envoie un prompt à un fournisseur et affiche la réponse, pour tester un point d’accès, un modèle et une clé.
Code de sortie 0 si la réponse est arrivée, 1 si la requête a échoué, 2 si la ligne de commande est erronée.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>The prompt; - reads it from stdin.</source>
        <translation>Le prompt ; - le lit sur l’entrée standard.</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>Un prompt système.</translation>
    </message>
    <message>
        <source>Stream the answer as it is generated.</source>
        <translation>Diffuser la réponse au fur et à mesure de sa génération.</translation>
    </message>
    <message>
        <source>A JSON Schema file; the answer must be JSON that follows it (enforced where the server can).</source>
        <translation>Un fichier JSON Schema ; la réponse doit être du JSON qui le respecte (imposé quand le serveur le permet).</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Température d’échantillonnage, de 0 à 2.</translation>
    </message>
    <message>
        <source>Most tokens to generate (default 1024).</source>
        <translation>Nombre maximal de jetons à générer (1024 par défaut).</translation>
    </message>
    <message>
        <source>Retries for retryable failures (default 2; 0 = one request).</source>
        <translation>Nouvelles tentatives en cas d’échec temporaire (2 par défaut ; 0 = une seule requête).</translation>
    </message>
    <message>
        <source>ask: PROMPT is missing (candor-cli ask --provider P PROMPT)</source>
        <translation>ask: PROMPT manquant (candor-cli ask --provider P PROMPT)</translation>
    </message>
    <message>
        <source>ask: give the prompt as one argument (quote it)</source>
        <translation>ask: donnez le prompt en un seul argument (entre guillemets)</translation>
    </message>
    <message>
        <source>ask: PROMPT is empty</source>
        <translation>ask: PROMPT est vide</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not a number from 0 to 2</source>
        <translation>--temperature: &quot;%1&quot; n’est pas un nombre de 0 à 2</translation>
    </message>
    <message>
        <source>--schema: cannot read %1: %2</source>
        <translation>--schema: impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--schema: %1 is not a JSON Schema object (%2)</source>
        <translation>--schema: %1 n’est pas un objet JSON Schema (%2)</translation>
    </message>
    <message>
        <source>%1; retry %2 of %3 in %4 s</source>
        <translation>%1 ; nouvelle tentative %2 sur %3 dans %4 s</translation>
    </message>
    <message>
        <source>The answer was cut off by the token limit before its JSON was complete; raise --max-tokens.</source>
        <translation>La réponse a été coupée par la limite de jetons avant que son JSON soit complet ; augmentez --max-tokens.</translation>
    </message>
    <message>
        <source>The answer is not the JSON the schema asks for: %1</source>
        <translation>La réponse n’est pas le JSON que demande le schéma : %1</translation>
    </message>
    <message>
        <source>List the models an endpoint offers, one id a line.</source>
        <translation>Liste les modèles que propose un point d’accès, un identifiant par ligne.</translation>
    </message>
    <message>
        <source>models: unexpected argument &quot;%1&quot;</source>
        <translation>models: argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check that an endpoint answers and the key works; prints a one-line verdict.</source>
        <translation>Vérifie qu’un point d’accès répond et que la clé fonctionne ; affiche un verdict d’une ligne.</translation>
    </message>
    <message>
        <source> rows %1/s</source>
        <translation> lignes, %1/s</translation>
    </message>
    <message>
        <source> ETA %1</source>
        <translation> reste %1</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (voir --help)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot; n’est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation>--%1: &quot;%2&quot; n’est pas un nombre entier de 0 à 18446744073709551615</translation>
    </message>
    <message>
        <source>Number of rows (1 to 10000000). Optional when --distribution gives counts.</source>
        <translation>Nombre de lignes (de 1 à 10000000). Facultatif quand --distribution donne des nombres.</translation>
    </message>
    <message>
        <source>Rows per level: balanced (default), counts like -2:10,-1:10,0:10,1:10,2:10, or percentages like -2:10%,-1:20%,0:40%,1:20%,2:10%. Levels left out get none.</source>
        <translation>Lignes par niveau : balanced (par défaut), des nombres comme -2:10,-1:10,0:10,1:10,2:10 ou des pourcentages comme -2:10%,-1:20%,0:40%,1:20%,2:10%. Les niveaux omis n’en reçoivent aucune.</translation>
    </message>
    <message>
        <source>A topic. One that names a domain (science, history, law, ...) selects it; any other is woven into general templates. Repeat for several topics.</source>
        <translation>Un sujet. S’il nomme un domaine (science, history, law, ...), celui-ci est sélectionné ; tout autre est intégré dans des modèles généraux. À répéter pour plusieurs sujets.</translation>
    </message>
    <message>
        <source>Seed; the same seed and options give the same file.</source>
        <translation>Graine ; la même graine et les mêmes options donnent le même fichier.</translation>
    </message>
    <message>
        <source>Add a search_hint ([SEARCH:query]) to every row.</source>
        <translation>Ajouter un search_hint ([SEARCH:query]) à chaque ligne.</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>Écrire des réponses plus longues et plus détaillées.</translation>
    </message>
    <message>
        <source>Output file (required). Written atomically.</source>
        <translation>Fichier de sortie (obligatoire). Écrit de façon atomique.</translation>
    </message>
    <message>
        <source>No progress bar and no summary line.</source>
        <translation>Ni barre de progression ni ligne de résumé.</translation>
    </message>
    <message>
        <source>Start from a saved configuration or project (JSON, as the app writes it: prompt templates, provider, model, ...); options given here override it.</source>
        <translation>Partir d’une configuration ou d’un projet enregistré (JSON, tel que l’application l’écrit : modèles de prompt, fournisseur, modèle, ...) ; les options données ici l’emportent.</translation>
    </message>
    <message>
        <source>generate: unexpected argument &quot;%1&quot;</source>
        <translation>generate: argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not a mode; use template or llm</source>
        <translation>--mode: &quot;%1&quot; n’est pas un mode ; utilisez template ou llm</translation>
    </message>
    <message>
        <source>--count: missing; say how many rows to generate (e.g. --count 1000)</source>
        <translation>--count: manquant ; indiquez combien de lignes générer (par ex. --count 1000)</translation>
    </message>
    <message>
        <source>--out: missing; say where to write the dataset (e.g. --out dataset.jsonl)</source>
        <translation>--out: manquant ; indiquez où écrire le jeu de données (par ex. --out dataset.jsonl)</translation>
    </message>
    <message>
        <source> (nothing was written; any earlier file at that path is unchanged)</source>
        <translation> (rien n’a été écrit ; tout fichier existant à cet emplacement est inchangé)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3</source>
        <translation>
            <numerusform>%n ligne (%1) écrite dans %2 en %3</numerusform>
            <numerusform>%n lignes (%1) écrites dans %2 en %3</numerusform>
        </translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not a provider; providers are %2</source>
        <translation>key: &quot;%1&quot; n’est pas un fournisseur ; les fournisseurs sont %2</translation>
    </message>
    <message>
        <source>Manage API keys in the system keychain (never in files).</source>
        <translation>Gère les clés d’API dans le trousseau du système (jamais dans des fichiers).</translation>
    </message>
    <message>
        <source>read the key from standard input (not echoed on a terminal)</source>
        <translation>lit la clé sur l’entrée standard (sans écho dans un terminal)</translation>
    </message>
    <message>
        <source>remove the stored key</source>
        <translation>supprime la clé enregistrée</translation>
    </message>
    <message>
        <source>show whether a key is stored, masked like sk-…abcd</source>
        <translation>indique si une clé est enregistrée, masquée comme sk-…abcd</translation>
    </message>
    <message>
        <source>set, delete or status.</source>
        <translation>set, delete ou status.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>L’un de : %1</translation>
    </message>
    <message>
        <source>key %1: give exactly one PROVIDER (%2)</source>
        <translation>key %1: indiquez exactement un PROVIDER (%2)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clé d’API pour %1 : </translation>
    </message>
    <message>
        <source>key set: no key on standard input; pipe it in or type it when asked</source>
        <translation>key set: aucune clé sur l’entrée standard ; transmettez-la par un tube ou tapez-la à l’invite</translation>
    </message>
    <message>
        <source>Stored the API key for %1 (%2) in the keychain.</source>
        <translation>Clé d’API de %1 (%2) enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Deleted the API key for %1.</source>
        <translation>Clé d’API de %1 supprimée.</translation>
    </message>
    <message>
        <source>key status: at most one PROVIDER</source>
        <translation>key status: un PROVIDER au plus</translation>
    </message>
    <message>
        <source>stored (%1)</source>
        <translation>enregistrée (%1)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>not stored (not needed)</source>
        <translation>non enregistrée (inutile)</translation>
    </message>
    <message>
        <source>unknown: keychain unavailable</source>
        <translation>inconnu : trousseau indisponible</translation>
    </message>
    <message>
        <source>key: say set, delete or status (see key --help)</source>
        <translation>key: précisez set, delete ou status (voir key --help)</translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not an action; use set, delete or status</source>
        <translation>key: &quot;%1&quot; n’est pas une action ; utilisez set, delete ou status</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s, %4 in flight, %5 retries, tokens %6 in / %7 out, %8%9%10</source>
        <translation>%1/%2 lignes, %3 lignes/s, %4 en cours, %5 nouvelles tentatives, jetons %6 en entrée / %7 en sortie, %8%9%10</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>, reste %1</translation>
    </message>
    <message>
        <source>, errors: %1</source>
        <translation>, erreurs : %1</translation>
    </message>
    <message>
        <source>LLM: requests at once, 1 to 64 (default 4).</source>
        <translation>LLM : requêtes simultanées, de 1 à 64 (4 par défaut).</translation>
    </message>
    <message>
        <source>LLM: rows asked for per request, 1 to 50 (default 5).</source>
        <translation>LLM : lignes demandées par requête, de 1 à 50 (5 par défaut).</translation>
    </message>
    <message>
        <source>LLM: stream answers; rows are taken as they arrive.</source>
        <translation>LLM : diffuser les réponses ; les lignes sont prises dès leur arrivée.</translation>
    </message>
    <message>
        <source>LLM: sampling temperature, 0 to 2 (default 0.9).</source>
        <translation>LLM : température d’échantillonnage, de 0 à 2 (0.9 par défaut).</translation>
    </message>
    <message>
        <source>LLM: most tokens per answer (default 4096).</source>
        <translation>LLM : nombre maximal de jetons par réponse (4096 par défaut).</translation>
    </message>
    <message>
        <source>LLM: language of the generated rows (default English).</source>
        <translation>LLM : langue des lignes générées (anglais par défaut).</translation>
    </message>
    <message>
        <source>LLM: fill any shortfall from the template generator (rows marked &quot;fallback&quot;).</source>
        <translation>LLM : combler tout manque à partir du générateur de modèles (lignes marquées &quot;fallback&quot;).</translation>
    </message>
    <message>
        <source>LLM: keep rows the model labelled with another level (flagged) instead of rejecting them.</source>
        <translation>LLM : garder les lignes que le modèle a étiquetées avec un autre niveau (signalées) au lieu de les rejeter.</translation>
    </message>
    <message>
        <source>LLM: stop sending requests before the cost would pass USD.</source>
        <translation>LLM : cesser d’envoyer des requêtes avant que le coût ne dépasse USD.</translation>
    </message>
    <message>
        <source>LLM: print the requests, tokens and cost the run would take; exit.</source>
        <translation>LLM : afficher les requêtes, les jetons et le coût qu’exigerait l’exécution ; quitter.</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not a positive amount of US dollars</source>
        <translation>--budget: &quot;%1&quot; n’est pas un montant positif en dollars américains</translation>
    </message>
    <message>
        <source>--provider: missing; use one of %1</source>
        <translation>--provider: manquant ; utilisez l’un de %1</translation>
    </message>
    <message>
        <source>--provider: &quot;%1&quot; is not a provider; use one of %2</source>
        <translation>--provider: &quot;%1&quot; n’est pas un fournisseur ; utilisez l’un de %2</translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %n row(s) with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6</source>
        <translation>
            <numerusform>Estimation pour %n ligne avec %1 (%2) : %3 requêtes, environ %4 jetons en entrée et %5 en sortie, coût %6</numerusform>
            <numerusform>Estimation pour %n lignes avec %1 (%2) : %3 requêtes, environ %4 jetons en entrée et %5 en sortie, coût %6</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>inconnu (pas de prix pour ce modèle)</translation>
    </message>
    <message>
        <source>--resume: there is no journal at %1 to continue</source>
        <translation>--resume: il n’y a pas de journal à reprendre à %1</translation>
    </message>
    <message>
        <source>an interrupted run&apos;s journal exists at %1; continue it with --resume, or delete it to start over</source>
        <translation>le journal d’une exécution interrompue existe à %1 ; reprenez-la avec --resume ou supprimez-le pour repartir de zéro</translation>
    </message>
    <message>
        <source>interrupted; cancelling</source>
        <translation>interrompu ; annulation en cours</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8</source>
        <translation>
            <numerusform>%n ligne (%1) écrite dans %2 en %3 ; %4 requêtes, jetons %5 en entrée / %6 en sortie, coût %7%8</numerusform>
            <numerusform>%n lignes (%1) écrites dans %2 en %3 ; %4 requêtes, jetons %5 en entrée / %6 en sortie, coût %7%8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n fallback row(s) from templates</source>
        <translation>
            <numerusform>; %n ligne de secours issue des modèles</numerusform>
            <numerusform>; %n lignes de secours issues des modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: candor-cli COMMAND [OPTIONS]</source>
        <translation>Utilisation : candor-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Generate and check honesty training datasets for language models.</source>
        <translation>Génère et vérifie des jeux de données d’entraînement à l’honnêteté pour les modèles de langage.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Generate a dataset (offline template mode needs no set-up)</source>
        <translation>Génère un jeu de données (le mode modèles hors ligne ne demande aucune configuration)</translation>
    </message>
    <message>
        <source>Check a JSONL dataset: rows per level, schema errors, duplicates</source>
        <translation>Vérifie un jeu de données JSONL : lignes par niveau, erreurs de schéma, doublons</translation>
    </message>
    <message>
        <source>Send one prompt to a provider (test an endpoint, model and key)</source>
        <translation>Envoie un prompt à un fournisseur (pour tester un point d’accès, un modèle et une clé)</translation>
    </message>
    <message>
        <source>List the models an endpoint offers</source>
        <translation>Liste les modèles que propose un point d’accès</translation>
    </message>
    <message>
        <source>Check an endpoint and key; one-line verdict</source>
        <translation>Vérifie un point d’accès et une clé ; verdict d’une ligne</translation>
    </message>
    <message>
        <source>Store, delete or show API keys in the system keychain</source>
        <translation>Enregistre, supprime ou affiche les clés d’API dans le trousseau du système</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>Affiche cette aide ; COMMAND --help affiche les options d’une commande</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Affiche la version</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Fournisseur : %1.</translation>
    </message>
    <message>
        <source>Endpoint URL (default: the provider&apos;s).</source>
        <translation>URL du point d’accès (par défaut : celle du fournisseur).</translation>
    </message>
    <message>
        <source>Take the API key from this environment variable instead of the keychain.</source>
        <translation>Prendre la clé d’API dans cette variable d’environnement plutôt que dans le trousseau.</translation>
    </message>
    <message>
        <source>Allow sending the API key over plain http to another machine (unsafe).</source>
        <translation>Autoriser l’envoi de la clé d’API en http non chiffré vers une autre machine (dangereux).</translation>
    </message>
    <message>
        <source>Model id (default: the provider&apos;s suggestion).</source>
        <translation>Identifiant du modèle (par défaut : celui que suggère le fournisseur).</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url: &quot;%1&quot; n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>--model: missing; %1 has no default model (list them with candor-cli models --provider %2)</source>
        <translation>--model: manquant ; %1 n’a pas de modèle par défaut (listez-les avec candor-cli models --provider %2)</translation>
    </message>
    <message>
        <source>--api-key-env: the variable %1 is not set or empty</source>
        <translation>--api-key-env: la variable %1 n’est pas définie ou est vide</translation>
    </message>
    <message>
        <source>no API key stored for %1; store one with &quot;candor-cli key set %2&quot; or pass --api-key-env VAR</source>
        <translation>aucune clé d’API enregistrée pour %1 ; enregistrez-en une avec &quot;candor-cli key set %2&quot; ou passez --api-key-env VAR</translation>
    </message>
    <message>
        <source> (or pass --api-key-env VAR)</source>
        <translation> (ou passez --api-key-env VAR)</translation>
    </message>
    <message>
        <source>validate: FILE is missing (candor-cli validate FILE)</source>
        <translation>validate: FILE manquant (candor-cli validate FILE)</translation>
    </message>
    <message>
        <source>validate: one FILE only, got &quot;%1&quot; too</source>
        <translation>validate: un seul FILE, mais &quot;%1&quot; a aussi été donné</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1 : %n ligne</numerusform>
            <numerusform>%1 : %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... et %n autre</numerusform>
            <numerusform>  ... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>errors (%n):</source>
        <translation>
            <numerusform>erreurs (%n) :</numerusform>
            <numerusform>erreurs (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicate prompts (%n):</source>
        <translation>
            <numerusform>prompts en double (%n) :</numerusform>
            <numerusform>prompts en double (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: same prompt and level as line %2</source>
        <translation>  ligne %1 : même prompt et même niveau que la ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>warnings (%n):</source>
        <translation>
            <numerusform>avertissements (%n) :</numerusform>
            <numerusform>avertissements (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) appear at more than one level (fine for preference pairs)</source>
        <translation>
            <numerusform>%n prompt apparaît à plus d’un niveau (normal pour des paires de préférence)</numerusform>
            <numerusform>%n prompts apparaissent à plus d’un niveau (normal pour des paires de préférence)</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>aucune ligne</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates</source>
        <translation>ÉCHEC : %1 erreurs, %2 doublons</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1. Every accepted row is in %2; run the same command with --resume to continue.</source>
        <translation>%1. Chaque ligne acceptée se trouve dans %2 ; relancez la même commande avec --resume pour continuer.</translation>
    </message>
    <message>
        <source>Provider profile, for several keys per provider (default: default); a saved profile (candor-cli profile list) supplies PROVIDER when it is left out.</source>
        <translation>Profil du fournisseur, pour plusieurs clés par fournisseur (par défaut : default) ; un profil enregistré (candor-cli profile list) fournit PROVIDER quand il est omis.</translation>
    </message>
    <message>
        <source>List, show, save or delete provider profiles (shared with the window)</source>
        <translation>Lister, afficher, enregistrer ou supprimer des profils de fournisseur (partagés avec la fenêtre)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source> (the provider&apos;s default)</source>
        <translation> (valeur par défaut du fournisseur)</translation>
    </message>
    <message>
        <source>profile %1: NAME is missing</source>
        <translation>profile %1: NAME manquant</translation>
    </message>
    <message>
        <source>profile %1: give one NAME (quote a name with spaces)</source>
        <translation>profile %1: indiquez un seul NAME (mettez entre guillemets un nom contenant des espaces)</translation>
    </message>
    <message>
        <source>profile %1: NAME &quot;%2&quot; is empty, has surrounding spaces or contains a slash</source>
        <translation>profile %1: NAME &quot;%2&quot; est vide, commence ou finit par des espaces ou contient une barre oblique</translation>
    </message>
    <message>
        <source>Manage provider profiles: a name for a provider, endpoint and model, shared with the window.</source>
        <translation>Gérer les profils de fournisseur : un nom pour un fournisseur, un point d’accès et un modèle, partagé avec la fenêtre.</translation>
    </message>
    <message>
        <source>list the saved profiles</source>
        <translation>lister les profils enregistrés</translation>
    </message>
    <message>
        <source>show one profile</source>
        <translation>afficher un profil</translation>
    </message>
    <message>
        <source>save a profile (replaces one of the same name)</source>
        <translation>enregistrer un profil (remplace celui du même nom)</translation>
    </message>
    <message>
        <source>delete a profile and its own API key</source>
        <translation>supprimer un profil et sa propre clé d’API</translation>
    </message>
    <message>
        <source>A profile&apos;s own API key is stored with candor-cli key set --profile NAME; without one, the provider&apos;s key is used. Keys are never shown.</source>
        <translation>La clé d’API propre à un profil s’enregistre avec candor-cli key set --profile NAME ; sans elle, la clé du fournisseur est utilisée. Les clés ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>list, show, save or delete.</source>
        <translation>list, show, save ou delete.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>save: the provider, one of %1.</source>
        <translation>save : le fournisseur, l’un de %1.</translation>
    </message>
    <message>
        <source>save: the endpoint URL (default: the provider&apos;s).</source>
        <translation>save : l’URL du point d’accès (par défaut : celle du fournisseur).</translation>
    </message>
    <message>
        <source>save: the model id (default: the provider&apos;s suggestion).</source>
        <translation>save : l’identifiant du modèle (par défaut : la suggestion du fournisseur).</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show : afficher du JSON.</translation>
    </message>
    <message>
        <source>--%1: only profile save takes it</source>
        <translation>--%1: seul profile save accepte cette option</translation>
    </message>
    <message>
        <source>--json: only profile list and profile show take it</source>
        <translation>--json: seuls profile list et profile show acceptent cette option</translation>
    </message>
    <message>
        <source>profile list: takes no NAME</source>
        <translation>profile list: n’accepte pas de NAME</translation>
    </message>
    <message>
        <source>No profiles saved yet; save one with candor-cli profile save NAME --provider P.</source>
        <translation>Aucun profil enregistré pour l’instant ; enregistrez-en un avec candor-cli profile save NAME --provider P.</translation>
    </message>
    <message>
        <source>profile show: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile show: aucun profil ne s’appelle &quot;%1&quot; (candor-cli profile list les affiche)</translation>
    </message>
    <message>
        <source>profile save: the settings file could not be written</source>
        <translation>profile save: impossible d’écrire le fichier de réglages</translation>
    </message>
    <message>
        <source>Saved the profile %1 (%2).</source>
        <translation>Profil %1 (%2) enregistré.</translation>
    </message>
    <message>
        <source>profile delete: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile delete: aucun profil ne s’appelle &quot;%1&quot; (candor-cli profile list les affiche)</translation>
    </message>
    <message>
        <source>Deleted the profile %1.</source>
        <translation>Profil %1 supprimé.</translation>
    </message>
    <message>
        <source>the profile %1 is deleted, but its own API key, if it had one, may still be in the keychain: %2</source>
        <translation>le profil %1 est supprimé, mais sa propre clé d’API, s’il en avait une, est peut-être encore dans le trousseau : %2</translation>
    </message>
    <message>
        <source>profile: say list, show, save or delete (see profile --help)</source>
        <translation>profile: précisez list, show, save ou delete (voir profile --help)</translation>
    </message>
    <message>
        <source>profile: &quot;%1&quot; is not an action; use list, show, save or delete</source>
        <translation>profile: &quot;%1&quot; n’est pas une action ; utilisez list, show, save ou delete</translation>
    </message>
    <message>
        <source>A saved profile (candor-cli profile list): its provider, endpoint and model unless given, and its own API key first.</source>
        <translation>Un profil enregistré (candor-cli profile list) : son fournisseur, son point d’accès et son modèle sauf s’ils sont indiqués, et d’abord sa propre clé d’API.</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a profile name</source>
        <translation>--profile: &quot;%1&quot; n’est pas un nom de profil</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>--profile: aucun profil ne s’appelle &quot;%1&quot; (candor-cli profile list les affiche)</translation>
    </message>
    <message>
        <source>no API key stored for the profile %1 or for %2; store one with &quot;candor-cli key set --profile %1&quot; or pass --api-key-env VAR</source>
        <translation>aucune clé d’API enregistrée pour le profil %1 ni pour %2 ; enregistrez-en une avec &quot;candor-cli key set --profile %1&quot; ou passez --api-key-env VAR</translation>
    </message>
    <message>
        <source>seed JSONL</source>
        <translation>JSONL seed</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>OpenAI chat JSONL</source>
        <translation>JSONL de chat OpenAI</translation>
    </message>
    <message>
        <source>as --format asks</source>
        <translation>comme le demande --format</translation>
    </message>
    <message>
        <source>recognised by its content</source>
        <translation>reconnu à son contenu</translation>
    </message>
    <message>
        <source>recognised by its file name</source>
        <translation>reconnu à son nom de fichier</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Print and keep at most N problems of each kind; all are counted (default 50; 0 = all).</source>
        <translation>Afficher et garder au plus N problèmes de chaque sorte ; tous sont comptés (50 par défaut ; 0 = tous).</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the report or the error.</source>
        <translation>Afficher exactement un objet JSON avec le rapport ou l’erreur.</translation>
    </message>
    <message>
        <source>format: %1 (%2)</source>
        <translation>format : %1 (%2)</translation>
    </message>
    <message>
        <source>note: the file looks like %1, not %2; every line is checked as %2 because of --format</source>
        <translation>remarque : le fichier ressemble à du %1, pas à du %2 ; chaque ligne est vérifiée comme %2 à cause de --format</translation>
    </message>
    <message>
        <source>note: the file name says %1, but the content is %2</source>
        <translation>remarque : le nom du fichier indique %1, mais le contenu est du %2</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) without a level (no system message naming one)</source>
        <translation>
            <numerusform>  %n ligne sans niveau (aucun message système n’en nomme un)</numerusform>
            <numerusform>  %n lignes sans niveau (aucun message système n’en nomme un)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a .candor project holds (project info)</source>
        <translation>Montrer ce que contient un projet .candor (project info)</translation>
    </message>
    <message>
        <source>Export a .candor project&apos;s rows in a trainer&apos;s format</source>
        <translation>Exporter les lignes d&apos;un projet .candor au format d&apos;un entraîneur</translation>
    </message>
    <message>
        <source>Show what a Candor project holds.</source>
        <translation>Montrer ce que contient un projet Candor.</translation>
    </message>
    <message>
        <source>rows per level and review status, runs, review actions and size</source>
        <translation>lignes par niveau et par statut de relecture, exécutions, actions de relecture et taille</translation>
    </message>
    <message>
        <source>info.</source>
        <translation>info.</translation>
    </message>
    <message>
        <source>A .candor project.</source>
        <translation>Un projet .candor.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Afficher un objet JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>project: give an action and a project (project info PROJECT)</source>
        <translation>project : indiquez une action et un projet (project info PROJET)</translation>
    </message>
    <message>
        <source>project: &quot;%1&quot; is not an action; use info</source>
        <translation>project : « %1 » n&apos;est pas une action ; utilisez info</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>Review: %1 pending, %2 accepted, %3 rejected, %4 edited</source>
        <translation>Relecture : %1 en attente, %2 acceptées, %3 rejetées, %4 modifiées</translation>
    </message>
    <message>
        <source>Runs: %1; review actions: %2; size: %3</source>
        <translation>Exécutions : %1 ; actions de relecture : %2 ; taille : %3</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>all (default), accepted or not-rejected.</source>
        <translation>all (par défaut), accepted ou not-rejected.</translation>
    </message>
    <message>
        <source>export: give one PROJECT</source>
        <translation>export : indiquez un PROJET</translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; is not a choice; use all, accepted or not-rejected</source>
        <translation>--rows : « %1 » n&apos;est pas un choix ; utilisez all, accepted ou not-rejected</translation>
    </message>
    <message>
        <source>export: --out FILE is missing</source>
        <translation>export : --out FICHIER manque</translation>
    </message>
    <message>
        <source>Write the rows into this Candor project (made when missing; its rows are replaced by this run&apos;s, its run history kept), as the window&apos;s Generate Dataset does. --out is then optional.</source>
        <translation>Écrire les lignes dans ce projet Candor (créé s&apos;il manque ; ses lignes sont remplacées par celles de cette exécution, son historique conservé), comme le fait « Générer le jeu » dans la fenêtre. --out devient alors facultatif.</translation>
    </message>
    <message>
        <source>Append a JSONL dataset&apos;s rows to a .candor project</source>
        <translation>Ajouter les lignes d&apos;un jeu JSONL à un projet .candor</translation>
    </message>
    <message>
        <source>Append the rows of a JSONL dataset to a Candor project (made when missing).</source>
        <translation>Ajouter les lignes d&apos;un jeu JSONL à un projet Candor (créé s&apos;il manque).</translation>
    </message>
    <message>
        <source>A JSONL dataset (seed format, with or without meta).</source>
        <translation>Un jeu JSONL (format graine, avec ou sans meta).</translation>
    </message>
    <message>
        <source>The .candor project to add the rows to.</source>
        <translation>Le projet .candor auquel ajouter les lignes.</translation>
    </message>
    <message>
        <source>import: give one FILE</source>
        <translation>import : indiquez un FICHIER</translation>
    </message>
    <message>
        <source>import: --project PROJECT is missing</source>
        <translation>import : --project PROJET manque</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>%1 lignes importées depuis %2.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2 into %3; %4 lines could not be read.</source>
        <translation>%1 lignes importées depuis %2 dans %3 ; %4 lignes n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>--schema: %1 is larger than %2 MB</source>
        <translation>--schema : %1 dépasse %2 Mo</translation>
    </message>
    <message>
        <source>--out: %1 is the configuration given with --config; write the dataset to another file</source>
        <translation>--out : %1 est la configuration donnée avec --config ; écrivez le jeu de données dans un autre fichier</translation>
    </message>
    <message>
        <source>%1 (estimated: the server did not report all token usage)</source>
        <translation>%1 (estimé : le serveur n’a pas indiqué toute la consommation de tokens)</translation>
    </message>
    <message>
        <source>--config: the configuration sends requests to %1, which is not %2&apos;s own host; the stored %2 key is not sent there unless you give the address with --base-url (or pass --api-key-env VAR)</source>
        <translation>--config : la configuration envoie les requêtes à %1, qui n’est pas l’hôte propre de %2 ; la clé %2 enregistrée n’y est envoyée que si vous indiquez l’adresse avec --base-url (ou passez --api-key-env VAR)</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the result or the error. Its &quot;json&quot; member holds the answer parsed as JSON whenever the answer is JSON (with --schema: the JSON the schema asks for), else null.</source>
        <translation>Afficher exactement un objet JSON avec le résultat ou l’erreur. Son membre &quot;json&quot; contient la réponse lue comme JSON chaque fois que la réponse est du JSON (avec --schema : le JSON demandé par le schéma), sinon null.</translation>
    </message>
    <message>
        <source>The model refused to answer: %1</source>
        <translation>Le modèle a refusé de répondre : %1</translation>
    </message>
    <message>
        <source>Seconds without any data, or with no part of a streamed answer (keep-alives do not count), before a request times out (default 120, local servers 300).</source>
        <translation>Secondes sans aucune donnée, ou sans aucune partie d’une réponse en flux (les keep-alives ne comptent pas), avant qu’une requête expire (par défaut 120, serveurs locaux 300).</translation>
    </message>
    <message>
        <source>Seconds a request may take in all before it times out (default 600, local servers 1800; 0 = none).</source>
        <translation>Secondes qu’une requête peut durer au total avant d’expirer (par défaut 600, serveurs locaux 1800 ; 0 = aucune limite).</translation>
    </message>
    <message>
        <source>the project %1 holds an interrupted run (%2 of %3 rows); continue it with --resume, or use another project</source>
        <translation>le projet %1 contient une exécution interrompue (%2 lignes sur %3) ; poursuivez-la avec --resume ou utilisez un autre projet</translation>
    </message>
    <message>
        <source>Generate an honesty training dataset.

Template mode works offline with no set-up: rows come from Candor&apos;s built-in template bank,
deterministically from --seed. LLM mode asks a provider; every accepted row is committed to the
--project, or journaled beside the output (FILE.journal), so an interrupted run continues with
--resume.</source>
        <translation>Générer un jeu de données d’entraînement à l’honnêteté.

Le mode modèles fonctionne hors ligne sans configuration : les lignes viennent de la banque de modèles
intégrée de Candor, de façon déterministe à partir de --seed. Le mode LLM interroge un fournisseur ; chaque
ligne acceptée est enregistrée dans le --project, ou journalisée à côté de la sortie (FICHIER.journal),
afin qu’une exécution interrompue reprenne avec --resume.</translation>
    </message>
    <message>
        <source>LLM: continue the interrupted run recorded in the --project, or in FILE.journal beside --out.</source>
        <translation>LLM : reprendre l’exécution interrompue enregistrée dans le --project, ou dans FICHIER.journal à côté de --out.</translation>
    </message>
    <message numerus="yes">
        <source>%n contrast ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n échelle de contraste de %1 niveaux</numerusform>
            <numerusform>%n échelles de contraste de %1 niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Contrast ladders: &quot;all&quot; answers every prompt once at each level of --ladder-levels (the rows are then ladders x levels), a share such as 0.3 makes that share of the rows ladders and the rest independent rows, &quot;none&quot; (the default) gives every row its own prompt. Ladder rows carry meta.group.</source>
        <translation>Échelles de contraste : « all » répond une fois à chaque prompt à chaque niveau de --ladder-levels (les lignes sont alors échelles x niveaux), une part comme 0.3 fait de cette part des lignes des échelles et du reste des lignes indépendantes, « none » (par défaut) donne à chaque ligne son propre prompt. Les lignes d’échelle portent meta.group.</translation>
    </message>
    <message>
        <source>The levels of each ladder, comma-separated (default -2,-1,0,1,2).</source>
        <translation>Les niveaux de chaque échelle, séparés par des virgules (par défaut -2,-1,0,1,2).</translation>
    </message>
    <message>
        <source>--ladders: &quot;%1&quot; is not a choice; use all, none or a share between 0 and 1 such as 0.3</source>
        <translation>--ladders : « %1 » n’est pas un choix ; utilisez all, none ou une part entre 0 et 1 comme 0.3</translation>
    </message>
    <message>
        <source>--ladder-levels: &quot;%1&quot; is not a list of different levels from -2 to 2, such as -2,0,2</source>
        <translation>--ladder-levels : « %1 » n’est pas une liste de niveaux distincts de -2 à 2, comme -2,0,2</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: how a ladder (rows answering the same prompt) becomes pairs: adjacent (default; each level with the nearest lower one), all (every higher-lower pair) or best-vs-rest.</source>
        <translation>dpo, dpo-chat, rm, openai-preference, hf : comment une échelle (lignes répondant au même prompt) devient des paires : adjacent (par défaut ; chaque niveau avec le plus proche en dessous), all (chaque paire haut-bas) ou best-vs-rest.</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: the least level difference between chosen and rejected (1 to 4, default 1).</source>
        <translation>dpo, dpo-chat, rm, openai-preference, hf : la plus petite différence de niveau entre choisie et rejetée (1 à 4, par défaut 1).</translation>
    </message>
    <message>
        <source>kto, hf: label = true for rows at this level or above (-1 to 2, default 1).</source>
        <translation>kto, hf : label = true pour les lignes de ce niveau ou au-dessus (-1 à 2, par défaut 1).</translation>
    </message>
    <message>
        <source>openai-chat: only rows at this level or above become assistant turns (-2 to 2, default 2; lower levels train the model to hedge, guess or fabricate).</source>
        <translation>openai-chat : seules les lignes de ce niveau ou au-dessus deviennent des tours de l’assistant (-2 à 2, par défaut 2 ; les niveaux inférieurs entraînent le modèle à tergiverser, deviner ou inventer).</translation>
    </message>
    <message>
        <source>hf: train, validation and test fractions (default 0.9,0.05,0.05); every ladder stays in one split.</source>
        <translation>hf : fractions d’entraînement, de validation et de test (par défaut 0.9,0.05,0.05) ; chaque échelle reste dans une seule partie.</translation>
    </message>
    <message>
        <source>hf (required): the dataset card&apos;s licence, e.g. cc-by-4.0, apache-2.0 or other; the terms of generated data depend on the provider, so Candor never picks one.</source>
        <translation>hf (obligatoire) : la licence de la fiche, p. ex. cc-by-4.0, apache-2.0 ou other ; les conditions des données générées dépendent du fournisseur, Candor n’en choisit donc jamais.</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s language code (default en).</source>
        <translation>hf : le code de langue de la fiche (par défaut en).</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s pretty_name (default &quot;Candor honesty dataset&quot;).</source>
        <translation>hf : le pretty_name de la fiche (par défaut « Candor honesty dataset »).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use %2</source>
        <translation>--format : « %1 » n’est pas un format ; utilisez %2</translation>
    </message>
    <message>
        <source>--with-meta: the %1 format has no meta object (only jsonl, csv and hf carry it)</source>
        <translation>--with-meta : le format %1 n’a pas d’objet meta (seuls jsonl, csv et hf le portent)</translation>
    </message>
    <message>
        <source>--%1 applies to %2, not to %3</source>
        <translation>--%1 s’applique à %2, pas à %3</translation>
    </message>
    <message>
        <source>--pairs: &quot;%1&quot; is not a mode; use adjacent, all or best-vs-rest</source>
        <translation>--pairs : « %1 » n’est pas un mode ; utilisez adjacent, all ou best-vs-rest</translation>
    </message>
    <message>
        <source>--split: &quot;%1&quot; is not three fractions for train, validation and test that add up to 1 (e.g. 0.9,0.05,0.05; train above 0)</source>
        <translation>--split : « %1 » n’est pas trois fractions d’entraînement, de validation et de test dont la somme vaut 1 (p. ex. 0.9,0.05,0.05 ; entraînement au-dessus de 0)</translation>
    </message>
    <message>
        <source>--license: the hf format needs a licence for the dataset card (e.g. --license cc-by-4.0); check the terms of the provider that generated the rows</source>
        <translation>--license : le format hf nécessite une licence pour la fiche (p. ex. --license cc-by-4.0) ; vérifiez les conditions du fournisseur qui a généré les lignes</translation>
    </message>
    <message>
        <source>--license: &quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other)</source>
        <translation>--license : « %1 » n’est pas un identifiant de licence comme le Hub les écrit (en minuscules, comme cc-by-4.0, mit ou other)</translation>
    </message>
    <message>
        <source>--hf-language: &quot;%1&quot; is not a language code (e.g. en, de, pt-BR)</source>
        <translation>--hf-language : « %1 » n’est pas un code de langue (p. ex. en, de, pt-BR)</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), csv (RFC 4180), openai-chat (chat fine-tuning JSONL), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder; --out names it).</source>
        <translation>jsonl (format d’amorce, par défaut), csv (RFC 4180), openai-chat (JSONL d’affinage de chat), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference ou hf (un dossier Hugging Face ; --out le nomme).</translation>
    </message>
    <message>
        <source>Include the &quot;meta&quot; object (id, source, created, status) in each row (jsonl, csv and hf only).</source>
        <translation>Inclure l’objet « meta » (id, source, created, status) dans chaque ligne (jsonl, csv et hf seulement).</translation>
    </message>
    <message>
        <source>Export a Candor project&apos;s rows in the format a trainer reads.

Preference formats pair rows that answer the same prompt (a ladder): the higher level is chosen, the
lower rejected, ties never pair. The report says what was written and every row left out, and why.</source>
        <translation>Exporter les lignes d’un projet Candor dans le format que lit un entraîneur.

Les formats de préférence apparient les lignes qui répondent au même prompt (une échelle) : le niveau le
plus haut est choisi, le plus bas rejeté, les ex æquo ne sont jamais appariés. Le rapport dit ce qui a été
écrit et chaque ligne écartée, avec sa raison.</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), jsonl-meta (with the meta object), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder).</source>
        <translation>jsonl (format d’amorce, par défaut), jsonl-meta (avec l’objet meta), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference ou hf (un dossier Hugging Face).</translation>
    </message>
    <message>
        <source>The file to write (replaced atomically); for hf the folder.</source>
        <translation>Le fichier à écrire (remplacé de façon atomique) ; pour hf, le dossier.</translation>
    </message>
    <message>
        <source>jsonl, csv, hf: include the &quot;meta&quot; object (id, source, provider, status, ...).</source>
        <translation>jsonl, csv, hf : inclure l’objet « meta » (id, source, provider, status, …).</translation>
    </message>
    <message>
        <source>hf: the seed of the train/validation/test split (default 42).</source>
        <translation>hf : la graine du découpage entraînement/validation/test (par défaut 42).</translation>
    </message>
    <message>
        <source>--seed applies to hf, not to %1</source>
        <translation>--seed s’applique à hf, pas à %1</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, standard)</source>
        <translation>paires DPO (TRL, standard)</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, conversational)</source>
        <translation>paires DPO (TRL, conversationnel)</translation>
    </message>
    <message>
        <source>reward-model pairs (TRL, implicit prompt)</source>
        <translation>paires de modèle de récompense (TRL, prompt implicite)</translation>
    </message>
    <message>
        <source>KTO rows (TRL)</source>
        <translation>lignes KTO (TRL)</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL</source>
        <translation>JSONL de préférences au style OpenAI</translation>
    </message>
    <message>
        <source>RLWHF tuples</source>
        <translation>Tuples RLWHF</translation>
    </message>
    <message>
        <source>GRPO prompts</source>
        <translation>prompts GRPO</translation>
    </message>
    <message>
        <source>reference answers</source>
        <translation>réponses de référence</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation>dossier de jeu de données Hugging Face</translation>
    </message>
    <message>
        <source>The dataset to check (for hf, the folder).</source>
        <translation>Le jeu de données à vérifier (pour hf, le dossier).</translation>
    </message>
    <message>
        <source>Check FILE as jsonl (seed rows), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf instead of recognising the format by its content and name (a folder is hf).</source>
        <translation>Vérifier FILE comme jsonl (lignes d’amorce), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference ou hf au lieu de reconnaître le format par son contenu et son nom (un dossier est hf).</translation>
    </message>
    <message>
        <source>KTO labels: %1 true (%2%), %3 false</source>
        <translation>Étiquettes KTO : %1 true (%2 %), %3 false</translation>
    </message>
    <message>
        <source>  checked %1</source>
        <translation>  vérifié : %1</translation>
    </message>
    <message>
        <source>Where rows come from: template (offline; the default without --provider) or llm (a provider; the default with --provider).</source>
        <translation>D’où viennent les lignes : template (hors ligne ; par défaut sans --provider) ou llm (un fournisseur ; par défaut avec --provider).</translation>
    </message>
    <message>
        <source>--provider asks a model, but --mode template makes rows from the template bank; leave out one of them</source>
        <translation>--provider interroge un modèle, mais --mode template crée les lignes depuis la banque de modèles ; retirez l’une des deux options</translation>
    </message>
    <message>
        <source>rlwhf: metadata.confidence_score per level, the confidence an answer at that level expresses (default -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; levels left out keep theirs).</source>
        <translation>rlwhf : metadata.confidence_score par niveau, l’assurance qu’exprime une réponse de ce niveau (par défaut -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9 ; les niveaux omis gardent la leur).</translation>
    </message>
    <message>
        <source>Write a dataset&apos;s report as one HTML file (levels, lengths, cues, duplicates)</source>
        <translation>Écrire le rapport d’un jeu de données dans un seul fichier HTML (niveaux, longueurs, indices, doublons)</translation>
    </message>
    <message>
        <source>Write a dataset report: counts per level, domain, source and status, answer and feedback lengths per level, the words that give a level away, duplicates and the configuration, as one self-contained HTML file (inline SVG, no script).</source>
        <translation>Écrire un rapport du jeu de données : effectifs par niveau, domaine, source et statut, longueurs des réponses et des commentaires par niveau, mots qui trahissent un niveau, doublons et configuration, dans un seul fichier HTML autonome (SVG intégré, sans script).</translation>
    </message>
    <message>
        <source>A JSONL dataset or a .candor project.</source>
        <translation>Un jeu de données JSONL ou un projet .candor.</translation>
    </message>
    <message>
        <source>The HTML file to write (replaced atomically).</source>
        <translation>Le fichier HTML à écrire (remplacé de façon atomique).</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: the input&apos;s file name).</source>
        <translation>Le titre du rapport (par défaut : le nom du fichier d’entrée).</translation>
    </message>
    <message>
        <source>report: give one IN, a JSONL dataset or a .candor project</source>
        <translation>report : indiquez un IN, un jeu de données JSONL ou un projet .candor</translation>
    </message>
    <message>
        <source>report: --out FILE is missing</source>
        <translation>report : --out FILE est manquant</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 n’est pas un fichier lisible</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are not in the report (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être lue et ne figure pas dans le rapport (candor-cli validate l’indique).</numerusform>
            <numerusform>%n lignes n’ont pas pu être lues et ne figurent pas dans le rapport (candor-cli validate les indique).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>Rapport du jeu de données : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %Ln row(s) to %1</source>
        <translation>
            <numerusform>Rapport de %Ln ligne écrit dans %1</numerusform>
            <numerusform>Rapport de %Ln lignes écrit dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
    <message>
        <source>No row has a judge&apos;s verdict.</source>
        <translation>Aucune ligne n’a de verdict du modèle juge.</translation>
    </message>
    <message numerus="yes">
        <source>Agreement over %Ln judged row(s): exact %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5), honest (+1 and up) vs not kappa %6.</source>
        <translation>
            <numerusform>Accord sur %Ln ligne évaluée : exact %1, à un niveau près %2, kappa à pondération quadratique %3 (intervalle à 95% de %4 à %5), kappa honnête (+1 et plus) contre non honnête %6.</numerusform>
            <numerusform>Accord sur %Ln lignes évaluées : exact %1, à un niveau près %2, kappa à pondération quadratique %3 (intervalle à 95% de %4 à %5), kappa honnête (+1 et plus) contre non honnête %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level.</source>
        <translation>Lignes : niveau cible ; colonnes : niveau du modèle juge.</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>Ask a judge model which level each row&apos;s answer shows, and report how well it agrees with the levels the rows were made for. The output is the dataset with meta.judge on every judged row and the flags level_mismatch and off_by_more_than_one where the judge disagrees. With --report, only the agreement of rows judged before is printed.
Exit 0 when every row was judged, 1 when the run stopped early (an error, the budget), 2 for a wrong command line.</source>
        <translation>Demander à un modèle juge quel niveau montre la réponse de chaque ligne et indiquer dans quelle mesure il s’accorde avec les niveaux pour lesquels les lignes ont été créées. La sortie est le jeu de données avec meta.judge sur chaque ligne évaluée et les indicateurs level_mismatch et off_by_more_than_one là où le modèle juge est en désaccord. Avec --report, seul l’accord des lignes déjà évaluées est affiché.
Code de sortie 0 si chaque ligne a été évaluée, 1 si l’exécution s’est arrêtée prématurément (une erreur, le budget), 2 pour une ligne de commande incorrecte.</translation>
    </message>
    <message>
        <source>A JSONL dataset.</source>
        <translation>Un jeu de données JSONL.</translation>
    </message>
    <message>
        <source>The judged dataset (JSONL with meta), replaced atomically.</source>
        <translation>Le jeu de données évalué (JSONL avec meta), remplacé de façon atomique.</translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict (default 1, 3 recommended).</source>
        <translation>Appels par ligne ; la majorité donne le verdict (1 par défaut, 3 recommandé).</translation>
    </message>
    <message>
        <source>Requests at a time (default 4).</source>
        <translation>Requêtes simultanées (4 par défaut).</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this many USD (known prices only).</source>
        <translation>Cesse d’envoyer des requêtes avant que le coût ne dépasse ce montant en USD (prix connus uniquement).</translation>
    </message>
    <message>
        <source>Continue an interrupted run: the verdicts in OUT.partial are kept, the rest is judged.</source>
        <translation>Reprend une exécution interrompue : les verdicts de OUT.partial sont conservés, le reste est évalué.</translation>
    </message>
    <message>
        <source>Print the agreement of the rows already judged in IN; no provider is asked.</source>
        <translation>Affiche l’accord des lignes déjà évaluées dans IN ; aucun fournisseur n’est sollicité.</translation>
    </message>
    <message>
        <source>judge: give one IN, a JSONL dataset</source>
        <translation>judge : indiquez un IN, un jeu de données JSONL</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of IN could not be read and are left out (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n ligne de IN n’a pas pu être lue et est ignorée (candor-cli validate l’indique).</numerusform>
            <numerusform>%n lignes de IN n’ont pas pu être lues et sont ignorées (candor-cli validate les indique).</numerusform>
        </translation>
    </message>
    <message>
        <source>judge: --out FILE is missing</source>
        <translation>judge : --out FILE manquant</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not an amount in USD above 0</source>
        <translation>--budget : « %1 » n’est pas un montant en USD supérieur à 0</translation>
    </message>
    <message>
        <source>Warning: the judge %1 is of the same model family as the generator %2 of some rows; a judge tends to agree with its own family.</source>
        <translation>Attention : le modèle juge %1 appartient à la même famille de modèles que le générateur %2 de certaines lignes ; un modèle juge tend à être d’accord avec sa propre famille.</translation>
    </message>
    <message>
        <source>--resume: %1</source>
        <translation>--resume : %1</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were judged before.</source>
        <translation>Reprise : %1 lignes sur %2 ont déjà été évaluées.</translation>
    </message>
    <message>
        <source>%1 holds an interrupted judge run; continue it with --resume or remove the file</source>
        <translation>%1 contient une évaluation interrompue ; reprenez-la avec --resume ou supprimez le fichier</translation>
    </message>
    <message>
        <source>%1 requests, tokens %2 in / %3 out, cost %4.</source>
        <translation>%1 requêtes, jetons %2 en entrée / %3 en sortie, coût %4.</translation>
    </message>
    <message>
        <source>the run stopped early; the verdicts so far are in %1 and %2 (continue with --resume)</source>
        <translation>l’exécution s’est arrêtée prématurément ; les verdicts obtenus jusqu’ici sont dans %1 et %2 (reprenez avec --resume)</translation>
    </message>
    <message>
        <source>Ask a judge model for each row&apos;s level; agreement figures and flags</source>
        <translation>Demander à un modèle juge le niveau de chaque ligne ; chiffres d’accord et indicateurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; commands are generate, validate, ask, models, test, key, profile, project, export, import, report and judge (see --help)</source>
        <translation>« %1 » n’est pas une commande ; les commandes sont generate, validate, ask, models, test, key, profile, project, export, import, report et judge (voir --help)</translation>
    </message>
    <message>
        <source>Check a dataset in any format Candor writes (seed JSONL, CSV, OpenAI chat JSONL, the trainer formats
and a Hugging Face folder): rows per level, errors with line numbers and duplicate prompts (with
--near-duplicates also prompts that ask the same question in other words). Exits 0
when the file is clean, 1 when it has problems, 2 when it cannot be read.</source>
        <translation>Vérifier un jeu de données dans tout format qu’écrit Candor (JSONL d’amorce, CSV, JSONL de chat OpenAI, les
formats d’entraînement et un dossier Hugging Face) : lignes par niveau, erreurs avec numéros de ligne et
prompts en double (avec --near-duplicates aussi les prompts qui posent la même question en d’autres
termes). Renvoie 0 si le fichier est propre, 1 s’il a des problèmes, 2 s’il est illisible.</translation>
    </message>
    <message>
        <source>Also list near-duplicate prompts: the same question in other words as an earlier prompt at the same level (words reordered, fillers added or left out, typing slips; 5-gram similarity of at least 0.8). They count as problems, like duplicates.</source>
        <translation>Lister aussi les prompts quasi en double : la même question en d’autres termes qu’un prompt précédent du même niveau (mots déplacés, mots de remplissage ajoutés ou omis, fautes de frappe ; similarité des 5-grammes d’au moins 0.8). Ils comptent comme des problèmes, comme les doublons.</translation>
    </message>
    <message numerus="yes">
        <source>near-duplicate prompts (%n):</source>
        <translation>
            <numerusform>prompts quasi en double (%n) :</numerusform>
            <numerusform>prompts quasi en double (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: nearly the same prompt as line %2 at the same level (%3% alike)</source>
        <translation>  ligne %1 : presque le même prompt que la ligne %2 au même niveau (semblable à %3%)</translation>
    </message>
    <message>
        <source>no near-duplicate prompts</source>
        <translation>aucun prompt quasi en double</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates, %3 near-duplicates</source>
        <translation>ÉCHEC : %1 erreurs, %2 doublons, %3 quasi-doublons</translation>
    </message>
</context>
</TS>
