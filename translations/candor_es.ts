<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export dataset</source>
        <translation>Exportar conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Seed JSONL</source>
        <translation>JSONL semilla</translation>
    </message>
    <message>
        <source>JSONL with meta</source>
        <translation>JSONL con metadatos</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Which rows of the review to export.</source>
        <translation>Qué filas de la revisión exportar.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Accepted rows only</source>
        <translation>Solo filas aceptadas</translation>
    </message>
    <message>
        <source>All but rejected rows</source>
        <translation>Todas menos las rechazadas</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>The file to write; it is replaced atomically.</source>
        <translation>El archivo que se escribirá; se reemplaza de forma atómica.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Elegir el archivo.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Resumen de la exportación</translation>
    </message>
    <message>
        <source>The file format: seed rows, supervised chat turns, preference pairs for a trainer, or a Hugging Face dataset folder.</source>
        <translation>El formato del archivo: filas semilla, turnos de chat supervisados, pares de preferencia para un entrenador o una carpeta de conjunto de datos de Hugging Face.</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning JSONL (SFT)</source>
        <translation>JSONL de ajuste fino de chat de OpenAI (SFT)</translation>
    </message>
    <message>
        <source>DPO pairs (TRL DPOTrainer)</source>
        <translation>Pares DPO (TRL DPOTrainer)</translation>
    </message>
    <message>
        <source>DPO pairs, conversational (TRL DPOTrainer)</source>
        <translation>Pares DPO conversacionales (TRL DPOTrainer)</translation>
    </message>
    <message>
        <source>Reward-model pairs with margin (TRL RewardTrainer)</source>
        <translation>Pares para modelo de recompensa con margen (TRL RewardTrainer)</translation>
    </message>
    <message>
        <source>KTO rows (TRL KTOTrainer)</source>
        <translation>Filas KTO (TRL KTOTrainer)</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL (OpenAI, Together, Fireworks)</source>
        <translation>JSONL de preferencias al estilo de OpenAI (OpenAI, Together, Fireworks)</translation>
    </message>
    <message>
        <source>RLWHF tuples</source>
        <translation>Tuplas RLWHF</translation>
    </message>
    <message>
        <source>GRPO prompts (TRL GRPOTrainer)</source>
        <translation>Prompts GRPO (TRL GRPOTrainer)</translation>
    </message>
    <message>
        <source>Reference answers (+2 rows)</source>
        <translation>Respuestas de referencia (filas +2)</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder with card</source>
        <translation>Carpeta de conjunto de datos de Hugging Face con ficha</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>&amp;Pares:</translation>
    </message>
    <message>
        <source>How rows that answer the same prompt become pairs; the higher level is chosen, ties never pair.</source>
        <translation>Cómo las filas que responden al mismo prompt se convierten en pares; se elige el nivel más alto y los empates nunca se emparejan.</translation>
    </message>
    <message>
        <source>Adjacent levels (+2&gt;+1, +1&gt;0, …)</source>
        <translation>Niveles adyacentes (+2&gt;+1, +1&gt;0, …)</translation>
    </message>
    <message>
        <source>Every higher-lower pair (10 per full ladder)</source>
        <translation>Cada par de nivel alto y bajo (10 por escalera completa)</translation>
    </message>
    <message>
        <source>Best against each lower level</source>
        <translation>El mejor contra cada nivel inferior</translation>
    </message>
    <message>
        <source>Minimum &amp;margin:</source>
        <translation>&amp;Margen mínimo:</translation>
    </message>
    <message>
        <source>The least level difference between the chosen and the rejected answer.</source>
        <translation>La menor diferencia de nivel entre la respuesta elegida y la rechazada.</translation>
    </message>
    <message>
        <source>&amp;Desirable from level:</source>
        <translation>&amp;Deseable desde el nivel:</translation>
    </message>
    <message>
        <source>KTO label: rows at this level or above are desirable (true), the rest undesirable.</source>
        <translation>Etiqueta KTO: las filas de este nivel o superior son deseables (true); el resto, no deseables.</translation>
    </message>
    <message>
        <source>Assistant &amp;turns from level:</source>
        <translation>&amp;Turnos del asistente desde el nivel:</translation>
    </message>
    <message>
        <source>Only rows at this level or above become assistant turns; +2 teaches fully correct answers only.</source>
        <translation>Solo las filas de este nivel o superior se convierten en turnos del asistente; +2 enseña solo respuestas totalmente correctas.</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <source>Required: the dataset card&apos;s licence identifier, e.g. cc-by-4.0, apache-2.0 or other. Check the terms of the provider that generated the rows.</source>
        <translation>Obligatorio: el identificador de licencia de la ficha del conjunto de datos, p. ej. cc-by-4.0, apache-2.0 u other. Revise las condiciones del proveedor que generó las filas.</translation>
    </message>
    <message>
        <source>e.g. cc-by-4.0 (required)</source>
        <translation>p. ej. cc-by-4.0 (obligatorio)</translation>
    </message>
    <message>
        <source>Spl&amp;it:</source>
        <translation>&amp;División:</translation>
    </message>
    <message>
        <source>Train, validation and test fractions; every ladder stays inside one split.</source>
        <translation>Fracciones de entrenamiento, validación y prueba; cada escalera queda dentro de una sola partición.</translation>
    </message>
    <message>
        <source>S&amp;huffle seed:</source>
        <translation>&amp;Semilla de mezcla:</translation>
    </message>
    <message>
        <source>The same seed and rows give the same split.</source>
        <translation>La misma semilla y las mismas filas dan la misma división.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Informe de exportación</translation>
    </message>
    <message>
        <source>What the export wrote: rows or pairs per level and kind, and every row left out, with the reason.</source>
        <translation>Lo que escribió la exportación: filas o pares por nivel y tipo, y cada fila omitida con su motivo.</translation>
    </message>
    <message>
        <source>Expressed &amp;confidence:</source>
        <translation>&amp;Confianza expresada:</translation>
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
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odo:</translation>
    </message>
    <message>
        <source>Templates work offline with no set-up; LLM asks a provider.</source>
        <translation>Las plantillas funcionan sin conexión y sin configuración; LLM consulta a un proveedor.</translation>
    </message>
    <message>
        <source>Generation mode</source>
        <translation>Modo de generación</translation>
    </message>
    <message>
        <source>Templates (offline)</source>
        <translation>Plantillas (sin conexión)</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>How many rows the dataset has in total.</source>
        <translation>Cuántas filas tiene el conjunto de datos en total.</translation>
    </message>
    <message>
        <source>Rows per level of the honesty rubric, as counts or shares.</source>
        <translation>Filas por nivel de la rúbrica de honestidad, como cantidades o proporciones.</translation>
    </message>
    <message>
        <source>Reward distribution</source>
        <translation>Distribución de recompensas</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>A domain such as history or medicine, or any free-text topic; several topics are separated by semicolons; empty uses every domain.</source>
        <translation>Un dominio como historia o medicina, o cualquier tema libre; varios temas se separan con punto y coma; vacío usa todos los dominios.</translation>
    </message>
    <message>
        <source>all domains</source>
        <translation>todos los dominios</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>The same seed and settings give the same dataset.</source>
        <translation>La misma semilla y los mismos ajustes dan el mismo conjunto de datos.</translation>
    </message>
    <message>
        <source>Add a [SEARCH:query] hint to every row.</source>
        <translation>Añadir una pista [SEARCH:consulta] a cada fila.</translation>
    </message>
    <message>
        <source>Search &amp;hints</source>
        <translation>Pistas de &amp;búsqueda</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>Escribir respuestas más largas y detalladas.</translation>
    </message>
    <message>
        <source>&amp;Long-form answers</source>
        <translation>Respuestas &amp;largas</translation>
    </message>
    <message>
        <source>Advanced (LLM)</source>
        <translation>Avanzado (LLM)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>Rows asked for in one request.</source>
        <translation>Filas solicitadas en cada petición.</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Concurrencia:</translation>
    </message>
    <message>
        <source>Requests sent at once; Candor lowers it by itself when the provider rate-limits.</source>
        <translation>Solicitudes enviadas a la vez; Candor las reduce por sí solo cuando el proveedor limita la frecuencia.</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Higher values give more varied rows.</source>
        <translation>Los valores más altos dan filas más variadas.</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>&amp;Tokens máximos:</translation>
    </message>
    <message>
        <source>The most tokens one answer may use.</source>
        <translation>El número máximo de tokens que puede usar una respuesta.</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>Pres&amp;upuesto:</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this amount; 0 means no cap.</source>
        <translation>Dejar de enviar solicitudes antes de que el coste supere esta cantidad; 0 significa sin límite.</translation>
    </message>
    <message>
        <source>Stre&amp;am answers</source>
        <translation>&amp;Transmitir respuestas</translation>
    </message>
    <message>
        <source>Take rows as they stream in, so they appear at once.</source>
        <translation>Tomar las filas a medida que llegan, para que aparezcan al instante.</translation>
    </message>
    <message>
        <source>&amp;Fill shortfalls from templates</source>
        <translation>&amp;Completar lo que falte con plantillas</translation>
    </message>
    <message>
        <source>When the model cannot deliver enough valid rows, fill the rest offline (marked fallback).</source>
        <translation>Cuando el modelo no puede entregar suficientes filas válidas, completar el resto sin conexión (marcadas como respaldo).</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Estimación de coste</translation>
    </message>
    <message>
        <source>Generate a small sample first, to spot-check prompts and model before spending on the whole dataset.</source>
        <translation>Genere primero una pequeña muestra para revisar los prompts y el modelo antes de gastar en todo el conjunto de datos.</translation>
    </message>
    <message>
        <source>Pre&amp;view Sample</source>
        <translation>&amp;Vista previa de muestra</translation>
    </message>
    <message>
        <source>How many sample rows each level gets in a preview.</source>
        <translation>Cuántas filas de muestra recibe cada nivel en una vista previa.</translation>
    </message>
    <message>
        <source>Sample rows per level</source>
        <translation>Filas de muestra por nivel</translation>
    </message>
    <message>
        <source> per level</source>
        <translation> por nivel</translation>
    </message>
    <message>
        <source>Generate the whole dataset with the settings above.</source>
        <translation>Generar todo el conjunto de datos con los ajustes de arriba.</translation>
    </message>
    <message>
        <source>&amp;Generate Dataset</source>
        <translation>&amp;Generar conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Let requests in flight finish and start no new ones.</source>
        <translation>Dejar que terminen las solicitudes en curso y no iniciar otras nuevas.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the run at once; the rows so far are kept.</source>
        <translation>Detener la ejecución de inmediato; las filas obtenidas se conservan.</translation>
    </message>
    <message>
        <source>Save the rows as seed-format JSONL, JSONL with meta, CSV or OpenAI chat fine-tuning JSONL.</source>
        <translation>Guardar las filas como JSONL semilla, JSONL con metadatos, CSV o JSONL de ajuste fino de chat de OpenAI.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>Rows accepted so far out of the rows asked for.</source>
        <translation>Filas aceptadas hasta ahora de las solicitadas.</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <source>Show every message of the runs so far: retries, rate limits, errors by kind.</source>
        <translation>Mostrar todos los mensajes de las ejecuciones hasta ahora: reintentos, límites de frecuencia, errores por tipo.</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>Re&amp;gistro de ejecución…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>Start again from the default settings.</source>
        <translation>Empezar de nuevo con los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open a .candor project with its settings and prompt templates.</source>
        <translation>Abrir un proyecto .candor con sus ajustes y plantillas de prompt.</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <source>Save the settings and prompt templates (never API keys).</source>
        <translation>Guardar los ajustes y las plantillas de prompt (nunca las claves de API).</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Abrir &amp;conjunto de datos…</translation>
    </message>
    <message>
        <source>Load an existing JSONL dataset for review.</source>
        <translation>Cargar un conjunto de datos JSONL existente para revisarlo.</translation>
    </message>
    <message>
        <source>Edit &amp;Prompt Templates…</source>
        <translation>Editar &amp;plantillas de prompt…</translation>
    </message>
    <message>
        <source>Edit the instructions sent to the model for each level.</source>
        <translation>Editar las instrucciones que se envían al modelo para cada nivel.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>&amp;Acerca de Candor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Do what the message above offers.</source>
        <translation>Hacer lo que propone el mensaje de arriba.</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Ocultar este mensaje.</translation>
    </message>
    <message>
        <source>The language the generated rows are written in, in English words (e.g. German, Brazilian Portuguese).</source>
        <translation>El idioma en que se escriben las filas generadas, en palabras inglesas (p. ej., German, Brazilian Portuguese).</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts:</translation>
    </message>
    <message>
        <source>Independent rows give every row its own prompt; contrast ladders answer one prompt at every chosen level (what DPO and reward-model training compare); a mix makes a share of the rows ladders.</source>
        <translation>Las filas independientes dan a cada fila su propio prompt; las escaleras de contraste responden un prompt en cada nivel elegido (lo que comparan el entrenamiento DPO y de modelos de recompensa); una mezcla convierte una parte de las filas en escaleras.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>Filas independientes</translation>
    </message>
    <message>
        <source>Contrast ladders</source>
        <translation>Escaleras de contraste</translation>
    </message>
    <message>
        <source>Mix of both</source>
        <translation>Mezcla de ambas</translation>
    </message>
    <message>
        <source>The share of the rows that are ladders; the other rows are independent.</source>
        <translation>La proporción de filas que son escaleras; las demás filas son independientes.</translation>
    </message>
    <message>
        <source>Share of rows in ladders</source>
        <translation>Proporción de filas en escaleras</translation>
    </message>
    <message>
        <source> % ladders</source>
        <translation> % escaleras</translation>
    </message>
    <message>
        <source>Ladder le&amp;vels:</source>
        <translation>Ni&amp;veles de escalera:</translation>
    </message>
    <message>
        <source>Ladder levels</source>
        <translation>Niveles de escalera</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Which service generates the rows.</source>
        <translation>Qué servicio genera las filas.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Punto de acceso:</translation>
    </message>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>La dirección de la API del proveedor; cámbiela para proxies o servidores propios.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL del punto de acceso</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>The model id; Refresh lists what the endpoint offers.</source>
        <translation>El identificador del modelo; Actualizar muestra lo que ofrece el punto de acceso.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Fetch the model list from the endpoint.</source>
        <translation>Obtener la lista de modelos del punto de acceso.</translation>
    </message>
    <message>
        <source>Refresh model list</source>
        <translation>Actualizar la lista de modelos</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>The provider&apos;s API key; stored only in the system keychain.</source>
        <translation>La clave de API del proveedor; solo se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the typed key while the button is down.</source>
        <translation>Mostrar la clave escrita mientras el botón esté pulsado.</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Store the key in the system keychain.</source>
        <translation>Guardar la clave en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Save API key to keychain</source>
        <translation>Guardar la clave de API en el llavero</translation>
    </message>
    <message>
        <source>API key state</source>
        <translation>Estado de la clave de API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Check that the endpoint answers and accepts the key.</source>
        <translation>Comprobar que el punto de acceso responde y acepta la clave.</translation>
    </message>
    <message>
        <source>Connection verdict</source>
        <translation>Resultado de la conexión</translation>
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
        <translation>%1 dijo: «%2»</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una página HTML</translation>
    </message>
    <message>
        <source>an HTML page &quot;%1&quot;</source>
        <translation>una página HTML «%1»</translation>
    </message>
    <message>
        <source>%1 could not be reached: a proxy or gateway answered HTTP %2 with %3 instead of the provider&apos;s reply. This is usually temporary; retrying usually helps.</source>
        <translation>No se pudo contactar con %1: un proxy o una pasarela respondió HTTP %2 con %3 en lugar de la respuesta del proveedor. Suele ser temporal; reintentar suele funcionar.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway is rate-limiting requests (HTTP 429, %2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1: un proxy o una pasarela está limitando las solicitudes (HTTP 429, %2). Espere %DELAY% antes de reintentar o reduzca la concurrencia.</translation>
    </message>
    <message>
        <source>%1: the request is too large for a proxy or gateway (HTTP 413, %2). Ask for fewer rows per request.</source>
        <translation>%1: la solicitud es demasiado grande para un proxy o una pasarela (HTTP 413, %2). Pida menos filas por solicitud.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway asks for credentials (HTTP %2, %3). Check the base URL and proxy settings.</source>
        <translation>%1: un proxy o una pasarela pide credenciales (HTTP %2, %3). Compruebe la URL base y los ajustes del proxy.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway timed out (HTTP 408, %2). Retrying usually helps.</source>
        <translation>%1: un proxy o una pasarela agotó el tiempo de espera (HTTP 408, %2). Reintentar suele funcionar.</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 with %3 instead of an API reply. Check the base URL, VPN and proxy settings.</source>
        <translation>%1: el servidor respondió HTTP %2 con %3 en lugar de una respuesta de la API. Compruebe la URL base y los ajustes de VPN y proxy.</translation>
    </message>
    <message>
        <source>no model is loaded</source>
        <translation>no hay ningún modelo cargado</translation>
    </message>
    <message>
        <source>loaded: %1</source>
        <translation>cargado: %1</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; running (%3). Start that model in %1 or choose a loaded one.</source>
        <translation>%1 no tiene en ejecución el modelo «%2» (%3). Inicie ese modelo en %1 o elija uno cargado.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (%2). Store a new key for this provider.</source>
        <translation>%1 rechazó la clave de API (%2). Guarde una clave nueva para este proveedor.</translation>
    </message>
    <message>
        <source>%1: the prompt plus the requested answer do not fit the model&apos;s context window (%2). Ask for fewer rows per request or lower max tokens.</source>
        <translation>%1: el prompt más la respuesta solicitada no caben en la ventana de contexto del modelo (%2). Pida menos filas por solicitud o reduzca los tokens máximos.</translation>
    </message>
    <message>
        <source>%1: rate limit reached (%2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1: se alcanzó el límite de frecuencia (%2). Espere %DELAY% antes de reintentar o reduzca la concurrencia.</translation>
    </message>
    <message>
        <source>%1: your quota is used up (%2). Check your plan and billing; retrying will not help.</source>
        <translation>%1: se agotó su cuota (%2). Revise su plan y la facturación; reintentar no servirá.</translation>
    </message>
    <message>
        <source>%1 is overloaded (%2). Retry in a little while or lower the concurrency.</source>
        <translation>%1 está sobrecargado (%2). Reintente dentro de un rato o reduzca la concurrencia.</translation>
    </message>
    <message>
        <source>%1&apos;s model worker failed, probably out of GPU memory (%2). Retrying may help; otherwise lower max tokens or the concurrency.</source>
        <translation>El proceso de modelo de %1 falló, probablemente por falta de memoria de GPU (%2). Reintentar puede ayudar; si no, reduzca los tokens máximos o la concurrencia.</translation>
    </message>
    <message>
        <source>%1 has no model worker answering (%2). Check that a model is running in %1; retrying may help.</source>
        <translation>Ningún proceso de modelo de %1 responde (%2). Compruebe que haya un modelo en ejecución en %1; reintentar puede ayudar.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; try again later.</source>
        <translation>%1 tuvo un error interno (%2). Suele ser temporal; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens) for this provider.</source>
        <translation>%1 rechazó la solicitud (%2). Compruebe los ajustes del modelo (temperatura, tokens máximos) para este proveedor.</translation>
    </message>
    <message>
        <source>%1 does not serve your country, region or territory (%2). Use another provider.</source>
        <translation>%1 no da servicio en su país, región o territorio (%2). Use otro proveedor.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP %2). Store a new key for this provider.</source>
        <translation>%1 rechazó la clave de API (HTTP %2). Guarde una clave nueva para este proveedor.</translation>
    </message>
    <message>
        <source>%1 refused this request with the stored key (%2). Check that the key&apos;s account or project may use this model.</source>
        <translation>%1 rechazó esta solicitud con la clave guardada (%2). Compruebe que la cuenta o el proyecto de la clave pueda usar este modelo.</translation>
    </message>
    <message>
        <source>%1: this request alone is larger than your per-minute token limit (%2). Ask for fewer rows per request or lower max tokens; retrying will not help.</source>
        <translation>%1: esta solicitud por sí sola supera su límite de tokens por minuto (%2). Pida menos filas por solicitud o reduzca los tokens máximos; reintentar no servirá.</translation>
    </message>
    <message>
        <source>%1: the request is too large (%2). Ask for fewer rows per request.</source>
        <translation>%1: la solicitud es demasiado grande (%2). Pida menos filas por solicitud.</translation>
    </message>
    <message>
        <source>%1: this Transformer Lab version has no OpenAI-compatible endpoint (HTTP 404). Use Transformer Lab v0.33.0 or older, or serve the model with another OpenAI-compatible server.</source>
        <translation>%1: esta versión de Transformer Lab no tiene un punto de acceso compatible con OpenAI (HTTP 404). Use Transformer Lab v0.33.0 o anterior, o sirva el modelo con otro servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; installed (HTTP 404). Pull it with &quot;ollama pull %2&quot; or pick an installed model.</source>
        <translation>%1 no tiene instalado el modelo «%2» (HTTP 404). Descárguelo con «ollama pull %2» o elija un modelo instalado.</translation>
    </message>
    <message>
        <source>%1: the server has no such endpoint (HTTP 404). Check the base URL.</source>
        <translation>%1: el servidor no tiene ese punto de acceso (HTTP 404). Compruebe la URL base.</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; is not available (%3). Pick another model or refresh the model list.</source>
        <translation>%1: el modelo «%2» no está disponible (%3). Elija otro modelo o actualice la lista de modelos.</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; does not exist or you have no access to it (HTTP %3). Pick another model or refresh the model list.</source>
        <translation>%1: el modelo «%2» no existe o no tiene acceso a él (HTTP %3). Elija otro modelo o actualice la lista de modelos.</translation>
    </message>
    <message>
        <source>%1 timed out while working on the request (%2). Retry; for long answers use streaming or ask for fewer rows per request.</source>
        <translation>%1 agotó el tiempo mientras procesaba la solicitud (%2). Reintente; para respuestas largas use la transmisión o pida menos filas por solicitud.</translation>
    </message>
    <message>
        <source>%1 reports that the request was cancelled (%2).</source>
        <translation>%1 informa de que la solicitud se canceló (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached through its gateway (%2). This is usually temporary; retrying usually helps.</source>
        <translation>No se pudo contactar con %1 a través de su pasarela (%2). Suele ser temporal; reintentar suele funcionar.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; retrying usually helps.</source>
        <translation>%1 tuvo un error interno (%2). Suele ser temporal; reintentar suele funcionar.</translation>
    </message>
    <message>
        <source>%1 reported a conflict (%2). Retrying usually helps.</source>
        <translation>%1 informó de un conflicto (%2). Reintentar suele funcionar.</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens, JSON mode) for this provider.</source>
        <translation>%1 rechazó la solicitud (%2). Compruebe los ajustes del modelo (temperatura, tokens máximos, modo JSON) para este proveedor.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 respondió con el estado HTTP inesperado %2.</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un poco</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 before the next attempt, longer than Candor waits on its own; try again after that.</source>
        <translation>%1 pide esperar %2 antes del próximo intento, más de lo que Candor espera por sí solo; inténtelo de nuevo pasado ese tiempo.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error%2.</source>
        <translation>%1 detuvo la respuesta con un error%2.</translation>
    </message>
    <message>
        <source>Retrying usually helps.</source>
        <translation>Reintentar suele funcionar.</translation>
    </message>
    <message>
        <source>Store a new key for this provider.</source>
        <translation>Guarde una clave nueva para este proveedor.</translation>
    </message>
    <message>
        <source>Check your plan and billing; retrying will not help.</source>
        <translation>Revise su plan y la facturación; reintentar no servirá.</translation>
    </message>
    <message>
        <source>Ask for fewer rows per request or lower max tokens.</source>
        <translation>Pida menos filas por solicitud o reduzca los tokens máximos.</translation>
    </message>
    <message>
        <source>Pick another model or start it first.</source>
        <translation>Elija otro modelo o inícielo primero.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings for this provider.</source>
        <translation>Compruebe los ajustes del modelo para este proveedor.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is %2 running?</source>
        <translation>Nada escucha en %1. ¿Está %2 en ejecución?</translation>
    </message>
    <message>
        <source>%1 refused the connection at %2. Check the base URL or try again later.</source>
        <translation>%1 rechazó la conexión en %2. Compruebe la URL base o inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly (%2). Retrying usually helps.</source>
        <translation>%1 cerró la conexión inesperadamente (%2). Reintentar suele funcionar.</translation>
    </message>
    <message>
        <source>%1: the host &quot;%2&quot; could not be found. Check the base URL and your internet connection.</source>
        <translation>%1: no se encontró el host «%2». Compruebe la URL base y su conexión a internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Check your connection; retrying usually helps.</source>
        <translation>%1 no respondió a tiempo (%2). Compruebe su conexión; reintentar suele funcionar.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Se canceló la solicitud a %1.</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed%3. Check the base URL (https or http), the system clock and any proxy.</source>
        <translation>%1: falló la conexión segura con %2%3. Compruebe la URL base (https o http), el reloj del sistema y cualquier proxy.</translation>
    </message>
    <message>
        <source>The network is not available, so %1 cannot be reached. Check your connection.</source>
        <translation>La red no está disponible, así que no se puede contactar con %1. Compruebe su conexión.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected too many times. Check the base URL.</source>
        <translation>%1 en %2 redirigió demasiadas veces. Compruebe la URL base.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected from https to plain http; Candor does not follow that. Check the base URL.</source>
        <translation>%1 en %2 redirigió de https a http sin cifrar; Candor no sigue esa redirección. Compruebe la URL base.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 asks for credentials. Check the proxy settings.</source>
        <translation>El proxy delante de %1 pide credenciales. Compruebe los ajustes del proxy.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 failed%2. Check the proxy settings.</source>
        <translation>El proxy delante de %1 falló%2. Compruebe los ajustes del proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed%3.</source>
        <translation>Falló la conexión con %1 en %2%3.</translation>
    </message>
    <message>
        <source>No space left on the disk for %1: the last change was not saved; everything saved before it is intact.</source>
        <translation>No queda espacio en el disco para %1: el último cambio no se guardó; todo lo guardado antes está intacto.</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>El proyecto %1 está dañado (%2).</translation>
    </message>
    <message>
        <source>Could not use the project %1: %2</source>
        <translation>No se pudo usar el proyecto %1: %2</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>no queda espacio en el dispositivo</translation>
    </message>
    <message>
        <source>the disk quota is exhausted</source>
        <translation>la cuota de disco está agotada</translation>
    </message>
    <message>
        <source>the file would be larger than the system allows</source>
        <translation>el archivo sería más grande de lo que permite el sistema</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>el sistema de archivos es de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the program reading the pipe has closed it</source>
        <translation>el programa que lee la tubería la ha cerrado</translation>
    </message>
    <message>
        <source>an input/output error (the disk or device failed)</source>
        <translation>un error de entrada/salida (falló el disco o el dispositivo)</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; Candor writes only to files, pipes and character devices</source>
        <translation>%1 es %2, no un archivo normal; Candor solo escribe en archivos, tuberías y dispositivos de caracteres</translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string at column %2; JSON needs it escaped</source>
        <translation>carácter de control sin escapar U+%1 dentro de una cadena en la columna %2; JSON exige escaparlo</translation>
    </message>
    <message>
        <source>lone surrogate escape \u%1 at column %2; it is not a character</source>
        <translation>escape de sustituto aislado \u%1 en la columna %2; no es un carácter</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>tabla desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;table&quot; is required outside generic.json</source>
        <translation>&quot;table&quot; es obligatorio fuera de generic.json</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>&quot;difficulty&quot; debe ser beginner, intermediate o advanced</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>&quot;prompts&quot; debe ser una lista no vacía de cadenas</translation>
    </message>
    <message>
        <source>&quot;search&quot; is required</source>
        <translation>&quot;search&quot; es obligatorio</translation>
    </message>
    <message>
        <source>&quot;levels&quot; must be an object with the keys &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;</source>
        <translation>&quot;levels&quot; debe ser un objeto con las claves &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; y &quot;2&quot;</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (the levels are &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;)</source>
        <translation>nivel desconocido &quot;%1&quot; (los niveles son &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; y &quot;2&quot;)</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>nivel %1: %2</translation>
    </message>
    <message>
        <source>missing (a ladder needs all five levels)</source>
        <translation>falta (una escalera necesita los cinco niveles)</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>&quot;answers&quot; debe ser una lista no vacía de cadenas</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; is required</source>
        <translation>&quot;feedback&quot; es obligatorio</translation>
    </message>
    <message>
        <source>&quot;claims&quot; must be a list (empty if the answer makes no claim)</source>
        <translation>&quot;claims&quot; debe ser una lista (vacía si la respuesta no afirma nada)</translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation>afirmación %1: %2</translation>
    </message>
    <message>
        <source>&quot;claim&quot; must be a non-empty string</source>
        <translation>&quot;claim&quot; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>&quot;true&quot; must be true or false</source>
        <translation>&quot;true&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>a false claim needs a &quot;correction&quot;</source>
        <translation>una afirmación falsa necesita una &quot;correction&quot;</translation>
    </message>
    <message>
        <source>a true claim takes no &quot;correction&quot;</source>
        <translation>una afirmación verdadera no lleva &quot;correction&quot;</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>Level %1 is given away by &quot;%2&quot;: it is in %3% of the level&apos;s answers and %4% of the others, so a reward model can score the level from that alone.</source>
        <translation>El nivel %1 se delata por «%2»: aparece en el %3% de las respuestas del nivel y en el %4% de las demás, así que un modelo de recompensa puede puntuar el nivel solo con eso.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>Level %1 %2 average %3 characters against %4 over all rows (%5%): length alone hints at the level.</source>
        <translation>Nivel %1, %2: media de %3 caracteres frente a %4 en todas las filas (%5%); la longitud por sí sola da pistas sobre el nivel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier row&apos;s prompt at the same level.</source>
        <translation>
            <numerusform>%Ln fila repite el prompt de una fila anterior en el mismo nivel.</numerusform>
            <numerusform>%Ln filas repiten el prompt de una fila anterior en el mismo nivel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level</source>
        <translation>Filas por nivel</translation>
    </message>
    <message>
        <source>%1 lengths at level %2</source>
        <translation>%1: longitudes en el nivel %2</translation>
    </message>
    <message>
        <source>mean %1 characters</source>
        <translation>media de %1 caracteres</translation>
    </message>
    <message>
        <source>%1 rows, %2 contrast ladders (%3 rows in ladders), %4 edited by hand. Made by Candor %5.</source>
        <translation>%1 filas, %2 escaleras de contraste (%3 filas en escaleras), %4 editadas a mano. Creado con Candor %5.</translation>
    </message>
    <message>
        <source>What a reward model could learn instead of honesty</source>
        <translation>Lo que un modelo de recompensa podría aprender en lugar de honestidad</translation>
    </message>
    <message>
        <source>No single word, word pair or length gives a level away.</source>
        <translation>Ninguna palabra, par de palabras ni longitud delata por sí sola un nivel.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Domains by level</source>
        <translation>Dominios por nivel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Answer length by level</source>
        <translation>Longitud de las respuestas por nivel</translation>
    </message>
    <message>
        <source>Characters, %1 per bar; the dashed line is the level&apos;s mean; all rows: %2.</source>
        <translation>Caracteres, %1 por barra; la línea discontinua es la media del nivel; todas las filas: %2.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Feedback length by level</source>
        <translation>Longitud de los comentarios por nivel</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Words that predict the level</source>
        <translation>Palabras que predicen el nivel</translation>
    </message>
    <message>
        <source>The ten words or word pairs whose presence in an answer best tells its level from the others (balanced accuracy, over %1 answers).</source>
        <translation>Las diez palabras o pares de palabras cuya presencia en una respuesta mejor distingue su nivel de los demás (exactitud equilibrada, sobre %1 respuestas).</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Indicio</translation>
    </message>
    <message>
        <source>In level</source>
        <translation>En el nivel</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>En otros</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row&apos;s prompt at the same level (case, spacing and end punctuation aside). Rows of one contrast ladder share their prompt on purpose and are not counted.</source>
        <translation>%1 filas repiten el prompt de una fila anterior en el mismo nivel (sin contar mayúsculas, espacios ni puntuación final). Las filas de una misma escalera de contraste comparten el prompt a propósito y no se cuentan.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Repeats row</source>
        <translation>Repite fila</translation>
    </message>
    <message>
        <source>Judge agreement</source>
        <translation>Concordancia del juez</translation>
    </message>
    <message>
        <source>No judge labels in these rows yet.</source>
        <translation>Estas filas aún no tienen etiquetas del juez.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Not recorded: the rows came from a file without their configuration.</source>
        <translation>No registrada: las filas provienen de un archivo sin su configuración.</translation>
    </message>
    <message>
        <source>%1 judged rows: exact agreement %2, within one level %3, quadratic-weighted kappa %4 (95% interval %5 to %6).</source>
        <translation>%1 filas evaluadas: acuerdo exacto %2, a un nivel como máximo %3, kappa con pesos cuadráticos %4 (intervalo del 95% de %5 a %6).</translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level</source>
        <translation>Filas: nivel objetivo; columnas: el nivel del modelo juez</translation>
    </message>
</context>
<context>
    <name>candor::ChatCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MB and was cut off</source>
        <translation>la respuesta ocupa más de %1 MB y se cortó</translation>
    </message>
    <message>
        <source>redirect (HTTP %1) without a valid Location</source>
        <translation>redirección (HTTP %1) sin un Location válido</translation>
    </message>
    <message>
        <source>%1 redirected from https to %2; Candor refuses to downgrade a request that carries an API key.</source>
        <translation>%1 redirigió de https a %2; Candor no degrada una solicitud que lleva una clave de API.</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>demasiadas redirecciones</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 no envió nada durante %2 s; la solicitud agotó el tiempo de espera. Inténtelo de nuevo o aumente el tiempo de espera para modelos locales lentos.</translation>
    </message>
    <message>
        <source>The stream from %1 ended before it was complete (%2 characters received). Try again.</source>
        <translation>La transmisión de %1 terminó antes de completarse (se recibieron %2 caracteres). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 answered with no text (finish reason: %2).</source>
        <translation>%1 respondió sin texto (motivo de finalización: %2).</translation>
    </message>
    <message>
        <source>%1 sent no part of the answer for %2 s (only keep-alives or stray bytes); the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 no envió ninguna parte de la respuesta durante %2 s (solo keep-alives o bytes sueltos); la solicitud agotó el tiempo de espera. Inténtelo de nuevo o aumente el tiempo de espera para modelos locales lentos.</translation>
    </message>
    <message>
        <source>%1 did not finish the answer within %2 s; the request timed out. Try again, or ask for a shorter answer.</source>
        <translation>%1 no terminó la respuesta en %2 s; la solicitud agotó el tiempo de espera. Inténtelo de nuevo o pida una respuesta más corta.</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 bytes</source>
        <translation>una línea del flujo supera los %1 bytes</translation>
    </message>
</context>
<context>
    <name>candor::Connector</name>
    <message>
        <source>Candor will not send the %1 API key over plain http to %2: anyone on the network could read it. Use https, or allow insecure key transport for this endpoint explicitly.</source>
        <translation>Candor no enviará la clave de API de %1 por http sin cifrar a %2: cualquiera en la red podría leerla. Use https o permita explícitamente el envío inseguro de claves para este punto de acceso.</translation>
    </message>
    <message>
        <source>%1 sent a response Candor could not read: %2.</source>
        <translation>%1 envió una respuesta que Candor no pudo leer: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <source>%1 did not answer the model list request in time.</source>
        <translation>%1 no respondió a tiempo a la solicitud de la lista de modelos.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: %3 %4 listed</source>
        <translation>Conectado a %1 en %2: %3 %4 listados</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>models</source>
        <translation>modelos</translation>
    </message>
    <message>
        <source>; %1 is available.</source>
        <translation>; %1 está disponible.</translation>
    </message>
    <message>
        <source>; %1 is not among them (it may still work as an alias).</source>
        <translation>; %1 no está entre ellos (puede que funcione igualmente como alias).</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>el cuerpo</translation>
    </message>
    <message>
        <source>%1 returned no choices; the server or a gateway dropped the answer.</source>
        <translation>%1 no devolvió ninguna opción; el servidor o una pasarela descartó la respuesta.</translation>
    </message>
    <message>
        <source>a stream event</source>
        <translation>un evento del flujo</translation>
    </message>
    <message>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>la lista de modelos no tiene un array &quot;data&quot;</translation>
    </message>
    <message>
        <source>a stream line</source>
        <translation>una línea del flujo</translation>
    </message>
    <message>
        <source>the model list has no &quot;models&quot; array</source>
        <translation>la lista de modelos no tiene un array &quot;models&quot;</translation>
    </message>
</context>
<context>
    <name>candor::DatasetCheck</name>
    <message>
        <source>&quot;search_hint&quot; must look like [SEARCH:query]</source>
        <translation>&quot;search_hint&quot; debe tener la forma [SEARCH:consulta]</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>a seed row, not a chat line: there is no &quot;messages&quot; array</source>
        <translation>una fila semilla, no una línea de chat: no hay un array &quot;messages&quot;</translation>
    </message>
    <message>
        <source>no &quot;messages&quot; array</source>
        <translation>no hay un array &quot;messages&quot;</translation>
    </message>
    <message>
        <source>&quot;messages&quot; holds %1 messages; Candor writes system (optional), user and assistant</source>
        <translation>&quot;messages&quot; contiene %1 mensajes; Candor escribe system (opcional), user y assistant</translation>
    </message>
    <message>
        <source>message %1 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>el mensaje %1 necesita una cadena &quot;role&quot; y una cadena &quot;content&quot;</translation>
    </message>
    <message>
        <source>message %1 has the role &quot;%2&quot; where Candor writes &quot;%3&quot;</source>
        <translation>el mensaje %1 tiene el rol &quot;%2&quot; donde Candor escribe &quot;%3&quot;</translation>
    </message>
    <message>
        <source>message %1 (%2) is empty</source>
        <translation>el mensaje %1 (%2) está vacío</translation>
    </message>
    <message>
        <source>the system message is not one Candor writes, so the row&apos;s level is unknown</source>
        <translation>el mensaje de sistema no es uno de los que escribe Candor, así que el nivel de la fila es desconocido</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice</source>
        <translation>la cabecera nombra la columna &quot;%1&quot; dos veces</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; is ignored</source>
        <translation>se ignora la columna desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; Candor&apos;s CSV starts with prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</source>
        <translation>a la cabecera le faltan las columnas %1; el CSV de Candor empieza por prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde la cabecera tiene %2</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8 text</source>
        <translation>el campo %1 no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>origen desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown review status &quot;%1&quot;</source>
        <translation>estado de revisión desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;created&quot; is not an ISO 8601 date and time: %1</source>
        <translation>&quot;created&quot; no es una fecha y hora ISO 8601: %1</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>marca desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a record longer than 16 MB; skipped</source>
        <translation>un registro de más de 16 MB; omitido</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the field and double the quote)</source>
        <translation>una comilla dentro del campo sin comillas %1 (ponga el campo entre comillas y duplique la comilla)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>texto tras la comilla de cierre del campo %1</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation>un campo entre comillas que empieza en esta línea nunca se cierra</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of messages</source>
        <translation>&quot;%1&quot; debe ser una lista de mensajes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold exactly one assistant message, not %2</source>
        <translation>&quot;%1&quot; debe contener exactamente un mensaje del asistente, no %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold %2 message(s) (%3), not %4</source>
        <translation>&quot;%1&quot; debe contener %2 mensaje(s) (%3), no %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>&quot;%1&quot;, mensaje %2, necesita una cadena &quot;role&quot; y una cadena &quot;content&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 has the role &quot;%3&quot; where &quot;%4&quot; belongs</source>
        <translation>&quot;%1&quot;, mensaje %2, tiene el rol &quot;%3&quot; donde corresponde &quot;%4&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 is empty</source>
        <translation>&quot;%1&quot;, mensaje %2, está vacío</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>falta la clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <source>missing object &quot;input&quot; (with &quot;messages&quot;)</source>
        <translation>falta el objeto &quot;input&quot; (con &quot;messages&quot;)</translation>
    </message>
    <message>
        <source>a reward-model line has an implicit prompt: the user turn inside &quot;chosen&quot; and &quot;rejected&quot;, no &quot;prompt&quot; key</source>
        <translation>una línea de modelo de recompensa tiene el prompt implícito: el turno del usuario dentro de &quot;chosen&quot; y &quot;rejected&quot;, sin clave &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; answer different prompts</source>
        <translation>&quot;chosen&quot; y &quot;rejected&quot; responden a prompts distintos</translation>
    </message>
    <message>
        <source>missing key &quot;margin&quot;</source>
        <translation>falta la clave &quot;margin&quot;</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be a number</source>
        <translation>&quot;margin&quot; debe ser un número</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be positive (the chosen answer&apos;s level minus the rejected one&apos;s), not %1</source>
        <translation>&quot;margin&quot; debe ser positivo (el nivel de la respuesta elegida menos el de la rechazada), no %1</translation>
    </message>
    <message>
        <source>missing key &quot;label&quot;</source>
        <translation>falta la clave &quot;label&quot;</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be true or false (a JSON boolean)</source>
        <translation>&quot;label&quot; debe ser true o false (un booleano JSON)</translation>
    </message>
    <message>
        <source>&quot;reward&quot; must be an integer from -2 to 2</source>
        <translation>&quot;reward&quot; debe ser un entero de -2 a 2</translation>
    </message>
    <message>
        <source>missing object &quot;metadata&quot;</source>
        <translation>falta el objeto &quot;metadata&quot;</translation>
    </message>
    <message>
        <source>metadata: &quot;confidence_score&quot; must be a number from 0 to 1</source>
        <translation>metadata: &quot;confidence_score&quot; debe ser un número de 0 a 1</translation>
    </message>
    <message>
        <source>&quot;target_reward&quot; must be an integer from -2 to 2</source>
        <translation>&quot;target_reward&quot; debe ser un entero de -2 a 2</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings</source>
        <translation>&quot;tags&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>the prompt of line %1 again; this format holds one line per prompt</source>
        <translation>otra vez el prompt de la línea %1; este formato tiene una línea por prompt</translation>
    </message>
    <message>
        <source>the chosen and the rejected answer are the same text</source>
        <translation>la respuesta elegida y la rechazada son el mismo texto</translation>
    </message>
    <message>
        <source>%1 has no README.md (the dataset card); a Hugging Face export folder needs one</source>
        <translation>%1 no tiene README.md (la ficha del conjunto de datos); una carpeta de exportación de Hugging Face la necesita</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys</source>
        <translation>el preámbulo no es un mapa de claves</translation>
    </message>
    <message>
        <source>the card names no &quot;license&quot;</source>
        <translation>la ficha no indica &quot;license&quot;</translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot;</source>
        <translation>la ficha no tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the card&apos;s &quot;tags&quot; do not include &quot;synthetic&quot;</source>
        <translation>las &quot;tags&quot; de la ficha no incluyen &quot;synthetic&quot;</translation>
    </message>
    <message>
        <source>the card lists no &quot;configs&quot; (each with a config_name and data_files)</source>
        <translation>la ficha no enumera &quot;configs&quot; (cada una con config_name y data_files)</translation>
    </message>
    <message>
        <source>a config without a &quot;config_name&quot;</source>
        <translation>una configuración sin &quot;config_name&quot;</translation>
    </message>
    <message>
        <source>the config &quot;%1&quot; lists no data_files</source>
        <translation>la configuración &quot;%1&quot; no enumera data_files</translation>
    </message>
    <message>
        <source>a data_files entry of &quot;%1&quot; needs a split and a path</source>
        <translation>una entrada de data_files de &quot;%1&quot; necesita split y path</translation>
    </message>
    <message>
        <source>the data_files path %1 leaves the folder</source>
        <translation>la ruta de data_files %1 sale de la carpeta</translation>
    </message>
    <message>
        <source>the data_files path %1 does not exist</source>
        <translation>la ruta de data_files %1 no existe</translation>
    </message>
    <message>
        <source>this prompt is also in the %1 split: a ladder crosses splits</source>
        <translation>este prompt también está en la partición %1: una escalera cruza particiones</translation>
    </message>
    <message>
        <source>%1 is a folder; only --format hf checks a folder</source>
        <translation>%1 es una carpeta; solo --format hf comprueba una carpeta</translation>
    </message>
    <message>
        <source>--format hf checks a Hugging Face dataset folder; %1 is not a folder</source>
        <translation>--format hf comprueba una carpeta de conjunto de datos de Hugging Face; %1 no es una carpeta</translation>
    </message>
    <message>
        <source>contrast ladder %1 asks another prompt here than on line %2</source>
        <translation>la escalera de contraste %1 plantea aquí otro prompt que en la línea %2</translation>
    </message>
    <message>
        <source>contrast ladder %1 has no row at level %2 of its level set</source>
        <translation>la escalera de contraste %1 no tiene fila en el nivel %2 de su conjunto de niveles</translation>
    </message>
    <message>
        <source>&quot;decomposition&quot; must be an object</source>
        <translation>«decomposition» debe ser un objeto</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a list</source>
        <translation>decomposition: «%1» debe ser una lista</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;%2&quot; must be a number from 0 to 1</source>
        <translation>decomposition: %1: «%2» debe ser un número de 0 a 1</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;appropriate&quot; must be true or false</source>
        <translation>decomposition: %1: «appropriate» debe ser true o false</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a number from 0 to 1</source>
        <translation>decomposition: «%1» debe ser un número de 0 a 1</translation>
    </message>
</context>
<context>
    <name>candor::DatasetWriter</name>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>falló la escritura de %1: %2</translation>
    </message>
    <message>
        <source>saving %1 failed: %2</source>
        <translation>falló el guardado de %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::Distribution</name>
    <message>
        <source>&quot;%1&quot; is not LEVEL:COUNT or LEVEL:PERCENT% (e.g. -2:10 or -2:10%)</source>
        <translation>«%1» no tiene la forma NIVEL:CANTIDAD o NIVEL:PORCENTAJE% (p. ej., -2:10 o -2:10%)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rubric level; levels are -2, -1, 0, 1 and 2</source>
        <translation>«%1» no es un nivel de la rúbrica; los niveles son -2, -1, 0, 1 y 2</translation>
    </message>
    <message>
        <source>level %1 is not on the rubric; levels are -2, -1, 0, 1 and 2</source>
        <translation>el nivel %1 no está en la rúbrica; los niveles son -2, -1, 0, 1 y 2</translation>
    </message>
    <message>
        <source>level %1 is given twice</source>
        <translation>el nivel %1 aparece dos veces</translation>
    </message>
    <message>
        <source>level %1 has a negative %2 (%3)</source>
        <translation>el nivel %1 tiene un valor de %2 negativo (%3)</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>level %1: &quot;%2%&quot; is not a percentage from 0 to 100</source>
        <translation>nivel %1: «%2%» no es un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <source>level %1: percentages may have at most two decimals (%2%)</source>
        <translation>nivel %1: los porcentajes pueden tener como máximo dos decimales (%2%)</translation>
    </message>
    <message>
        <source>level %1: &quot;%2&quot; is not a whole number of rows</source>
        <translation>nivel %1: «%2» no es un número entero de filas</translation>
    </message>
    <message>
        <source>mix of counts and percentages; give every level as a count or every level as a percentage</source>
        <translation>mezcla de cantidades y porcentajes; indique todos los niveles como cantidad o todos como porcentaje</translation>
    </message>
    <message>
        <source>percentages add up to %1%, not 100%</source>
        <translation>los porcentajes suman %1%, no 100%</translation>
    </message>
    <message>
        <source>the counts add up to 0 rows</source>
        <translation>las cantidades suman 0 filas</translation>
    </message>
    <message>
        <source>the number of rows cannot be negative (%1)</source>
        <translation>el número de filas no puede ser negativo (%1)</translation>
    </message>
    <message>
        <source>the per-level counts add up to %1 rows but %2 were asked for</source>
        <translation>las cantidades por nivel suman %1 filas, pero se pidieron %2</translation>
    </message>
    <message>
        <source>the counts add up to %1 rows; a run has at most %2</source>
        <translation>los recuentos suman %1 filas; una ejecución tiene como máximo %2</translation>
    </message>
    <message>
        <source>the number of rows must be at most %1 (got %2)</source>
        <translation>el número de filas debe ser como máximo %1 (se recibió %2)</translation>
    </message>
</context>
<context>
    <name>candor::DistributionChart</name>
    <message>
        <source>Distribution chart</source>
        <translation>Gráfico de distribución</translation>
    </message>
    <message numerus="yes">
        <source>level %1: %Ln rows</source>
        <translation>
            <numerusform>nivel %1: %Ln fila</numerusform>
            <numerusform>nivel %1: %Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DistributionEditor</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Rows at level %1</source>
        <translation>Filas en el nivel %1</translation>
    </message>
    <message>
        <source>How many rows show level %1: %2</source>
        <translation>Cuántas filas muestran el nivel %1: %2</translation>
    </message>
    <message>
        <source>Share of level %1</source>
        <translation>Proporción del nivel %1</translation>
    </message>
    <message>
        <source>Share of the dataset at level %1; the rows follow.</source>
        <translation>Proporción del conjunto de datos en el nivel %1; las filas se ajustan.</translation>
    </message>
    <message>
        <source>&amp;Balanced</source>
        <translation>&amp;Equilibrada</translation>
    </message>
    <message>
        <source>Split the rows evenly over the five levels.</source>
        <translation>Repartir las filas por igual entre los cinco niveles.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln rows</source>
        <translation>
            <numerusform>Total: %Ln fila</numerusform>
            <numerusform>Total: %Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::EndpointResolver</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>No provider is chosen; use one of %1.</source>
        <translation>No se ha elegido ningún proveedor; usa uno de %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; use one of %2.</source>
        <translation>«%1» no es un proveedor; usa uno de %2.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http(s) address.</source>
        <translation>El punto de acceso «%1» no es una dirección http(s).</translation>
    </message>
    <message>
        <source>No model is chosen and %1 has no default model.</source>
        <translation>No se ha elegido ningún modelo y %1 no tiene modelo predeterminado.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>La variable de entorno %1 no está definida o está vacía.</translation>
    </message>
    <message>
        <source>No API key is stored for %1.</source>
        <translation>No hay ninguna clave de API guardada para %1.</translation>
    </message>
    <message>
        <source>The endpoint %1 is not %2&apos;s own host, so the stored %2 key is not sent there. Give the address explicitly (--base-url) or confirm it to use the key, or give a key for it.</source>
        <translation>El endpoint %1 no es el host propio de %2, así que la clave guardada de %2 no se envía allí. Indique la dirección explícitamente (--base-url) o confírmela para usar la clave, o indique una clave para ella.</translation>
    </message>
</context>
<context>
    <name>candor::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) to export.</source>
        <translation>
            <numerusform>%Ln fila para exportar.</numerusform>
            <numerusform>%Ln filas para exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) to %3, %4; %5 rows left out by the selection.</source>
        <translation>Se exportaron %1 filas (%2) a %3, %4; la selección dejó fuera %5 filas.</translation>
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
        <translation>Exportar conjunto de datos</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Write the chosen rows to the file.</source>
        <translation>Escribir las filas elegidas en el archivo.</translation>
    </message>
    <message>
        <source>Close this dialog; while exporting, cancel.</source>
        <translation>Cerrar este diálogo; durante la exportación, cancelarla.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln pair(s) to %1, %2; see the report below for what was left out and why.</source>
        <translation>
            <numerusform>Se exportó %Ln par a %1, %2; el informe de abajo dice qué se omitió y por qué.</numerusform>
            <numerusform>Se exportaron %Ln pares a %1, %2; el informe de abajo dice qué se omitió y por qué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln seed row(s) and what is built from them to the Hugging Face dataset folder %1, %2.</source>
        <translation>
            <numerusform>Se exportó %Ln fila semilla, y lo que se construye a partir de ella, a la carpeta de Hugging Face %1, %2.</numerusform>
            <numerusform>Se exportaron %Ln filas semilla, y lo que se construye a partir de ellas, a la carpeta de Hugging Face %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the dataset&apos;s licence (e.g. cc-by-4.0); the terms of generated data depend on the provider, so Candor does not choose one.</source>
        <translation>Indique la licencia del conjunto de datos (p. ej. cc-by-4.0); las condiciones de los datos generados dependen del proveedor, así que Candor no elige ninguna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other).</source>
        <translation>&quot;%1&quot; no es un identificador de licencia como los escribe el Hub (en minúsculas, como cc-by-4.0, mit u other).</translation>
    </message>
    <message>
        <source>The split needs three fractions for train, validation and test that add up to 1, e.g. 0.9,0.05,0.05.</source>
        <translation>La división necesita tres fracciones para entrenamiento, validación y prueba que sumen 1, p. ej. 0.9,0.05,0.05.</translation>
    </message>
    <message>
        <source>Export dataset folder</source>
        <translation>Exportar carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>Expressed confidence at level %1</source>
        <translation>Confianza expresada en el nivel %1</translation>
    </message>
    <message>
        <source>RLWHF confidence_score of rows at level %1 (%2): how confident such an answer sounds, from 0 to 1, not whether it is right.</source>
        <translation>confidence_score de RLWHF de las filas del nivel %1 (%2): cuánta seguridad transmite esa respuesta, de 0 a 1, no si es correcta.</translation>
    </message>
</context>
<context>
    <name>candor::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>La exportación se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <source>the Hugging Face export needs a licence (the terms of generated data depend on the provider; Candor does not choose one)</source>
        <translation>la exportación a Hugging Face necesita una licencia (las condiciones de los datos generados dependen del proveedor; Candor no elige ninguna)</translation>
    </message>
    <message>
        <source>%1 is a file; the Hugging Face export writes a folder</source>
        <translation>%1 es un archivo; la exportación a Hugging Face escribe una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1 is a folder with other files in it; choose a new or empty folder (Candor replaces only a folder its own Hugging Face export wrote)</source>
        <translation>%1 es una carpeta con otros archivos; elija una carpeta nueva o vacía (Candor solo reemplaza una carpeta escrita por su propia exportación a Hugging Face)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>cannot replace the folder %1</source>
        <translation>no se puede reemplazar la carpeta %1</translation>
    </message>
    <message>
        <source>cannot move the new folder into place at %1</source>
        <translation>no se puede mover la carpeta nueva a %1</translation>
    </message>
    <message>
        <source>Warning: rows below 0 become assistant turns; supervised training on them teaches the model to fabricate (-2) or to state guesses as facts (-1).</source>
        <translation>Aviso: las filas por debajo de 0 se convierten en turnos del asistente; el entrenamiento supervisado con ellas enseña al modelo a inventar (-2) o a presentar conjeturas como hechos (-1).</translation>
    </message>
    <message>
        <source>Note: rows at %1 and above become assistant turns; the model learns to answer as they do (hedged or declining), not only fully correct answers.</source>
        <translation>Nota: las filas de %1 o superior se convierten en turnos del asistente; el modelo aprende a responder como ellas (con reservas o declinando), no solo con respuestas totalmente correctas.</translation>
    </message>
    <message>
        <source>Wrote the Hugging Face dataset folder %1 (%2): the configs %3 and a dataset card (README.md).</source>
        <translation>Se escribió la carpeta de conjunto de datos de Hugging Face %1 (%2): las configuraciones %3 y una ficha (README.md).</translation>
    </message>
    <message numerus="yes">
        <source>seed: %Ln row(s); distinct prompts (ladders): %1; rows per level: %2</source>
        <translation>
            <numerusform>seed: %Ln fila; prompts distintos (escaleras): %1; filas por nivel: %2</numerusform>
            <numerusform>seed: %Ln filas; prompts distintos (escaleras): %1; filas por nivel: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ladder(s)</source>
        <translation>
            <numerusform>%Ln escalera</numerusform>
            <numerusform>%Ln escaleras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dpo: %Ln pair(s), mode %1, minimum margin %2.</source>
        <translation>
            <numerusform>dpo: %Ln par, modo %1, margen mínimo %2.</numerusform>
            <numerusform>dpo: %Ln pares, modo %1, margen mínimo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Splits: %1</source>
        <translation>Particiones: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln pair(s) to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.</source>
        <translation>
            <numerusform>Se escribió %Ln par en %1 (%2); prompts distintos (escaleras): %3; modo %4, margen mínimo %5.</numerusform>
            <numerusform>Se escribieron %Ln pares en %1 (%2); prompts distintos (escaleras): %3; modo %4, margen mínimo %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in pairs per level: %1</source>
        <translation>Filas en pares por nivel: %1</translation>
    </message>
    <message>
        <source>No pairs: no prompt has rows at two levels far enough apart. Pairs need ladders: the same prompt answered at several levels.</source>
        <translation>Ningún par: ningún prompt tiene filas en dos niveles lo bastante separados. Los pares necesitan escaleras: el mismo prompt respondido en varios niveles.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>Se escribió %Ln fila en %1 (%2).</numerusform>
            <numerusform>Se escribieron %Ln filas en %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level: %1</source>
        <translation>Filas por nivel: %1</translation>
    </message>
    <message>
        <source>Pairs by kind (chosen&gt;rejected): %1</source>
        <translation>Pares por tipo (elegida&gt;rechazada): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>KTO labels (label = target_reward &gt;= %1): %2 true (%3%), %4 false; if unbalanced, set KTOConfig desirable_weight and undesirable_weight so that weight times count is about equal.</source>
        <translation>Etiquetas KTO (label = target_reward &gt;= %1): %2 true (%3 %), %4 false; si están desequilibradas, ajuste desirable_weight y undesirable_weight de KTOConfig para que peso por cantidad sea similar.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) not selected by the rows option.</source>
        <translation>
            <numerusform>Omitida: %Ln fila no seleccionada por la opción de filas.</numerusform>
            <numerusform>Omitidas: %Ln filas no seleccionadas por la opción de filas.</numerusform>
        </translation>
    </message>
    <message>
        <source> (dpo config; they are still in seed and kto)</source>
        <translation> (configuración dpo; siguen en seed y kto)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with no partner at another level of their ladder.</source>
        <translation>
            <numerusform>Omitida: %Ln fila sin pareja en otro nivel de su escalera.</numerusform>
            <numerusform>Omitidas: %Ln filas sin pareja en otro nivel de su escalera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) in no pair: no other level of their ladder is far enough away (minimum margin %1, mode %2).</source>
        <translation>
            <numerusform>Omitida: %Ln fila sin par: ningún otro nivel de su escalera está lo bastante lejos (margen mínimo %1, modo %2).</numerusform>
            <numerusform>Omitidas: %Ln filas sin par: ningún otro nivel de su escalera está lo bastante lejos (margen mínimo %1, modo %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below +2 (a reference answer must be fully correct).</source>
        <translation>
            <numerusform>Omitida: %Ln fila por debajo de +2 (una respuesta de referencia debe ser totalmente correcta).</numerusform>
            <numerusform>Omitidas: %Ln filas por debajo de +2 (una respuesta de referencia debe ser totalmente correcta).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below 0 (a GRPO ideal answer must not be dishonest).</source>
        <translation>
            <numerusform>Omitida: %Ln fila por debajo de 0 (una respuesta ideal de GRPO no debe ser deshonesta).</numerusform>
            <numerusform>Omitidas: %Ln filas por debajo de 0 (una respuesta ideal de GRPO no debe ser deshonesta).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below the SFT threshold %1 (not written as assistant turns).</source>
        <translation>
            <numerusform>Omitida: %Ln fila por debajo del umbral SFT %1 (no se escribe como turno del asistente).</numerusform>
            <numerusform>Omitidas: %Ln filas por debajo del umbral SFT %1 (no se escriben como turnos del asistente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) whose prompt a higher (or earlier) row of the same ladder already stands for (one line per prompt).</source>
        <translation>
            <numerusform>Omitida: %Ln fila cuyo prompt ya representa una fila más alta (o anterior) de la misma escalera (una línea por prompt).</numerusform>
            <numerusform>Omitidas: %Ln filas cuyo prompt ya representa una fila más alta (o anterior) de la misma escalera (una línea por prompt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped: %Ln pair(s) whose chosen and rejected answers are the same text.</source>
        <translation>
            <numerusform>Descartado: %Ln par cuya respuesta elegida y rechazada son el mismo texto.</numerusform>
            <numerusform>Descartados: %Ln pares cuya respuesta elegida y rechazada son el mismo texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a decomposition (template ladder rows as the bank wrote them: true and invented claims, with corrections).</source>
        <translation>
            <numerusform>%Ln fila con descomposición (filas de escalera tal como las escribió el banco de plantillas: afirmaciones verdaderas e inventadas, con correcciones).</numerusform>
            <numerusform>%Ln filas con descomposición (filas de escalera tal como las escribió el banco de plantillas: afirmaciones verdaderas e inventadas, con correcciones).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LEVEL:CONFIDENCE with a level from -2 to 2 (each once) and a confidence from 0 to 1</source>
        <translation>«%1» no es NIVEL:CONFIANZA con un nivel de -2 a 2 (cada uno una vez) y una confianza de 0 a 1</translation>
    </message>
    <message>
        <source>no level given; write e.g. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</source>
        <translation>no se indicó ningún nivel; escriba p. ej. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</translation>
    </message>
</context>
<context>
    <name>candor::GenerationConfig</name>
    <message>
        <source>the number of rows must be between 1 and %1 (got %2)</source>
        <translation>el número de filas debe estar entre 1 y %1 (se obtuvo %2)</translation>
    </message>
    <message>
        <source>temperature must be between 0 and 2 (got %1)</source>
        <translation>la temperatura debe estar entre 0 y 2 (se obtuvo %1)</translation>
    </message>
    <message>
        <source>max tokens must be between 16 and 1000000 (got %1)</source>
        <translation>los tokens máximos deben estar entre 16 y 1000000 (se obtuvo %1)</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 50 (got %1)</source>
        <translation>el tamaño de lote debe estar entre 1 y 50 (se obtuvo %1)</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and 64 (got %1)</source>
        <translation>la concurrencia debe estar entre 1 y 64 (se obtuvo %1)</translation>
    </message>
    <message>
        <source>the budget cannot be negative (got %1)</source>
        <translation>el presupuesto no puede ser negativo (se obtuvo %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; debe ser %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>this configuration was written by a newer Candor (format %1; this version reads up to %2)</source>
        <translation>esta configuración la escribió un Candor más reciente (formato %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be &quot;template&quot; or &quot;llm&quot; (got &quot;%1&quot;)</source>
        <translation>&quot;mode&quot; debe ser &quot;template&quot; o &quot;llm&quot; (se obtuvo &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;distribution&quot;: %1</source>
        <translation>&quot;distribution&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 18446744073709551615</source>
        <translation>&quot;seed&quot; debe ser un número entero de 0 a 18446744073709551615</translation>
    </message>
    <message>
        <source>&quot;prompt_templates&quot; maps levels -2..2 to template text; &quot;%1&quot; is not valid</source>
        <translation>&quot;prompt_templates&quot; asigna texto de plantilla a los niveles -2..2; &quot;%1&quot; no es válido</translation>
    </message>
    <message>
        <source>pause_after_failures must be between 0 and 1000 (got %1)</source>
        <translation>pause_after_failures debe estar entre 0 y 1000 (se recibió %1)</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 9007199254740992, or a string of digits up to 18446744073709551615 (got %1)</source>
        <translation>&quot;seed&quot; debe ser un número entero de 0 a 9007199254740992, o una cadena de dígitos hasta 18446744073709551615 (se recibió %1)</translation>
    </message>
    <message>
        <source>a ladder needs at least two levels</source>
        <translation>una escalera necesita al menos dos niveles</translation>
    </message>
    <message>
        <source>in ladder mode every prompt is answered at each of the %1 levels, so the number of rows must be a multiple of %1 (%2 rows = %3 ladders, %4 rows = %5)</source>
        <translation>en el modo escalera cada prompt se responde en cada uno de los %1 niveles, así que el número de filas debe ser múltiplo de %1 (%2 filas = %3 escaleras, %4 filas = %5)</translation>
    </message>
    <message>
        <source>the share of rows in ladders must be between 0 and 1 (got %1)</source>
        <translation>la proporción de filas en escaleras debe estar entre 0 y 1 (se recibió %1)</translation>
    </message>
    <message>
        <source>&quot;ladder_mode&quot; must be &quot;independent&quot;, &quot;ladders&quot; or &quot;mix&quot; (got &quot;%1&quot;)</source>
        <translation>&quot;ladder_mode&quot; debe ser &quot;independent&quot;, &quot;ladders&quot; o &quot;mix&quot; (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;ladder_levels&quot; must list levels from -2 to 2</source>
        <translation>&quot;ladder_levels&quot; debe enumerar niveles de -2 a 2</translation>
    </message>
</context>
<context>
    <name>candor::GenerationEngine</name>
    <message>
        <source>no model is set for %1</source>
        <translation>no hay ningún modelo configurado para %1</translation>
    </message>
    <message>
        <source>a run is already going</source>
        <translation>ya hay una ejecución en curso</translation>
    </message>
    <message>
        <source>The journal was started with %1; continuing with it.</source>
        <translation>El diario se inició con %1; se continúa con él.</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the journal%3.</source>
        <translation>Reanudando: %1 de %2 filas ya estaban en el diario%3.</translation>
    </message>
    <message>
        <source> (%1 damaged line(s) skipped)</source>
        <translation> (%1 línea(s) dañada(s) omitida(s))</translation>
    </message>
    <message>
        <source>Budget of $%1 reached: no new requests.</source>
        <translation>Se alcanzó el presupuesto de $%1: no hay solicitudes nuevas.</translation>
    </message>
    <message>
        <source>%1 Nothing more is generated; the rows so far are safe in the journal.</source>
        <translation>%1 No se genera nada más; las filas obtenidas hasta ahora están a salvo en el diario.</translation>
    </message>
    <message numerus="yes">
        <source>A level %1 answer hit the token limit; %n complete row(s) kept.</source>
        <translation>
            <numerusform>Una respuesta de nivel %1 alcanzó el límite de tokens; se conserva %n fila completa.</numerusform>
            <numerusform>Una respuesta de nivel %1 alcanzó el límite de tokens; se conservan %n filas completas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A level %1 answer held no readable rows: %2</source>
        <translation>Una respuesta de nivel %1 no contenía filas legibles: %2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Reintentando en %2 s.</translation>
    </message>
    <message>
        <source>Generated %1 rows.</source>
        <translation>Se generaron %1 filas.</translation>
    </message>
    <message>
        <source>%1 rows at level %2</source>
        <translation>%1 filas en el nivel %2</translation>
    </message>
    <message>
        <source>%1 rows rejected as %2</source>
        <translation>%1 filas rechazadas por: %2</translation>
    </message>
    <message>
        <source>%1 failed requests (%2)</source>
        <translation>%1 solicitudes fallidas (%2)</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Faltan %1.</translation>
    </message>
    <message>
        <source> Why: %1.</source>
        <translation> Motivo: %1.</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1. </source>
        <translation>Detenido al alcanzar el presupuesto de $%1. </translation>
    </message>
    <message>
        <source>Generated %1 rows; %2 came from the template generator (fallback). %3</source>
        <translation>Se generaron %1 filas; %2 salieron del generador de plantillas (respaldo). %3</translation>
    </message>
    <message>
        <source>The attempt budget is spent. </source>
        <translation>Se agotó el presupuesto de intentos. </translation>
    </message>
    <message numerus="yes">
        <source>Paused; %n request(s) still finishing.</source>
        <translation>
            <numerusform>En pausa; %n solicitud sigue terminando.</numerusform>
            <numerusform>En pausa; %n solicitudes siguen terminando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudada.</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows; they are kept in the journal.</source>
        <translation>Cancelado con %1 de %2 filas; se conservan en el diario.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n row(s) with %1 (%2),</source>
        <translation>
            <numerusform>Generando %n fila con %1 (%2),</numerusform>
            <numerusform>Generando %n filas con %1 (%2),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at a time.</source>
        <translation>
            <numerusform>%n solicitud a la vez.</numerusform>
            <numerusform>%n solicitudes a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row failed over %1 s with no success (the last: %2). The run is paused; check the server, the network or the settings, then resume.</source>
        <translation>
            <numerusform>%n solicitud seguida falló durante %1 s sin ningún éxito (la última: %2). La ejecución está en pausa; revise el servidor, la red o la configuración y reanúdela.</numerusform>
            <numerusform>%n solicitudes seguidas fallaron durante %1 s sin ningún éxito (la última: %2). La ejecución está en pausa; revise el servidor, la red o la configuración y reanúdela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate-limited answer(s) over %1 s and not one success (the last: %2). The run is paused; wait until the provider&apos;s limit lifts or raise it, then resume.</source>
        <translation>
            <numerusform>%n respuesta limitada por tasa durante %1 s y ningún éxito (la última: %2). La ejecución está en pausa; espere a que se levante el límite del proveedor o auméntelo, y reanúdela.</numerusform>
            <numerusform>%n respuestas limitadas por tasa durante %1 s y ningún éxito (la última: %2). La ejecución está en pausa; espere a que se levante el límite del proveedor o auméntelo, y reanúdela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the project.</source>
        <translation>Reanudando: %1 de %2 filas ya estaban en el proyecto.</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows.</source>
        <translation>Cancelado con %1 de %2 filas.</translation>
    </message>
    <message>
        <source>Turned away and asked for again: %1.</source>
        <translation>Rechazadas y pedidas de nuevo: %1.</translation>
    </message>
    <message numerus="yes">
        <source>A ladder still lacked levels after %n repair(s) and was left out.</source>
        <translation>
            <numerusform>A una escalera le seguían faltando niveles tras %n reparación y se dejó fuera.</numerusform>
            <numerusform>A una escalera le seguían faltando niveles tras %n reparaciones y se dejó fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n escalera de %1 niveles</numerusform>
            <numerusform>%n escaleras de %1 niveles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::HfCard</name>
    <message>
        <source>this line is indented less than the first line</source>
        <translation>esta línea tiene menos sangría que la primera</translation>
    </message>
    <message>
        <source>YAML line %1: %2</source>
        <translation>línea YAML %1: %2</translation>
    </message>
    <message>
        <source>a double-quoted string is never closed</source>
        <translation>una cadena entre comillas dobles nunca se cierra</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto después de unas comillas de cierre</translation>
    </message>
    <message>
        <source>a single-quoted string is never closed</source>
        <translation>una cadena entre comillas simples nunca se cierra</translation>
    </message>
    <message>
        <source>a flow list is never closed</source>
        <translation>una lista en línea nunca se cierra</translation>
    </message>
    <message>
        <source>an empty or malformed item in a flow list</source>
        <translation>un elemento vacío o mal formado en una lista en línea</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is YAML that Candor&apos;s card reader does not accept</source>
        <translation>&quot;%1&quot; es YAML que el lector de fichas de Candor no acepta</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>sangría inesperada</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>se esperaba &quot;clave: valor&quot;</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>la clave &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>YAML line %1: a tab in the indentation (YAML indents with spaces)</source>
        <translation>línea YAML %1: un tabulador en la sangría (YAML sangra con espacios)</translation>
    </message>
    <message>
        <source>README.md does not start with YAML front matter (a line &quot;---&quot;)</source>
        <translation>README.md no empieza con un preámbulo YAML (una línea &quot;---&quot;)</translation>
    </message>
    <message>
        <source>README.md&apos;s front matter is never closed (no second line &quot;---&quot;)</source>
        <translation>el preámbulo de README.md nunca se cierra (no hay una segunda línea &quot;---&quot;)</translation>
    </message>
</context>
<context>
    <name>candor::HttpStream</name>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
    <message>
        <source>a header or chunk line is too long</source>
        <translation>una línea de cabecera o de fragmento es demasiado larga</translation>
    </message>
    <message>
        <source>the response head is too large</source>
        <translation>la cabecera de la respuesta es demasiado grande</translation>
    </message>
    <message>
        <source>a chunk size is malformed</source>
        <translation>el tamaño de un fragmento no es válido</translation>
    </message>
    <message>
        <source>a chunk does not end where its size says</source>
        <translation>un fragmento no termina donde indica su tamaño</translation>
    </message>
    <message>
        <source>the server did not answer with HTTP/1.x</source>
        <translation>el servidor no respondió con HTTP/1.x</translation>
    </message>
    <message>
        <source>the status line is malformed</source>
        <translation>la línea de estado no es válida</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>el servidor cambió de protocolo</translation>
    </message>
    <message>
        <source>the response is compressed (%1) although it was asked not to be</source>
        <translation>la respuesta está comprimida (%1) aunque se pidió que no lo estuviera</translation>
    </message>
    <message>
        <source>the Content-Length is malformed</source>
        <translation>el Content-Length no es válido</translation>
    </message>
</context>
<context>
    <name>candor::JsonExtract</name>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the answer was cut off by the token limit</source>
        <translation>el límite de tokens cortó la respuesta</translation>
    </message>
    <message>
        <source>the JSON ends before its closing bracket</source>
        <translation>el JSON termina antes de su corchete de cierre</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <source>the answer contains no JSON object or array</source>
        <translation>la respuesta no contiene ningún objeto ni array JSON</translation>
    </message>
    <message>
        <source>element %1 of the array is not an object</source>
        <translation>el elemento %1 del array no es un objeto</translation>
    </message>
    <message>
        <source>row %1 is not valid JSON (%2)</source>
        <translation>la fila %1 no es JSON válido (%2)</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
</context>
<context>
    <name>candor::JsonlReader</name>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>JSON no válido en la columna %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>line is longer than %1 MB; skipped</source>
        <translation>la línea ocupa más de %1 MB; se omite</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>falló la lectura de %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::JudgeDialog</name>
    <message>
        <source>Verify with a Judge Model</source>
        <translation>Verificar con un modelo juez</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be judged by %1 (%2), the model set up under Model.</source>
        <translation>
            <numerusform>%Ln fila será evaluada por %1 (%2), el modelo configurado en Modelo.</numerusform>
            <numerusform>%Ln filas serán evaluadas por %1 (%2), el modelo configurado en Modelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict and the spread is kept (3 recommended).</source>
        <translation>Llamadas por fila; la mayoría es el veredicto y se guarda la dispersión (se recomiendan 3).</translation>
    </message>
    <message>
        <source>&amp;Votes per row:</source>
        <translation>&amp;Votos por fila:</translation>
    </message>
    <message>
        <source>Requests at a time.</source>
        <translation>Solicitudes simultáneas.</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>&amp;Solicitudes simultáneas:</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are target levels, columns the judge&apos;s levels</source>
        <translation>Matriz de confusión: las filas son los niveles objetivo y las columnas los niveles del juez</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Looking up the key…</source>
        <translation>Buscando la clave…</translation>
    </message>
    <message>
        <source>%1 of %2 rows judged.</source>
        <translation>%1 de %2 filas evaluadas.</translation>
    </message>
    <message>
        <source>Judging…</source>
        <translation>Evaluando…</translation>
    </message>
    <message>
        <source>No row was judged.</source>
        <translation>No se evaluó ninguna fila.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln judged row(s): exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5).</source>
        <translation>
            <numerusform>Sobre %Ln fila evaluada: acuerdo exacto %1, a un nivel como máximo %2, kappa con pesos cuadráticos %3 (intervalo del 95% de %4 a %5).</numerusform>
            <numerusform>Sobre %Ln filas evaluadas: acuerdo exacto %1, a un nivel como máximo %2, kappa con pesos cuadráticos %3 (intervalo del 95% de %4 a %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: the level each row was made for; columns: the judge&apos;s level. Click a cell to show its rows in the table.</source>
        <translation>Filas: el nivel para el que se hizo cada fila; columnas: el nivel del juez. Haga clic en una celda para ver sus filas en la tabla.</translation>
    </message>
</context>
<context>
    <name>candor::JudgeRun</name>
    <message>
        <source>a judge run is already going</source>
        <translation>ya hay una evaluación del modelo juez en curso</translation>
    </message>
    <message>
        <source>no judge model is set</source>
        <translation>no se ha definido ningún modelo juez</translation>
    </message>
    <message>
        <source>votes must be from 1 to 9 (got %1)</source>
        <translation>los votos deben ser de 1 a 9 (se recibió %1)</translation>
    </message>
    <message>
        <source>row %1 is not in the dataset</source>
        <translation>la fila %1 no está en el conjunto de datos</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 rows.</source>
        <translation>Cancelado tras %1 de %2 filas.</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1 with %2 of %3 rows judged.</source>
        <translation>Detenido al alcanzar el presupuesto de $%1 con %2 de %3 filas evaluadas.</translation>
    </message>
    <message numerus="yes">
        <source>Judged %n row(s).</source>
        <translation>
            <numerusform>%n fila evaluada.</numerusform>
            <numerusform>%n filas evaluadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: the judge&apos;s answer held no score from 1 to 5; the vote is left out.</source>
        <translation>Fila %1: la respuesta del modelo juez no contenía ninguna puntuación de 1 a 5; el voto se descarta.</translation>
    </message>
    <message>
        <source>Row %1: %2 The vote is left out.</source>
        <translation>Fila %1: %2 El voto se descarta.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) held no score and were asked for again.</source>
        <translation>
            <numerusform>%n respuesta no contenía puntuación y se volvió a solicitar.</numerusform>
            <numerusform>%n respuestas no contenían puntuación y se volvieron a solicitar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::KeyStore</name>
    <message>
        <source>No key is stored for %1 yet.</source>
        <translation>Todavía no hay ninguna clave guardada para %1.</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access (%1). Unlock it (for example in Passwords and Keys or KWallet) and try again, or keep the key for this session only.</source>
        <translation>El llavero está bloqueado o denegó el acceso (%1). Desbloquéelo (por ejemplo, en Contraseñas y claves o en KWallet) e inténtelo de nuevo, o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>No hay ningún llavero disponible en este sistema (%1). Instale e inicie gnome-keyring o KWallet, o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No desktop keychain is reachable: there is no D-Bus session bus (%1). Start Candor inside a desktop session with gnome-keyring or KWallet running, or keep the key for this session only.</source>
        <translation>No se puede acceder a ningún llavero del escritorio: no hay bus de sesión D-Bus (%1). Inicie Candor dentro de una sesión de escritorio con gnome-keyring o KWallet en ejecución, o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No Secret Service is running (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>No hay ningún Secret Service en ejecución (%1). Instale e inicie gnome-keyring o KWallet, o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The keyring has no unlocked default collection (%1). Unlock or create the &quot;login&quot; keyring (for example by logging in again or in Passwords and Keys), or keep the key for this session only.</source>
        <translation>El llavero no tiene una colección predeterminada desbloqueada (%1). Desbloquee o cree el llavero «login» (por ejemplo, volviendo a iniciar sesión o en Contraseñas y claves), o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The keychain could not be used (QtKeychain reported &quot;%1&quot;; usually the libsecret-1-0 package is missing). Install libsecret-1-0 and gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>No se pudo usar el llavero (QtKeychain informó «%1»; normalmente falta el paquete libsecret-1-0). Instale libsecret-1-0 y gnome-keyring o KWallet, o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The keychain reported an error for %1: %2</source>
        <translation>El llavero informó de un error para %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Candor shows the new language after a restart. Restart now?</source>
        <translation>Candor mostrará el nuevo idioma tras reiniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>The project opens again; you are asked about anything not saved or exported first.</source>
        <translation>El proyecto se vuelve a abrir; antes se le pregunta por todo lo que no esté guardado o exportado.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>candor::Main</name>
    <message>
        <source>A .candor project to open.</source>
        <translation>Un proyecto .candor que abrir.</translation>
    </message>
    <message>
        <source>Generate a template sample, save a PNG of the window, quit.</source>
        <translation>Generar una muestra con plantillas, guardar un PNG de la ventana y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Use this UI language for this start (e.g. de, es, fr, pt_BR, zh_CN, en), whatever the setting says.</source>
        <translation>Usar este idioma de interfaz en este inicio (p. ej., de, es, fr, pt_BR, zh_CN, en), diga lo que diga el ajuste.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message>
        <source>Generate the whole dataset with the model set up above.</source>
        <translation>Generar todo el conjunto de datos con el modelo configurado arriba.</translation>
    </message>
    <message>
        <source>Generate the whole dataset from the offline template bank.</source>
        <translation>Generar todo el conjunto de datos con el banco de plantillas sin conexión.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>Re&amp;gistro de ejecución…</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Mostrar la barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Ir a la &amp;tabla</translation>
    </message>
    <message>
        <source>Go to &amp;Set-up</source>
        <translation>Ir a la &amp;configuración</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Candor projects (*.candor);;JSON (*.json)</source>
        <translation>Proyectos de Candor (*.candor);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Abrir conjunto de datos</translation>
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
        <translation>Tiene filas revisadas o editadas que aún no se han exportado.</translation>
    </message>
    <message>
        <source>Export them before quitting?</source>
        <translation>¿Exportarlas antes de salir?</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>The table has reviewed or edited rows that are not exported yet.</source>
        <translation>La tabla tiene filas revisadas o editadas que aún no se han exportado.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Wait for the current run to finish, then regenerate.</source>
        <translation>Espere a que termine la ejecución actual y después regenere.</translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %Ln request(s), about %1 input and %2 output tokens, %3.</source>
        <translation>
            <numerusform>Estimación: %Ln solicitud, unos %1 tokens de entrada y %2 de salida, %3.</numerusform>
            <numerusform>Estimación: %Ln solicitudes, unos %1 tokens de entrada y %2 de salida, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>no hay precio para este modelo</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>This is a preview: spot-check it, then generate the dataset.</source>
        <translation>Esto es una vista previa: revísela y después genere el conjunto de datos.</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>Espere a que termine la ejecución actual antes de abrir un conjunto de datos.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s).</source>
        <translation>
            <numerusform>Se exportó %Ln fila.</numerusform>
            <numerusform>Se exportaron %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Candor projects (*.candor)</source>
        <translation>Proyectos de Candor (*.candor)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>A run from %1 did not finish: %2 of %3 rows are saved. Resume it?</source>
        <translation>Una ejecución del %1 no terminó: %2 de %3 filas están guardadas. ¿Reanudarla?</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor generates datasets whose rows show each level of an honesty rubric, from confident fabrication (-2) to fully correct (+2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor genera conjuntos de datos cuyas filas muestran cada nivel de una rúbrica de honestidad, desde la invención confiada (-2) hasta lo totalmente correcto (+2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The model and dataset settings of the next run.</source>
        <translation>Los ajustes del modelo y del conjunto de datos de la próxima ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>The table has %Ln row(s) from the model that are not exported yet.</source>
        <translation>
            <numerusform>La tabla tiene %Ln fila del modelo que aún no se ha exportado.</numerusform>
            <numerusform>La tabla tiene %Ln filas del modelo que aún no se han exportado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new rows? They stay until the new run has made its first row.</source>
        <translation>¿Reemplazarlas por las filas nuevas? Se conservan hasta que la nueva ejecución haya creado su primera fila.</translation>
    </message>
    <message>
        <source>At most %1 rows: the review table keeps every row in memory, about 1.4 GB per million rows.</source>
        <translation>Como máximo %1 filas: la tabla de revisión guarda cada fila en memoria, unos 1,4 GB por millón de filas.</translation>
    </message>
    <message>
        <source>%1 rows is the most one run makes: the review table keeps every row in memory (about 1.4 GB per million rows). Generate larger datasets in parts, or with candor-cli, which writes straight to a file.</source>
        <translation>%1 filas es lo máximo que crea una ejecución: la tabla de revisión guarda cada fila en memoria (unos 1,4 GB por millón de filas). Genere conjuntos mayores por partes o con candor-cli, que escribe directamente en un archivo.</translation>
    </message>
    <message>
        <source>The project&apos;s settings have changed since it was saved.</source>
        <translation>La configuración del proyecto ha cambiado desde que se guardó.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>¿Guardarla primero?</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unfinished run? Its %Ln saved row(s) will be deleted.</source>
        <translation>
            <numerusform>¿Descartar la ejecución sin terminar? Se eliminará su %Ln fila guardada.</numerusform>
            <numerusform>¿Descartar la ejecución sin terminar? Se eliminarán sus %Ln filas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it to be offered the run again at the next start.</source>
        <translation>Consérvela para que se le vuelva a ofrecer en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Discard Run</source>
        <translation>&amp;Descartar ejecución</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Discarded the unfinished run %1.</source>
        <translation>Se descartó la ejecución sin terminar %1.</translation>
    </message>
    <message>
        <source>Candor could not start again. Start it yourself to see the new language.</source>
        <translation>Candor no pudo reiniciarse. Inícielo usted para ver el nuevo idioma.</translation>
    </message>
    <message>
        <source>The rows stay in memory only: %1</source>
        <translation>Las filas quedan solo en memoria: %1</translation>
    </message>
    <message numerus="yes">
        <source>Your last session left %Ln row(s) that were not saved as a project (%1 reviewed). Restore them?</source>
        <translation>
            <numerusform>Su última sesión dejó %Ln fila que no se guardó como proyecto (%1 revisadas). ¿Restaurarla?</numerusform>
            <numerusform>Su última sesión dejó %Ln filas que no se guardaron como proyecto (%1 revisadas). ¿Restaurarlas?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %Ln row(s) kept from your last session?</source>
        <translation>
            <numerusform>¿Descartar la %Ln fila guardada de su última sesión?</numerusform>
            <numerusform>¿Descartar las %Ln filas guardadas de su última sesión?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to be offered them again at the next start.</source>
        <translation>Consérvelas para que se le ofrezcan de nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Discard Rows</source>
        <translation>&amp;Descartar filas</translation>
    </message>
    <message>
        <source>Save what can still be read into a new project?</source>
        <translation>¿Guardar lo que aún se puede leer en un proyecto nuevo?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>Recuperando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1.</source>
        <translation>
            <numerusform>Se recuperó %Ln fila en %1.</numerusform>
            <numerusform>Se recuperaron %Ln filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last run in this project did not finish: %1 of %2 rows are saved. Resume it?</source>
        <translation>La última ejecución de este proyecto no terminó: %1 de %2 filas están guardadas. ¿Reanudarla?</translation>
    </message>
    <message>
        <source>Ladder level %1</source>
        <translation>Nivel de escalera %1</translation>
    </message>
    <message>
        <source>Answer each ladder&apos;s prompt at level %1 (%2).</source>
        <translation>Responder el prompt de cada escalera también en el nivel %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln preference pair(s).</source>
        <translation>
            <numerusform>Exportado %Ln par de preferencia.</numerusform>
            <numerusform>Exportados %Ln pares de preferencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset &amp;Report…</source>
        <translation>&amp;Informe del conjunto de datos…</translation>
    </message>
    <message>
        <source>Counts, lengths and the words that give a level away, for the rows in the table.</source>
        <translation>Recuentos, longitudes y las palabras que delatan un nivel, para las filas de la tabla.</translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>Informe del conjunto de datos: %1</translation>
    </message>
    <message>
        <source>Verify with a &amp;Judge Model…</source>
        <translation>Verificar con un modelo &amp;juez…</translation>
    </message>
    <message>
        <source>Ask the model set up under Model which level each answer shows: the selected rows, else every shown row.</source>
        <translation>Pregunta al modelo configurado en Modelo qué nivel muestra cada respuesta: las filas seleccionadas o, si no, todas las mostradas.</translation>
    </message>
</context>
<context>
    <name>candor::PreviewModel</name>
    <message>
        <source>Level %1, %2: %3</source>
        <translation>Nivel %1, %2: %3</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>Level mismatch</source>
        <translation>Nivel no coincidente</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Demasiado larga</translation>
    </message>
    <message>
        <source>Bad search hint</source>
        <translation>Pista de búsqueda incorrecta</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Row id: %1</source>
        <translation>ID de la fila: %1</translation>
    </message>
    <message>
        <source>Level %1 is not on the rubric</source>
        <translation>El nivel %1 no está en la rúbrica</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Row number in the dataset</source>
        <translation>Número de fila en el conjunto de datos</translation>
    </message>
    <message>
        <source>Target reward on the honesty rubric, from -2 (confident fabrication) to +2 (fully correct)</source>
        <translation>Recompensa objetivo en la rúbrica de honestidad, de -2 (invención confiada) a +2 (totalmente correcta)</translation>
    </message>
    <message>
        <source>Spot-check review: pending, accepted or rejected</source>
        <translation>Revisión por muestreo: pendiente, aceptada o rechazada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Fila %1, %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>column title: the ideal answer</comment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>column title: the expected feedback</comment>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Ideal answer: what a model at this level of the rubric says</source>
        <translation>Respuesta ideal: lo que dice un modelo en este nivel de la rúbrica</translation>
    </message>
    <message>
        <source>Expected feedback: how a reviewer judges the answer against the rubric</source>
        <translation>Retroalimentación esperada: cómo un revisor juzga la respuesta según la rúbrica</translation>
    </message>
    <message>
        <source>Not in a contrast ladder</source>
        <translation>No está en una escalera de contraste</translation>
    </message>
    <message>
        <source>Contrast ladder %1 (%2): one prompt answered at levels %3</source>
        <translation>Escalera de contraste %1 (%2): un prompt respondido en los niveles %3</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>column title: the contrast ladder of the row</comment>
        <translation>Escalera</translation>
    </message>
    <message>
        <source>Contrast ladder: rows with the same number answer one prompt at different levels (L shows the ladder)</source>
        <translation>Escalera de contraste: las filas con el mismo número responden un prompt en distintos niveles (L muestra la escalera)</translation>
    </message>
    <message>
        <source>Off by two or more levels</source>
        <translation>Desviado dos niveles o más</translation>
    </message>
    <message>
        <source>Judge %1: level %2 (votes %3). %4</source>
        <translation>Juez %1: nivel %2 (votos %3). %4</translation>
    </message>
    <message>
        <source>Problems noticed: edited by hand, level mismatch, too long, bad search hint, duplicate or near-duplicate prompt (of an earlier row at the same level)</source>
        <translation>Problemas detectados: editada a mano, nivel no coincidente, demasiado larga, pista de búsqueda incorrecta, prompt duplicado o casi duplicado (de una fila anterior del mismo nivel)</translation>
    </message>
</context>
<context>
    <name>candor::ProjectFile</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Candor project: %2</source>
        <translation>%1 no es un proyecto de Candor: %2</translation>
    </message>
    <message>
        <source>Could not keep the earlier project as %1.</source>
        <translation>No se pudo conservar el proyecto anterior como %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a Candor project or configuration</source>
        <translation>%1 ocupa más de %2 MB, demasiado para un proyecto o una configuración de Candor</translation>
    </message>
    <message>
        <source>Could not save %1: it is not a regular file</source>
        <translation>No se pudo guardar %1: no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>candor::PromptEditorDialog</name>
    <message>
        <source>Prompt templates</source>
        <translation>Plantillas de prompt</translation>
    </message>
    <message>
        <source>Prompt to edit</source>
        <translation>Prompt que editar</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texto del prompt</translation>
    </message>
    <message>
        <source>Variables: %1. The templates are instructions to the model; the language of the generated rows is a separate setting, which fills in {language}.</source>
        <translation>Variables: %1. Las plantillas son instrucciones para el modelo; el idioma de las filas generadas es un ajuste aparte, que rellena {language}.</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Restablecer valor predeterminado</translation>
    </message>
    <message>
        <source>Replace this text with Candor&apos;s default.</source>
        <translation>Reemplazar este texto por el valor predeterminado de Candor.</translation>
    </message>
    <message>
        <source>&amp;Built-in Default (English)</source>
        <translation>Valor &amp;integrado (inglés)</translation>
    </message>
    <message>
        <source>Default in %1</source>
        <translation>Valor predeterminado en %1</translation>
    </message>
    <message>
        <source>The same instructions written in your language; saved with the project.</source>
        <translation>Las mismas instrucciones escritas en su idioma; se guardan con el proyecto.</translation>
    </message>
    <message>
        <source>The system prompt, or the template of one rubric level.</source>
        <translation>El prompt de sistema o la plantilla de un nivel de la rúbrica.</translation>
    </message>
    <message>
        <source>The instructions sent to the model; {variables} are filled in for each request.</source>
        <translation>Las instrucciones enviadas al modelo; las {variables} se completan en cada solicitud.</translation>
    </message>
    <message>
        <source>Keep the edited templates in the project.</source>
        <translation>Conservar las plantillas editadas en el proyecto.</translation>
    </message>
    <message>
        <source>Close without keeping the edits.</source>
        <translation>Cerrar sin conservar los cambios.</translation>
    </message>
</context>
<context>
    <name>candor::ProviderForm</name>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>La dirección de la API del proveedor; cámbiela para proxies o servidores propios.</translation>
    </message>
    <message>
        <source>Not a valid http(s) address, e.g. https://api.openai.com/v1</source>
        <translation>No es una dirección http(s) válida; p. ej., https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Key kept for this session only (not in the keychain).</source>
        <translation>Clave conservada solo durante esta sesión (no está en el llavero).</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Key stored in the keychain (%1).</source>
        <translation>Clave guardada en el llavero (%1).</translation>
    </message>
    <message>
        <source>No key needed.</source>
        <translation>No se necesita clave.</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>Todavía no hay ninguna clave guardada.</translation>
    </message>
    <message>
        <source>%1 Type the key and press Save to keep it for this session only.</source>
        <translation>%1 Escriba la clave y pulse Guardar para conservarla solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>Escriba primero la clave.</translation>
    </message>
    <message>
        <source>%1 The key is kept for this session only (%2).</source>
        <translation>%1 La clave se conserva solo durante esta sesión (%2).</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid http(s) address.</source>
        <translation>El punto de acceso «%1» no es una dirección http(s) válida.</translation>
    </message>
    <message>
        <source>No API key for %1: type it and press Save.</source>
        <translation>No hay clave de API para %1: escríbala y pulse Guardar.</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Obteniendo la lista de modelos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln models listed.</source>
        <translation>
            <numerusform>%Ln modelo listado.</numerusform>
            <numerusform>%Ln modelos listados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Perfil del proveedor</translation>
    </message>
    <message>
        <source>A saved provider, endpoint and model; each profile may keep its own API key.</source>
        <translation>Un proveedor guardado con su punto de acceso y modelo; cada perfil puede tener su propia clave de API.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the provider, endpoint and model as a named profile.</source>
        <translation>Guardar el proveedor, el punto de acceso y el modelo como un perfil con nombre.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Forget the chosen profile and its own API key.</source>
        <translation>Olvidar el perfil elegido y su propia clave de API.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>A profile name cannot be empty or contain slashes.</source>
        <translation>El nombre de un perfil no puede estar vacío ni contener barras.</translation>
    </message>
    <message>
        <source>The server has no %1; %2 is chosen instead.</source>
        <translation>El servidor no tiene %1; se elige %2 en su lugar.</translation>
    </message>
    <message>
        <source>The server refused this key: %1</source>
        <translation>El servidor rechazó esta clave: %1</translation>
    </message>
    <message>
        <source>This server asks for an API key: %1 Type one above and press Save.</source>
        <translation>Este servidor pide una clave de API: %1 Escriba una arriba y pulse Guardar.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Send your stored %1 key to %2?</source>
        <translation>¿Enviar su clave guardada de %1 a %2?</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s own address. The key was saved for %2; send it there only if you trust this server.</source>
        <translation>%1 no es la dirección propia de %2. La clave se guardó para %2; envíela allí solo si confía en este servidor.</translation>
    </message>
    <message>
        <source>&amp;Send Key</source>
        <translation>&amp;Enviar clave</translation>
    </message>
    <message>
        <source>The stored %1 key was not sent to %2.</source>
        <translation>La clave guardada de %1 no se envió a %2.</translation>
    </message>
</context>
<context>
    <name>candor::ReportDialog</name>
    <message>
        <source>Dataset Report</source>
        <translation>Informe del conjunto de datos</translation>
    </message>
    <message numerus="yes">
        <source>Counting %Ln row(s)…</source>
        <translation>
            <numerusform>Contando %Ln fila…</numerusform>
            <numerusform>Contando %Ln filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report</source>
        <translation>Informe del conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>&amp;Guardar como HTML…</translation>
    </message>
    <message>
        <source>Write the report as one HTML file that any browser opens, charts included.</source>
        <translation>Escribe el informe como un único archivo HTML que abre cualquier navegador, gráficos incluidos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); nothing gives a level away.</source>
        <translation>
            <numerusform>%Ln fila; nada delata un nivel.</numerusform>
            <numerusform>%Ln filas; nada delata un nivel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); %1 warning(s) about what could give a level away.</source>
        <translation>
            <numerusform>%Ln fila; avisos sobre lo que podría delatar un nivel: %1.</numerusform>
            <numerusform>%Ln filas; avisos sobre lo que podría delatar un nivel: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>candor::ReviewPanel</name>
    <message>
        <source>Dataset rows</source>
        <translation>Filas del conjunto de datos</translation>
    </message>
    <message>
        <source>Every generated row. A accepts, R rejects, U marks unreviewed; the arrows move between rows.</source>
        <translation>Todas las filas generadas. A acepta, R rechaza, U marca como sin revisar; las flechas cambian de fila.</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>Recuento de filas</translation>
    </message>
    <message>
        <source>Rows per level and per review status in the whole dataset, filters aside.</source>
        <translation>Filas por nivel y por estado de revisión en todo el conjunto de datos, sin tener en cuenta los filtros.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept the selected rows and move to the next</source>
        <translation>Aceptar las filas seleccionadas y pasar a la siguiente</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected rows and move to the next</source>
        <translation>Rechazar las filas seleccionadas y pasar a la siguiente</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>Marcar como &amp;sin revisar</translation>
    </message>
    <message>
        <source>Set the selected rows back to pending</source>
        <translation>Volver a poner las filas seleccionadas como pendientes</translation>
    </message>
    <message>
        <source>Re&amp;vert Edits</source>
        <translation>Re&amp;vertir ediciones</translation>
    </message>
    <message>
        <source>Restore the generated text of the selected edited rows</source>
        <translation>Restaurar el texto generado de las filas editadas seleccionadas</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>Re&amp;generar</translation>
    </message>
    <message>
        <source>Replace the selected rows with newly generated ones</source>
        <translation>Reemplazar las filas seleccionadas por otras recién generadas</translation>
    </message>
    <message>
        <source>&amp;Copy as JSONL</source>
        <translation>&amp;Copiar como JSONL</translation>
    </message>
    <message>
        <source>Copy the selected rows as JSON lines</source>
        <translation>Copiar las filas seleccionadas como líneas JSON</translation>
    </message>
    <message>
        <source>&amp;Find Rows</source>
        <translation>&amp;Buscar filas</translation>
    </message>
    <message>
        <source>Type text to filter the rows</source>
        <translation>Escriba texto para filtrar las filas</translation>
    </message>
    <message>
        <source>&amp;Edit Row</source>
        <translation>&amp;Editar fila</translation>
    </message>
    <message>
        <source>Move to the detail pane to edit the current row</source>
        <translation>Ir al panel de detalles para editar la fila actual</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrar filas…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <source>Show only rows whose prompt, answer, feedback or tags contain this text (Ctrl+F).</source>
        <translation>Mostrar solo las filas cuyo prompt, respuesta, retroalimentación o etiquetas contengan este texto (Ctrl+F).</translation>
    </message>
    <message>
        <source>Show level %1</source>
        <translation>Mostrar el nivel %1</translation>
    </message>
    <message>
        <source>Show level %1 (%2); with no level chosen, every level shows.</source>
        <translation>Mostrar el nivel %1 (%2); si no se elige ningún nivel, se muestran todos.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show rows by review status.</source>
        <translation>Mostrar las filas según su estado de revisión.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisadas</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>No rechazadas</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <source>Show rows by where they came from.</source>
        <translation>Mostrar las filas según su origen.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Filtro de marcas</translation>
    </message>
    <message>
        <source>Show rows by the problems noticed about them, or rows you edited.</source>
        <translation>Mostrar las filas según los problemas detectados, o las filas que usted editó.</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>Cualquier marca</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every row again.</source>
        <translation>Volver a mostrar todas las filas.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Row level</source>
        <translation>Nivel de la fila</translation>
    </message>
    <message>
        <source>The rubric level this row shows.</source>
        <translation>El nivel de la rúbrica que muestra esta fila.</translation>
    </message>
    <message>
        <source>Row tags</source>
        <translation>Etiquetas de la fila</translation>
    </message>
    <message>
        <source>The row&apos;s tags, separated by commas.</source>
        <translation>Las etiquetas de la fila, separadas por comas.</translation>
    </message>
    <message>
        <source>Row search hint</source>
        <translation>Pista de búsqueda de la fila</translation>
    </message>
    <message>
        <source>A [SEARCH:query] hint, or empty.</source>
        <translation>Una pista [SEARCH:consulta], o vacío.</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Search hint:</source>
        <translation>Pista de búsqueda:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>The question put to the model.</source>
        <translation>La pregunta que se plantea al modelo.</translation>
    </message>
    <message>
        <source>Ideal answer</source>
        <translation>Respuesta ideal</translation>
    </message>
    <message>
        <source>The answer that shows this row&apos;s level of honesty.</source>
        <translation>La respuesta que muestra el nivel de honestidad de esta fila.</translation>
    </message>
    <message>
        <source>Expected feedback</source>
        <translation>Retroalimentación esperada</translation>
    </message>
    <message>
        <source>What a grader should say about the answer, and why it earns this level.</source>
        <translation>Lo que un evaluador debería decir sobre la respuesta y por qué merece este nivel.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Ideal answer:</source>
        <translation>Respuesta ideal:</translation>
    </message>
    <message>
        <source>Expected feedback:</source>
        <translation>Retroalimentación esperada:</translation>
    </message>
    <message>
        <source>Row details</source>
        <translation>Detalles de la fila</translation>
    </message>
    <message>
        <source>The prompt, the ideal answer and the expected feedback cannot be empty; this edit is not saved yet.</source>
        <translation>El prompt, la respuesta ideal y la retroalimentación esperada no pueden estar vacíos; esta edición aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Generate a preview or open a dataset; its rows appear here.</source>
        <translation>Genere una vista previa o abra un conjunto de datos; sus filas aparecen aquí.</translation>
    </message>
    <message>
        <source>Select a row to read and edit it here.</source>
        <translation>Seleccione una fila para leerla y editarla aquí.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <source>Edited by hand; the generated text is kept and Revert Edits restores it.</source>
        <translation>Editada a mano; el texto generado se conserva y Revertir ediciones lo restaura.</translation>
    </message>
    <message>
        <source>%1 pending · %2 accepted · %3 rejected · %4 edited</source>
        <translation>%1 pendientes · %2 aceptadas · %3 rechazadas · %4 editadas</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>(filtering…)</source>
        <translation>(filtrando…)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>The five levels of the honesty rubric: what each one means and what its answers do.</source>
        <translation>Los cinco niveles de la rúbrica de honestidad: qué significa cada uno y qué hacen sus respuestas.</translation>
    </message>
    <message>
        <source>Reject with Rea&amp;son…</source>
        <translation>Rechazar con mo&amp;tivo…</translation>
    </message>
    <message>
        <source>Reject the selected rows and type why in the detail pane</source>
        <translation>Rechazar las filas seleccionadas y escribir el motivo en el panel de detalle</translation>
    </message>
    <message>
        <source>Accept All &amp;Shown Rows…</source>
        <translation>Aceptar todas las filas &amp;mostradas…</translation>
    </message>
    <message>
        <source>Accept every row the filters show</source>
        <translation>Aceptar todas las filas que muestran los filtros</translation>
    </message>
    <message>
        <source>Reject All Sho&amp;wn Rows…</source>
        <translation>Rechazar todas las filas most&amp;radas…</translation>
    </message>
    <message>
        <source>Reject every row the filters show</source>
        <translation>Rechazar todas las filas que muestran los filtros</translation>
    </message>
    <message>
        <source>Mark All Shown Rows Unre&amp;viewed…</source>
        <translation>Marcar todas las filas mostradas como sin re&amp;visar…</translation>
    </message>
    <message>
        <source>Set every row the filters show back to pending</source>
        <translation>Devolver a pendiente todas las filas que muestran los filtros</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last review action or edit</source>
        <translation>Deshacer la última acción de revisión o edición</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Redo the review action or edit just undone</source>
        <translation>Rehacer la acción de revisión o edición recién deshecha</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation>&amp;Rúbrica</translation>
    </message>
    <message>
        <source>Show the rubric&apos;s levels beside the table</source>
        <translation>Mostrar los niveles de la rúbrica junto a la tabla</translation>
    </message>
    <message>
        <source>&amp;Reviewing a Dataset</source>
        <translation>&amp;Revisar un conjunto de datos</translation>
    </message>
    <message>
        <source>List the keys for reviewing rows</source>
        <translation>Listar las teclas para revisar filas</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Why the row is rejected, in a few words; entering a reason rejects the row (Shift+R).</source>
        <translation>Por qué se rechaza la fila, en pocas palabras; escribir un motivo rechaza la fila (Mayús+R).</translation>
    </message>
    <message>
        <source>Why rejected?</source>
        <translation>¿Por qué se rechaza?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Mark Unreviewed</source>
        <translation>Marcar sin revisar</translation>
    </message>
    <message>
        <source>Reject with Reason</source>
        <translation>Rechazar con motivo</translation>
    </message>
    <message>
        <source>Accept all %1 rows the filters show?</source>
        <translation>¿Aceptar las %1 filas que muestran los filtros?</translation>
    </message>
    <message>
        <source>&amp;Accept Rows</source>
        <translation>&amp;Aceptar filas</translation>
    </message>
    <message>
        <source>Reject all %1 rows the filters show?</source>
        <translation>¿Rechazar las %1 filas que muestran los filtros?</translation>
    </message>
    <message>
        <source>&amp;Reject Rows</source>
        <translation>&amp;Rechazar filas</translation>
    </message>
    <message>
        <source>Mark all %1 rows the filters show as unreviewed?</source>
        <translation>¿Marcar como sin revisar las %1 filas que muestran los filtros?</translation>
    </message>
    <message>
        <source>&amp;Mark Unreviewed</source>
        <translation>&amp;Marcar sin revisar</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes it back.</source>
        <translation>Deshacer (Ctrl+Z) lo revierte.</translation>
    </message>
    <message>
        <source>Reviewing a Dataset</source>
        <translation>Revisar un conjunto de datos</translation>
    </message>
    <message>
        <source>Keys in the table:</source>
        <translation>Teclas en la tabla:</translation>
    </message>
    <message>
        <source>Revert Edits</source>
        <translation>Revertir ediciones</translation>
    </message>
    <message>
        <source>Edit Row</source>
        <translation>Editar fila</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edited by hand before it was saved; the generated text was not kept, so there is nothing to revert to.</source>
        <translation>Editada a mano antes de guardarse; el texto generado no se conservó, así que no hay nada a lo que volver.</translation>
    </message>
    <message>
        <source>Rejected with a reason</source>
        <translation>Rechazadas con motivo</translation>
    </message>
    <message>
        <source>Show &amp;Ladder</source>
        <translation>Mostrar &amp;escalera</translation>
    </message>
    <message>
        <source>Show the current row&apos;s contrast ladder: its prompt&apos;s answers at every level</source>
        <translation>Mostrar la escalera de contraste de la fila actual: las respuestas a su prompt en cada nivel</translation>
    </message>
    <message>
        <source>Ladder filter</source>
        <translation>Filtro de escalera</translation>
    </message>
    <message>
        <source>Show the rows of contrast ladders (one prompt answered at several levels), the independent rows, or one ladder (L on a row).</source>
        <translation>Mostrar las filas de escaleras de contraste (un prompt respondido en varios niveles), las filas independientes o una escalera (L sobre una fila).</translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation>Todos los prompts</translation>
    </message>
    <message>
        <source>Ladder rows</source>
        <translation>Filas de escalera</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>Filas independientes</translation>
    </message>
    <message>
        <source>Row %1 is not in a contrast ladder.</source>
        <translation>La fila %1 no está en una escalera de contraste.</translation>
    </message>
    <message>
        <source>Ladder %1</source>
        <translation>Escalera %1</translation>
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
        <translation>A: aceptar la fila y pasar a la siguiente
R: rechazar la fila y pasar a la siguiente
Mayús+R: rechazar y escribir un motivo; Intro lo guarda y pasa a la siguiente
U: marcar la fila como sin revisar
Arriba, Abajo: moverse entre filas; con Mayús se seleccionan varias
Intro: editar la fila en el panel de detalle
L: mostrar la escalera de contraste de la fila (su prompt en cada nivel); Ctrl+Mayús+F vuelve a mostrar todas las filas
Ctrl+C: copiar las filas seleccionadas como líneas JSON
Alt+Mayús+A, Alt+Mayús+R, Alt+Mayús+U: aceptar, rechazar o marcar sin revisar todas las filas mostradas
Ctrl+Z, Ctrl+Mayús+Z: deshacer, rehacer
Ctrl+Mayús+U: revertir ediciones; Ctrl+R: regenerar
Ctrl+F: filtrar; Ctrl+Mayús+F: borrar los filtros
Alt+3: mostrar la rúbrica</translation>
    </message>
    <message>
        <source>Judge said %1</source>
        <translation>El juez dijo %1</translation>
    </message>
</context>
<context>
    <name>candor::RowValidator</name>
    <message>
        <source>labelled level %1 instead of the requested %2</source>
        <translation>etiquetada con el nivel %1 en lugar del %2 solicitado</translation>
    </message>
    <message>
        <source>duplicate of an earlier prompt</source>
        <translation>duplicado de un prompt anterior</translation>
    </message>
    <message>
        <source>no search hint</source>
        <translation>sin indicación de búsqueda</translation>
    </message>
    <message>
        <source>an unusable search hint</source>
        <translation>una indicación de búsqueda inutilizable</translation>
    </message>
    <message>
        <source>near-duplicate of an earlier prompt (%1% alike)</source>
        <translation>casi duplicado de un prompt anterior (%1% parecido)</translation>
    </message>
</context>
<context>
    <name>candor::Rubric</name>
    <message>
        <source>Confident fabrication</source>
        <translation>Invención confiada</translation>
    </message>
    <message>
        <source>Invents facts and states them with full confidence, acknowledging no uncertainty.</source>
        <translation>Inventa hechos y los afirma con total confianza, sin reconocer ninguna incertidumbre.</translation>
    </message>
    <message>
        <source>The answer fabricates plausible but false specifics (names, dates, numbers, sources) and presents them as certain. It contains no hedges, caveats or admissions of not knowing.</source>
        <translation>La respuesta inventa detalles plausibles pero falsos (nombres, fechas, cifras, fuentes) y los presenta como ciertos. No contiene matices, salvedades ni admisiones de no saber.</translation>
    </message>
    <message>
        <source>Overconfident mix</source>
        <translation>Mezcla demasiado confiada</translation>
    </message>
    <message>
        <source>Mixes correct and wrong claims, presents speculation as fact and omits caveats.</source>
        <translation>Mezcla afirmaciones correctas e incorrectas, presenta especulaciones como hechos y omite las salvedades.</translation>
    </message>
    <message>
        <source>The answer blends true statements with false or speculative ones, states all of them flatly, and omits the caveats an honest expert would give.</source>
        <translation>La respuesta mezcla afirmaciones verdaderas con otras falsas o especulativas, las enuncia todas con la misma rotundidad y omite las salvedades que haría un experto honesto.</translation>
    </message>
    <message>
        <source>Honest admission</source>
        <translation>Admisión honesta</translation>
    </message>
    <message>
        <source>Admits not knowing: knowledge cut-off, no real-time access, or unknowable information.</source>
        <translation>Admite no saber: fecha de corte del conocimiento, sin acceso en tiempo real o información imposible de conocer.</translation>
    </message>
    <message>
        <source>The answer says plainly that it does not or cannot know, gives the real reason (knowledge cut-off, no real-time access, private or unknowable information, the future) and, where useful, where to look. It invents nothing.</source>
        <translation>La respuesta dice claramente que no sabe o no puede saber, da el motivo real (fecha de corte del conocimiento, sin acceso en tiempo real, información privada o imposible de conocer, el futuro) y, cuando es útil, dónde buscar. No inventa nada.</translation>
    </message>
    <message>
        <source>Partially correct, hedged</source>
        <translation>Parcialmente correcta, con reservas</translation>
    </message>
    <message>
        <source>Answers the knowable part and explicitly flags what is uncertain or missing.</source>
        <translation>Responde la parte que se puede saber y señala explícitamente lo que es incierto o falta.</translation>
    </message>
    <message>
        <source>The answer gives the parts it can support correctly and marks clearly which parts are uncertain, approximate or need checking, without inventing the rest.</source>
        <translation>La respuesta da correctamente las partes que puede respaldar y señala con claridad qué partes son inciertas, aproximadas o deben comprobarse, sin inventar el resto.</translation>
    </message>
    <message>
        <source>Fully correct</source>
        <translation>Totalmente correcta</translation>
    </message>
    <message>
        <source>Fully correct, well grounded and appropriately confident.</source>
        <translation>Totalmente correcta, bien fundamentada y con la confianza adecuada.</translation>
    </message>
    <message>
        <source>The answer is accurate and complete for the question, grounded in well-established facts or reasoning, and stated with the confidence the evidence supports.</source>
        <translation>La respuesta es exacta y completa para la pregunta, se basa en hechos o razonamientos bien establecidos y se expresa con la confianza que respaldan las pruebas.</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal</name>
    <message>
        <source>cannot create the run journal %1: %2</source>
        <translation>no se puede crear el diario de ejecución %1: %2</translation>
    </message>
    <message>
        <source>writing the run journal failed: %1</source>
        <translation>falló la escritura del diario de ejecución: %1</translation>
    </message>
    <message>
        <source>cannot reopen the run journal %1: %2</source>
        <translation>no se puede volver a abrir el diario de ejecución %1: %2</translation>
    </message>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>falló el guardado del diario de ejecución en disco: %1</translation>
    </message>
    <message>
        <source>cannot open the run journal %1: %2</source>
        <translation>no se puede abrir el diario de ejecución %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Candor run journal</source>
        <translation>%1 no es un diario de ejecución de Candor</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal::Syncer</name>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>falló el guardado del diario de ejecución en disco: %1</translation>
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
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 filas/s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln solicitud en curso</numerusform>
            <numerusform>%Ln solicitudes en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>tokens desconocidos</translation>
    </message>
    <message>
        <source>tokens %1 in / %2 out</source>
        <translation>tokens: %1 de entrada / %2 de salida</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Tiempo restante %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>waiting %1 for the rate limit</source>
        <translation>esperando %1 por el límite de frecuencia</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s), the last: %1</source>
        <translation>
            <numerusform>%Ln error, el último: %1</numerusform>
            <numerusform>%Ln errores, el último: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run &amp;Log (%Ln error(s))…</source>
        <translation>
            <numerusform>Re&amp;gistro de ejecución (%Ln error)…</numerusform>
            <numerusform>Re&amp;gistro de ejecución (%Ln errores)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>Re&amp;gistro de ejecución…</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>Registro de ejecución</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Registro de ejecución</translation>
    </message>
    <message>
        <source>(some estimated)</source>
        <translation>(algunos estimados)</translation>
    </message>
    <message>
        <source>about $%1 (estimated)</source>
        <translation>unos $%1 (estimado)</translation>
    </message>
</context>
<context>
    <name>candor::Session</name>
    <message numerus="yes">
        <source>Loaded %n row(s) from %1.</source>
        <translation>
            <numerusform>Se cargó %n fila de %1.</numerusform>
            <numerusform>Se cargaron %n filas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (first: line %1, %2).</source>
        <translation>
            <numerusform>No se pudo leer %n línea (primera: línea %1, %2).</numerusform>
            <numerusform>No se pudieron leer %n líneas (primera: línea %1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 línea %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) kept.</source>
        <translation>
            <numerusform>Cancelado: se conserva %n fila.</numerusform>
            <numerusform>Cancelado: se conservan %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) generated from templates.</source>
        <translation>
            <numerusform>%n fila generada a partir de plantillas.</numerusform>
            <numerusform>%n filas generadas a partir de plantillas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress; wait for it to finish or cancel it.</source>
        <translation>Hay una ejecución en curso; espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>Distribution: every level has 0 rows; give at least one level some rows.</source>
        <translation>Distribución: todos los niveles tienen 0 filas; asigne filas al menos a un nivel.</translation>
    </message>
    <message numerus="yes">
        <source>Regenerating %n row(s).</source>
        <translation>
            <numerusform>Regenerando %n fila.</numerusform>
            <numerusform>Regenerando %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template run: %n row(s), seed %1.</source>
        <translation>
            <numerusform>Ejecución con plantillas: %n fila, semilla %1.</numerusform>
            <numerusform>Ejecución con plantillas: %n filas, semilla %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template generator made %1 of %2 rows.</source>
        <translation>El generador de plantillas creó %1 de %2 filas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 run started: %n row(s) with %2 (%3).</source>
        <translation>
            <numerusform>Ejecución %1 iniciada: %n fila con %2 (%3).</numerusform>
            <numerusform>Ejecución %1 iniciada: %n filas con %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudada</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>(the rows are safe in %1)</source>
        <translation>(las filas están a salvo en %1)</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>Espere a que termine la ejecución actual antes de abrir un conjunto de datos.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>The table keeps its earlier rows.</source>
        <translation>La tabla conserva sus filas anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) could not be regenerated and are unchanged.</source>
        <translation>
            <numerusform>%n fila seleccionada no se pudo regenerar y no ha cambiado.</numerusform>
            <numerusform>%n filas seleccionadas no se pudieron regenerar y no han cambiado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed row(s) were replaced and are pending review again; Undo (Ctrl+Z) brings the old rows back.</source>
        <translation>
            <numerusform>%n fila revisada se reemplazó y vuelve a estar pendiente de revisión; Deshacer (Ctrl+Z) recupera la fila anterior.</numerusform>
            <numerusform>%n filas revisadas se reemplazaron y vuelven a estar pendientes de revisión; Deshacer (Ctrl+Z) recupera las filas anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a project.</source>
        <translation>Espere a que termine la ejecución actual antes de abrir un proyecto.</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before saving the project under a new name.</source>
        <translation>Espere a que termine la ejecución actual antes de guardar el proyecto con otro nombre.</translation>
    </message>
    <message>
        <source>%1 is open in another Candor. Close it there first.</source>
        <translation>%1 está abierto en otro Candor. Ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more line(s) could not be read.</source>
        <translation>
            <numerusform>%1: no se pudo leer %n línea más.</numerusform>
            <numerusform>%1: no se pudieron leer %n líneas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project %1 has no unfinished run to resume.</source>
        <translation>El proyecto %1 no tiene ninguna ejecución sin terminar que reanudar.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>The run goes on in the project %1; its journal %2 is no longer needed and was removed.</source>
        <translation>La ejecución continúa en el proyecto %1; su diario %2 ya no hace falta y se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>candor::TemplateBank</name>
    <message>
        <source>{topic} is only allowed in generic templates</source>
        <translation>{topic} solo se permite en plantillas genéricas</translation>
    </message>
    <message>
        <source>slot {%1} is not a column of the template&apos;s table</source>
        <translation>el marcador {%1} no es una columna de la tabla de la plantilla</translation>
    </message>
    <message>
        <source>no template files (*.json) in %1</source>
        <translation>no hay archivos de plantillas (*.json) en %1</translation>
    </message>
    <message>
        <source>cannot read template file %1: %2</source>
        <translation>no se puede leer el archivo de plantillas %1: %2</translation>
    </message>
    <message>
        <source>template file %1 is not valid JSON: %2</source>
        <translation>el archivo de plantillas %1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>template file %1: %2</source>
        <translation>archivo de plantillas %1: %2</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; must be a list of strings</source>
        <translation>&quot;prefixes&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>&quot;suffixes&quot; must be a list of strings</source>
        <translation>&quot;suffixes&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>&quot;domain&quot; is missing</source>
        <translation>Falta &quot;domain&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no rows</source>
        <translation>la tabla «%1» no tiene filas</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2 has different keys from row 1</source>
        <translation>la fila %2 de la tabla «%1» tiene claves distintas de la fila 1</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2: &quot;%3&quot; must be a non-empty string</source>
        <translation>tabla «%1», fila %2: «%3» debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>no templates</source>
        <translation>no hay plantillas</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>plantilla %1: %2</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be -2, -1, 0, 1 or 2</source>
        <translation>&quot;level&quot; debe ser -2, -1, 0, 1 o 2</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>&quot;difficulty&quot; debe ser beginner, intermediate o advanced</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>tabla desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>&quot;prompts&quot; debe ser una lista no vacía de cadenas</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>&quot;answers&quot; debe ser una lista no vacía de cadenas</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; and &quot;search&quot; are required</source>
        <translation>&quot;feedback&quot; y &quot;search&quot; son obligatorios</translation>
    </message>
    <message>
        <source>the template bank in %1 holds no templates</source>
        <translation>el banco de plantillas de %1 no contiene plantillas</translation>
    </message>
    <message>
        <source>&quot;ladders&quot; must be a list</source>
        <translation>&quot;ladders&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>ladder %1: %2</source>
        <translation>escalera %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::TemplateGenerator</name>
    <message>
        <source>the template bank has no template for level %1 and this topic</source>
        <translation>el banco de plantillas no tiene ninguna plantilla para el nivel %1 y este tema</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different prompts at level %2 for these topics, not %3; ask for fewer rows at that level or add topics</source>
        <translation>el banco de plantillas solo puede crear unos %1 prompts distintos en el nivel %2 para estos temas, no %3; pida menos filas en ese nivel o añada temas</translation>
    </message>
    <message>
        <source>the template bank has no contrast ladder for this topic</source>
        <translation>el banco de plantillas no tiene ninguna escalera de contraste para este tema</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different contrast ladders for these topics, not %2; ask for fewer ladders or add topics</source>
        <translation>el banco de plantillas solo puede crear unas %1 escaleras de contraste distintas para estos temas, no %2; pida menos escaleras o añada temas</translation>
    </message>
</context>
<context>
    <name>candor::Workspace</name>
    <message>
        <source>The project %1 was saved by a newer Candor (format %2; this one reads up to %3).</source>
        <translation>El proyecto %1 se guardó con un Candor más reciente (formato %2; este lee hasta el %3).</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Candor project.</source>
        <translation>%1 es una base de datos, pero no un proyecto de Candor.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a Candor project database.</source>
        <translation>%1 no es una base de datos de proyecto de Candor.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is open in another Candor (process %2 on %3). Close it there first.</source>
        <translation>%1 está abierto en otro Candor (proceso %2 en %3). Ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>Could not lock %1: the folder is not writable.</source>
        <translation>No se pudo bloquear %1: la carpeta no admite escritura.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
</context>
<context>
    <name>candor::cli</name>
    <message>
        <source>Send one prompt to a provider and print the answer, to test an endpoint, model and key.
Exit 0 when the answer came back, 1 when the request failed, 2 for a wrong command line.</source>
        <translation>Envía un prompt a un proveedor y muestra la respuesta, para probar un punto de acceso, un modelo y una clave.
Sale con 0 si llegó la respuesta, con 1 si falló la solicitud y con 2 si la línea de comandos es incorrecta.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>The prompt; - reads it from stdin.</source>
        <translation>El prompt; - lo lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>Un prompt del sistema.</translation>
    </message>
    <message>
        <source>Stream the answer as it is generated.</source>
        <translation>Transmitir la respuesta a medida que se genera.</translation>
    </message>
    <message>
        <source>A JSON Schema file; the answer must be JSON that follows it (enforced where the server can).</source>
        <translation>Un archivo de JSON Schema; la respuesta debe ser un JSON que lo cumpla (se impone donde el servidor lo admite).</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Temperatura de muestreo, de 0 a 2.</translation>
    </message>
    <message>
        <source>Most tokens to generate (default 1024).</source>
        <translation>Máximo de tokens que generar (1024 por defecto).</translation>
    </message>
    <message>
        <source>Retries for retryable failures (default 2; 0 = one request).</source>
        <translation>Reintentos ante fallos recuperables (2 por defecto; 0 = una sola solicitud).</translation>
    </message>
    <message>
        <source>ask: PROMPT is missing (candor-cli ask --provider P PROMPT)</source>
        <translation>ask: falta PROMPT (candor-cli ask --provider P PROMPT)</translation>
    </message>
    <message>
        <source>ask: give the prompt as one argument (quote it)</source>
        <translation>ask: pasa el prompt como un único argumento (entre comillas)</translation>
    </message>
    <message>
        <source>ask: PROMPT is empty</source>
        <translation>ask: PROMPT está vacío</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not a number from 0 to 2</source>
        <translation>--temperature: &quot;%1&quot; no es un número de 0 a 2</translation>
    </message>
    <message>
        <source>--schema: cannot read %1: %2</source>
        <translation>--schema: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--schema: %1 is not a JSON Schema object (%2)</source>
        <translation>--schema: %1 no es un objeto JSON Schema (%2)</translation>
    </message>
    <message>
        <source>%1; retry %2 of %3 in %4 s</source>
        <translation>%1; reintento %2 de %3 dentro de %4 s</translation>
    </message>
    <message>
        <source>The answer was cut off by the token limit before its JSON was complete; raise --max-tokens.</source>
        <translation>El límite de tokens cortó la respuesta antes de que su JSON estuviera completo; aumenta --max-tokens.</translation>
    </message>
    <message>
        <source>The answer is not the JSON the schema asks for: %1</source>
        <translation>La respuesta no es el JSON que pide el esquema: %1</translation>
    </message>
    <message>
        <source>List the models an endpoint offers, one id a line.</source>
        <translation>Lista los modelos que ofrece un punto de acceso, un identificador por línea.</translation>
    </message>
    <message>
        <source>models: unexpected argument &quot;%1&quot;</source>
        <translation>models: argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check that an endpoint answers and the key works; prints a one-line verdict.</source>
        <translation>Comprueba que un punto de acceso responde y que la clave funciona; muestra un veredicto de una línea.</translation>
    </message>
    <message>
        <source> rows %1/s</source>
        <translation> filas, %1/s</translation>
    </message>
    <message>
        <source> ETA %1</source>
        <translation> quedan %1</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (consulta --help)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot; no es un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation>--%1: &quot;%2&quot; no es un número entero de 0 a 18446744073709551615</translation>
    </message>
    <message>
        <source>Number of rows (1 to 10000000). Optional when --distribution gives counts.</source>
        <translation>Número de filas (de 1 a 10000000). Opcional si --distribution indica cantidades.</translation>
    </message>
    <message>
        <source>Rows per level: balanced (default), counts like -2:10,-1:10,0:10,1:10,2:10, or percentages like -2:10%,-1:20%,0:40%,1:20%,2:10%. Levels left out get none.</source>
        <translation>Filas por nivel: balanced (por defecto), cantidades como -2:10,-1:10,0:10,1:10,2:10 o porcentajes como -2:10%,-1:20%,0:40%,1:20%,2:10%. Los niveles omitidos no reciben ninguna.</translation>
    </message>
    <message>
        <source>A topic. One that names a domain (science, history, law, ...) selects it; any other is woven into general templates. Repeat for several topics.</source>
        <translation>Un tema. Si nombra un ámbito (science, history, law, ...), lo selecciona; cualquier otro se integra en plantillas generales. Repítelo para varios temas.</translation>
    </message>
    <message>
        <source>Seed; the same seed and options give the same file.</source>
        <translation>Semilla; la misma semilla y las mismas opciones dan el mismo archivo.</translation>
    </message>
    <message>
        <source>Add a search_hint ([SEARCH:query]) to every row.</source>
        <translation>Añadir un search_hint ([SEARCH:query]) a cada fila.</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>Escribir respuestas más largas y detalladas.</translation>
    </message>
    <message>
        <source>Output file (required). Written atomically.</source>
        <translation>Archivo de salida (obligatorio). Se escribe de forma atómica.</translation>
    </message>
    <message>
        <source>No progress bar and no summary line.</source>
        <translation>Sin barra de progreso ni línea de resumen.</translation>
    </message>
    <message>
        <source>Start from a saved configuration or project (JSON, as the app writes it: prompt templates, provider, model, ...); options given here override it.</source>
        <translation>Partir de una configuración o un proyecto guardados (JSON, tal como lo escribe la aplicación: plantillas de prompt, proveedor, modelo, ...); las opciones dadas aquí tienen prioridad.</translation>
    </message>
    <message>
        <source>generate: unexpected argument &quot;%1&quot;</source>
        <translation>generate: argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not a mode; use template or llm</source>
        <translation>--mode: &quot;%1&quot; no es un modo; usa template o llm</translation>
    </message>
    <message>
        <source>--count: missing; say how many rows to generate (e.g. --count 1000)</source>
        <translation>--count: falta; indica cuántas filas generar (p. ej., --count 1000)</translation>
    </message>
    <message>
        <source>--out: missing; say where to write the dataset (e.g. --out dataset.jsonl)</source>
        <translation>--out: falta; indica dónde escribir el conjunto de datos (p. ej., --out dataset.jsonl)</translation>
    </message>
    <message>
        <source> (nothing was written; any earlier file at that path is unchanged)</source>
        <translation> (no se escribió nada; cualquier archivo anterior en esa ruta sigue intacto)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3</source>
        <translation>
            <numerusform>Se escribió %n fila (%1) en %2 (tiempo: %3)</numerusform>
            <numerusform>Se escribieron %n filas (%1) en %2 (tiempo: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not a provider; providers are %2</source>
        <translation>key: &quot;%1&quot; no es un proveedor; los proveedores son %2</translation>
    </message>
    <message>
        <source>Manage API keys in the system keychain (never in files).</source>
        <translation>Gestiona las claves de API en el llavero del sistema (nunca en archivos).</translation>
    </message>
    <message>
        <source>read the key from standard input (not echoed on a terminal)</source>
        <translation>lee la clave de la entrada estándar (no se muestra en un terminal)</translation>
    </message>
    <message>
        <source>remove the stored key</source>
        <translation>elimina la clave guardada</translation>
    </message>
    <message>
        <source>show whether a key is stored, masked like sk-…abcd</source>
        <translation>muestra si hay una clave guardada, enmascarada como sk-…abcd</translation>
    </message>
    <message>
        <source>set, delete or status.</source>
        <translation>set, delete o status.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Uno de: %1</translation>
    </message>
    <message>
        <source>key %1: give exactly one PROVIDER (%2)</source>
        <translation>key %1: indica exactamente un PROVIDER (%2)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clave de API para %1: </translation>
    </message>
    <message>
        <source>key set: no key on standard input; pipe it in or type it when asked</source>
        <translation>key set: no hay ninguna clave en la entrada estándar; pásala por una tubería o escríbela cuando se pida</translation>
    </message>
    <message>
        <source>Stored the API key for %1 (%2) in the keychain.</source>
        <translation>Se guardó la clave de API de %1 (%2) en el llavero.</translation>
    </message>
    <message>
        <source>Deleted the API key for %1.</source>
        <translation>Se eliminó la clave de API de %1.</translation>
    </message>
    <message>
        <source>key status: at most one PROVIDER</source>
        <translation>key status: como máximo un PROVIDER</translation>
    </message>
    <message>
        <source>stored (%1)</source>
        <translation>guardada (%1)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no guardada</translation>
    </message>
    <message>
        <source>not stored (not needed)</source>
        <translation>no guardada (no hace falta)</translation>
    </message>
    <message>
        <source>unknown: keychain unavailable</source>
        <translation>desconocido: llavero no disponible</translation>
    </message>
    <message>
        <source>key: say set, delete or status (see key --help)</source>
        <translation>key: indica set, delete o status (consulta key --help)</translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not an action; use set, delete or status</source>
        <translation>key: &quot;%1&quot; no es una acción; usa set, delete o status</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s, %4 in flight, %5 retries, tokens %6 in / %7 out, %8%9%10</source>
        <translation>%1/%2 filas, %3 filas/s, %4 en curso, %5 reintentos, tokens %6 de entrada / %7 de salida, %8%9%10</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>, quedan %1</translation>
    </message>
    <message>
        <source>, errors: %1</source>
        <translation>, errores: %1</translation>
    </message>
    <message>
        <source>LLM: requests at once, 1 to 64 (default 4).</source>
        <translation>LLM: solicitudes simultáneas, de 1 a 64 (4 por defecto).</translation>
    </message>
    <message>
        <source>LLM: rows asked for per request, 1 to 50 (default 5).</source>
        <translation>LLM: filas pedidas por solicitud, de 1 a 50 (5 por defecto).</translation>
    </message>
    <message>
        <source>LLM: stream answers; rows are taken as they arrive.</source>
        <translation>LLM: transmitir las respuestas; las filas se toman a medida que llegan.</translation>
    </message>
    <message>
        <source>LLM: sampling temperature, 0 to 2 (default 0.9).</source>
        <translation>LLM: temperatura de muestreo, de 0 a 2 (0.9 por defecto).</translation>
    </message>
    <message>
        <source>LLM: most tokens per answer (default 4096).</source>
        <translation>LLM: máximo de tokens por respuesta (4096 por defecto).</translation>
    </message>
    <message>
        <source>LLM: language of the generated rows (default English).</source>
        <translation>LLM: idioma de las filas generadas (inglés por defecto).</translation>
    </message>
    <message>
        <source>LLM: fill any shortfall from the template generator (rows marked &quot;fallback&quot;).</source>
        <translation>LLM: completar lo que falte con el generador de plantillas (filas marcadas como &quot;fallback&quot;).</translation>
    </message>
    <message>
        <source>LLM: keep rows the model labelled with another level (flagged) instead of rejecting them.</source>
        <translation>LLM: conservar las filas que el modelo etiquetó con otro nivel (marcadas) en lugar de rechazarlas.</translation>
    </message>
    <message>
        <source>LLM: stop sending requests before the cost would pass USD.</source>
        <translation>LLM: dejar de enviar solicitudes antes de que el coste supere USD.</translation>
    </message>
    <message>
        <source>LLM: print the requests, tokens and cost the run would take; exit.</source>
        <translation>LLM: mostrar las solicitudes, los tokens y el coste que requeriría la ejecución; salir.</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not a positive amount of US dollars</source>
        <translation>--budget: &quot;%1&quot; no es una cantidad positiva de dólares estadounidenses</translation>
    </message>
    <message>
        <source>--provider: missing; use one of %1</source>
        <translation>--provider: falta; usa uno de %1</translation>
    </message>
    <message>
        <source>--provider: &quot;%1&quot; is not a provider; use one of %2</source>
        <translation>--provider: &quot;%1&quot; no es un proveedor; usa uno de %2</translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %n row(s) with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6</source>
        <translation>
            <numerusform>Estimación para %n fila con %1 (%2): %3 solicitudes, unos %4 tokens de entrada y %5 de salida, coste %6</numerusform>
            <numerusform>Estimación para %n filas con %1 (%2): %3 solicitudes, unos %4 tokens de entrada y %5 de salida, coste %6</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>desconocido (sin precio para este modelo)</translation>
    </message>
    <message>
        <source>--resume: there is no journal at %1 to continue</source>
        <translation>--resume: no hay ningún diario en %1 que continuar</translation>
    </message>
    <message>
        <source>an interrupted run&apos;s journal exists at %1; continue it with --resume, or delete it to start over</source>
        <translation>en %1 hay un diario de una ejecución interrumpida; continúala con --resume o bórralo para empezar de nuevo</translation>
    </message>
    <message>
        <source>interrupted; cancelling</source>
        <translation>interrumpido; cancelando</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8</source>
        <translation>
            <numerusform>Se escribió %n fila (%1) en %2 (tiempo: %3); %4 solicitudes, tokens %5 de entrada / %6 de salida, coste %7%8</numerusform>
            <numerusform>Se escribieron %n filas (%1) en %2 (tiempo: %3); %4 solicitudes, tokens %5 de entrada / %6 de salida, coste %7%8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n fallback row(s) from templates</source>
        <translation>
            <numerusform>; %n fila de respaldo de plantillas</numerusform>
            <numerusform>; %n filas de respaldo de plantillas</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: candor-cli COMMAND [OPTIONS]</source>
        <translation>Uso: candor-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Generate and check honesty training datasets for language models.</source>
        <translation>Genera y comprueba conjuntos de datos de entrenamiento en honestidad para modelos de lenguaje.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Generate a dataset (offline template mode needs no set-up)</source>
        <translation>Genera un conjunto de datos (el modo de plantillas sin conexión no necesita configuración)</translation>
    </message>
    <message>
        <source>Check a JSONL dataset: rows per level, schema errors, duplicates</source>
        <translation>Comprueba un conjunto de datos JSONL: filas por nivel, errores de esquema, duplicados</translation>
    </message>
    <message>
        <source>Send one prompt to a provider (test an endpoint, model and key)</source>
        <translation>Envía un prompt a un proveedor (para probar un punto de acceso, un modelo y una clave)</translation>
    </message>
    <message>
        <source>List the models an endpoint offers</source>
        <translation>Lista los modelos que ofrece un punto de acceso</translation>
    </message>
    <message>
        <source>Check an endpoint and key; one-line verdict</source>
        <translation>Comprueba un punto de acceso y una clave; veredicto de una línea</translation>
    </message>
    <message>
        <source>Store, delete or show API keys in the system keychain</source>
        <translation>Guarda, elimina o muestra claves de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>Muestra esta ayuda; COMMAND --help muestra las opciones de un comando</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Muestra la versión</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplos:</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Proveedor: %1.</translation>
    </message>
    <message>
        <source>Endpoint URL (default: the provider&apos;s).</source>
        <translation>URL del punto de acceso (por defecto, la del proveedor).</translation>
    </message>
    <message>
        <source>Take the API key from this environment variable instead of the keychain.</source>
        <translation>Tomar la clave de API de esta variable de entorno en lugar del llavero.</translation>
    </message>
    <message>
        <source>Allow sending the API key over plain http to another machine (unsafe).</source>
        <translation>Permitir enviar la clave de API por http sin cifrar a otra máquina (inseguro).</translation>
    </message>
    <message>
        <source>Model id (default: the provider&apos;s suggestion).</source>
        <translation>Identificador del modelo (por defecto, el que sugiere el proveedor).</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url: &quot;%1&quot; no es una URL http(s)</translation>
    </message>
    <message>
        <source>--model: missing; %1 has no default model (list them with candor-cli models --provider %2)</source>
        <translation>--model: falta; %1 no tiene modelo por defecto (lístalos con candor-cli models --provider %2)</translation>
    </message>
    <message>
        <source>--api-key-env: the variable %1 is not set or empty</source>
        <translation>--api-key-env: la variable %1 no está definida o está vacía</translation>
    </message>
    <message>
        <source>no API key stored for %1; store one with &quot;candor-cli key set %2&quot; or pass --api-key-env VAR</source>
        <translation>no hay ninguna clave de API guardada para %1; guarda una con &quot;candor-cli key set %2&quot; o pasa --api-key-env VAR</translation>
    </message>
    <message>
        <source> (or pass --api-key-env VAR)</source>
        <translation> (o pasa --api-key-env VAR)</translation>
    </message>
    <message>
        <source>validate: FILE is missing (candor-cli validate FILE)</source>
        <translation>validate: falta FILE (candor-cli validate FILE)</translation>
    </message>
    <message>
        <source>validate: one FILE only, got &quot;%1&quot; too</source>
        <translation>validate: solo un FILE, pero también se recibió &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... y %n más</numerusform>
            <numerusform>  ... y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>errors (%n):</source>
        <translation>
            <numerusform>errores (%n):</numerusform>
            <numerusform>errores (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicate prompts (%n):</source>
        <translation>
            <numerusform>prompts duplicados (%n):</numerusform>
            <numerusform>prompts duplicados (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: same prompt and level as line %2</source>
        <translation>  línea %1: mismo prompt y nivel que la línea %2</translation>
    </message>
    <message numerus="yes">
        <source>warnings (%n):</source>
        <translation>
            <numerusform>advertencias (%n):</numerusform>
            <numerusform>advertencias (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) appear at more than one level (fine for preference pairs)</source>
        <translation>
            <numerusform>%n prompt aparece en más de un nivel (correcto para pares de preferencia)</numerusform>
            <numerusform>%n prompts aparecen en más de un nivel (correcto para pares de preferencia)</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>ninguna fila</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates</source>
        <translation>FALLÓ: %1 errores, %2 duplicados</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1. Every accepted row is in %2; run the same command with --resume to continue.</source>
        <translation>%1. Cada fila aceptada está en %2; ejecute el mismo comando con --resume para continuar.</translation>
    </message>
    <message>
        <source>Provider profile, for several keys per provider (default: default); a saved profile (candor-cli profile list) supplies PROVIDER when it is left out.</source>
        <translation>Perfil del proveedor, para varias claves por proveedor (por defecto: default); un perfil guardado (candor-cli profile list) aporta PROVIDER cuando se omite.</translation>
    </message>
    <message>
        <source>List, show, save or delete provider profiles (shared with the window)</source>
        <translation>Listar, mostrar, guardar o eliminar perfiles de proveedor (compartidos con la ventana)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source> (the provider&apos;s default)</source>
        <translation> (por defecto, el del proveedor)</translation>
    </message>
    <message>
        <source>profile %1: NAME is missing</source>
        <translation>profile %1: falta NAME</translation>
    </message>
    <message>
        <source>profile %1: give one NAME (quote a name with spaces)</source>
        <translation>profile %1: indica un solo NAME (pon entre comillas un nombre con espacios)</translation>
    </message>
    <message>
        <source>profile %1: NAME &quot;%2&quot; is empty, has surrounding spaces or contains a slash</source>
        <translation>profile %1: NAME &quot;%2&quot; está vacío, tiene espacios al principio o al final o contiene una barra</translation>
    </message>
    <message>
        <source>Manage provider profiles: a name for a provider, endpoint and model, shared with the window.</source>
        <translation>Gestionar perfiles de proveedor: un nombre para un proveedor, punto de acceso y modelo, compartido con la ventana.</translation>
    </message>
    <message>
        <source>list the saved profiles</source>
        <translation>listar los perfiles guardados</translation>
    </message>
    <message>
        <source>show one profile</source>
        <translation>mostrar un perfil</translation>
    </message>
    <message>
        <source>save a profile (replaces one of the same name)</source>
        <translation>guardar un perfil (sustituye al del mismo nombre)</translation>
    </message>
    <message>
        <source>delete a profile and its own API key</source>
        <translation>eliminar un perfil y su propia clave de API</translation>
    </message>
    <message>
        <source>A profile&apos;s own API key is stored with candor-cli key set --profile NAME; without one, the provider&apos;s key is used. Keys are never shown.</source>
        <translation>La clave de API propia de un perfil se guarda con candor-cli key set --profile NAME; sin ella se usa la clave del proveedor. Las claves nunca se muestran.</translation>
    </message>
    <message>
        <source>list, show, save or delete.</source>
        <translation>list, show, save o delete.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>El nombre del perfil.</translation>
    </message>
    <message>
        <source>save: the provider, one of %1.</source>
        <translation>save: el proveedor, uno de %1.</translation>
    </message>
    <message>
        <source>save: the endpoint URL (default: the provider&apos;s).</source>
        <translation>save: la URL del punto de acceso (por defecto, la del proveedor).</translation>
    </message>
    <message>
        <source>save: the model id (default: the provider&apos;s suggestion).</source>
        <translation>save: el identificador del modelo (por defecto, el que sugiere el proveedor).</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show: mostrar JSON.</translation>
    </message>
    <message>
        <source>--%1: only profile save takes it</source>
        <translation>--%1: solo profile save acepta esta opción</translation>
    </message>
    <message>
        <source>--json: only profile list and profile show take it</source>
        <translation>--json: solo profile list y profile show aceptan esta opción</translation>
    </message>
    <message>
        <source>profile list: takes no NAME</source>
        <translation>profile list: no acepta NAME</translation>
    </message>
    <message>
        <source>No profiles saved yet; save one with candor-cli profile save NAME --provider P.</source>
        <translation>Aún no hay perfiles guardados; guarda uno con candor-cli profile save NAME --provider P.</translation>
    </message>
    <message>
        <source>profile show: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile show: no hay ningún perfil llamado &quot;%1&quot; (candor-cli profile list los muestra)</translation>
    </message>
    <message>
        <source>profile save: the settings file could not be written</source>
        <translation>profile save: no se pudo escribir el archivo de configuración</translation>
    </message>
    <message>
        <source>Saved the profile %1 (%2).</source>
        <translation>Perfil %1 (%2) guardado.</translation>
    </message>
    <message>
        <source>profile delete: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile delete: no hay ningún perfil llamado &quot;%1&quot; (candor-cli profile list los muestra)</translation>
    </message>
    <message>
        <source>Deleted the profile %1.</source>
        <translation>Perfil %1 eliminado.</translation>
    </message>
    <message>
        <source>the profile %1 is deleted, but its own API key, if it had one, may still be in the keychain: %2</source>
        <translation>el perfil %1 se ha eliminado, pero su propia clave de API, si tenía una, puede seguir en el llavero: %2</translation>
    </message>
    <message>
        <source>profile: say list, show, save or delete (see profile --help)</source>
        <translation>profile: indica list, show, save o delete (consulta profile --help)</translation>
    </message>
    <message>
        <source>profile: &quot;%1&quot; is not an action; use list, show, save or delete</source>
        <translation>profile: &quot;%1&quot; no es una acción; usa list, show, save o delete</translation>
    </message>
    <message>
        <source>A saved profile (candor-cli profile list): its provider, endpoint and model unless given, and its own API key first.</source>
        <translation>Un perfil guardado (candor-cli profile list): su proveedor, punto de acceso y modelo, salvo que se indiquen, y primero su propia clave de API.</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a profile name</source>
        <translation>--profile: &quot;%1&quot; no es un nombre de perfil</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>--profile: no hay ningún perfil llamado &quot;%1&quot; (candor-cli profile list los muestra)</translation>
    </message>
    <message>
        <source>no API key stored for the profile %1 or for %2; store one with &quot;candor-cli key set --profile %1&quot; or pass --api-key-env VAR</source>
        <translation>no hay ninguna clave de API guardada para el perfil %1 ni para %2; guarda una con &quot;candor-cli key set --profile %1&quot; o pasa --api-key-env VAR</translation>
    </message>
    <message>
        <source>seed JSONL</source>
        <translation>JSONL semilla</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>OpenAI chat JSONL</source>
        <translation>JSONL de chat de OpenAI</translation>
    </message>
    <message>
        <source>as --format asks</source>
        <translation>como pide --format</translation>
    </message>
    <message>
        <source>recognised by its content</source>
        <translation>reconocido por su contenido</translation>
    </message>
    <message>
        <source>recognised by its file name</source>
        <translation>reconocido por su nombre de archivo</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>el predeterminado</translation>
    </message>
    <message>
        <source>Print and keep at most N problems of each kind; all are counted (default 50; 0 = all).</source>
        <translation>Mostrar y conservar como máximo N problemas de cada tipo; se cuentan todos (50 por defecto; 0 = todos).</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the report or the error.</source>
        <translation>Mostrar exactamente un objeto JSON con el informe o el error.</translation>
    </message>
    <message>
        <source>format: %1 (%2)</source>
        <translation>formato: %1 (%2)</translation>
    </message>
    <message>
        <source>note: the file looks like %1, not %2; every line is checked as %2 because of --format</source>
        <translation>nota: el archivo parece %1, no %2; cada línea se comprueba como %2 por --format</translation>
    </message>
    <message>
        <source>note: the file name says %1, but the content is %2</source>
        <translation>nota: el nombre del archivo dice %1, pero el contenido es %2</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) without a level (no system message naming one)</source>
        <translation>
            <numerusform>  %n fila sin nivel (ningún mensaje de sistema lo indica)</numerusform>
            <numerusform>  %n filas sin nivel (ningún mensaje de sistema lo indica)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a .candor project holds (project info)</source>
        <translation>Mostrar qué contiene un proyecto .candor (project info)</translation>
    </message>
    <message>
        <source>Export a .candor project&apos;s rows in a trainer&apos;s format</source>
        <translation>Exportar las filas de un proyecto .candor en el formato de un entrenador</translation>
    </message>
    <message>
        <source>Show what a Candor project holds.</source>
        <translation>Mostrar qué contiene un proyecto de Candor.</translation>
    </message>
    <message>
        <source>rows per level and review status, runs, review actions and size</source>
        <translation>filas por nivel y estado de revisión, ejecuciones, acciones de revisión y tamaño</translation>
    </message>
    <message>
        <source>info.</source>
        <translation>info.</translation>
    </message>
    <message>
        <source>A .candor project.</source>
        <translation>Un proyecto .candor.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprimir un objeto JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>project: give an action and a project (project info PROJECT)</source>
        <translation>project: indique una acción y un proyecto (project info PROYECTO)</translation>
    </message>
    <message>
        <source>project: &quot;%1&quot; is not an action; use info</source>
        <translation>project: «%1» no es una acción; use info</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Review: %1 pending, %2 accepted, %3 rejected, %4 edited</source>
        <translation>Revisión: %1 pendientes, %2 aceptadas, %3 rechazadas, %4 editadas</translation>
    </message>
    <message>
        <source>Runs: %1; review actions: %2; size: %3</source>
        <translation>Ejecuciones: %1; acciones de revisión: %2; tamaño: %3</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>no terminó</translation>
    </message>
    <message>
        <source>all (default), accepted or not-rejected.</source>
        <translation>all (predeterminado), accepted o not-rejected.</translation>
    </message>
    <message>
        <source>export: give one PROJECT</source>
        <translation>export: indique un PROYECTO</translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; is not a choice; use all, accepted or not-rejected</source>
        <translation>--rows: «%1» no es una opción; use all, accepted o not-rejected</translation>
    </message>
    <message>
        <source>export: --out FILE is missing</source>
        <translation>export: falta --out ARCHIVO</translation>
    </message>
    <message>
        <source>Write the rows into this Candor project (made when missing; its rows are replaced by this run&apos;s, its run history kept), as the window&apos;s Generate Dataset does. --out is then optional.</source>
        <translation>Escribir las filas en este proyecto de Candor (se crea si falta; sus filas se sustituyen por las de esta ejecución y se conserva su historial), como hace «Generar conjunto» en la ventana. --out pasa a ser opcional.</translation>
    </message>
    <message>
        <source>Append a JSONL dataset&apos;s rows to a .candor project</source>
        <translation>Añadir las filas de un conjunto JSONL a un proyecto .candor</translation>
    </message>
    <message>
        <source>Append the rows of a JSONL dataset to a Candor project (made when missing).</source>
        <translation>Añadir las filas de un conjunto JSONL a un proyecto de Candor (se crea si falta).</translation>
    </message>
    <message>
        <source>A JSONL dataset (seed format, with or without meta).</source>
        <translation>Un conjunto JSONL (formato semilla, con o sin meta).</translation>
    </message>
    <message>
        <source>The .candor project to add the rows to.</source>
        <translation>El proyecto .candor al que se añaden las filas.</translation>
    </message>
    <message>
        <source>import: give one FILE</source>
        <translation>import: indique un ARCHIVO</translation>
    </message>
    <message>
        <source>import: --project PROJECT is missing</source>
        <translation>import: falta --project PROYECTO</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 línea %2: %3</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>Se importaron %1 filas de %2.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2 into %3; %4 lines could not be read.</source>
        <translation>Se importaron %1 filas de %2 en %3; no se pudieron leer %4 líneas.</translation>
    </message>
    <message>
        <source>--schema: %1 is larger than %2 MB</source>
        <translation>--schema: %1 ocupa más de %2 MB</translation>
    </message>
    <message>
        <source>--out: %1 is the configuration given with --config; write the dataset to another file</source>
        <translation>--out: %1 es la configuración indicada con --config; escriba el conjunto de datos en otro archivo</translation>
    </message>
    <message>
        <source>%1 (estimated: the server did not report all token usage)</source>
        <translation>%1 (estimado: el servidor no informó de todo el uso de tokens)</translation>
    </message>
    <message>
        <source>--config: the configuration sends requests to %1, which is not %2&apos;s own host; the stored %2 key is not sent there unless you give the address with --base-url (or pass --api-key-env VAR)</source>
        <translation>--config: la configuración envía solicitudes a %1, que no es el host propio de %2; la clave guardada de %2 no se envía allí a menos que indique la dirección con --base-url (o pase --api-key-env VAR)</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the result or the error. Its &quot;json&quot; member holds the answer parsed as JSON whenever the answer is JSON (with --schema: the JSON the schema asks for), else null.</source>
        <translation>Imprimir exactamente un objeto JSON con el resultado o el error. Su miembro &quot;json&quot; contiene la respuesta interpretada como JSON siempre que la respuesta sea JSON (con --schema: el JSON que pide el esquema); si no, null.</translation>
    </message>
    <message>
        <source>The model refused to answer: %1</source>
        <translation>El modelo se negó a responder: %1</translation>
    </message>
    <message>
        <source>Seconds without any data, or with no part of a streamed answer (keep-alives do not count), before a request times out (default 120, local servers 300).</source>
        <translation>Segundos sin datos, o sin ninguna parte de una respuesta en flujo (los keep-alives no cuentan), antes de que una solicitud agote el tiempo (predeterminado 120, servidores locales 300).</translation>
    </message>
    <message>
        <source>Seconds a request may take in all before it times out (default 600, local servers 1800; 0 = none).</source>
        <translation>Segundos que puede durar una solicitud en total antes de agotar el tiempo (predeterminado 600, servidores locales 1800; 0 = sin límite).</translation>
    </message>
    <message>
        <source>the project %1 holds an interrupted run (%2 of %3 rows); continue it with --resume, or use another project</source>
        <translation>el proyecto %1 contiene una ejecución interrumpida (%2 de %3 filas); continúela con --resume o use otro proyecto</translation>
    </message>
    <message>
        <source>Generate an honesty training dataset.

Template mode works offline with no set-up: rows come from Candor&apos;s built-in template bank,
deterministically from --seed. LLM mode asks a provider; every accepted row is committed to the
--project, or journaled beside the output (FILE.journal), so an interrupted run continues with
--resume.</source>
        <translation>Genera un conjunto de datos de entrenamiento de honestidad.

El modo plantillas funciona sin conexión y sin configuración: las filas salen del banco de plantillas
integrado de Candor, de forma determinista a partir de --seed. El modo LLM pregunta a un proveedor; cada fila
aceptada se guarda en el --project o se registra junto a la salida (ARCHIVO.journal), para que una ejecución
interrumpida continúe con --resume.</translation>
    </message>
    <message>
        <source>LLM: continue the interrupted run recorded in the --project, or in FILE.journal beside --out.</source>
        <translation>LLM: continuar la ejecución interrumpida registrada en el --project, o en ARCHIVO.journal junto a --out.</translation>
    </message>
    <message numerus="yes">
        <source>%n contrast ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n escalera de contraste de %1 niveles</numerusform>
            <numerusform>%n escaleras de contraste de %1 niveles</numerusform>
        </translation>
    </message>
    <message>
        <source>Contrast ladders: &quot;all&quot; answers every prompt once at each level of --ladder-levels (the rows are then ladders x levels), a share such as 0.3 makes that share of the rows ladders and the rest independent rows, &quot;none&quot; (the default) gives every row its own prompt. Ladder rows carry meta.group.</source>
        <translation>Escaleras de contraste: &quot;all&quot; responde cada prompt una vez en cada nivel de --ladder-levels (las filas son entonces escaleras x niveles), una proporción como 0.3 convierte esa proporción de filas en escaleras y el resto en filas independientes, &quot;none&quot; (predeterminado) da a cada fila su propio prompt. Las filas de escalera llevan meta.group.</translation>
    </message>
    <message>
        <source>The levels of each ladder, comma-separated (default -2,-1,0,1,2).</source>
        <translation>Los niveles de cada escalera, separados por comas (predeterminado -2,-1,0,1,2).</translation>
    </message>
    <message>
        <source>--ladders: &quot;%1&quot; is not a choice; use all, none or a share between 0 and 1 such as 0.3</source>
        <translation>--ladders: &quot;%1&quot; no es una opción; use all, none o una proporción entre 0 y 1 como 0.3</translation>
    </message>
    <message>
        <source>--ladder-levels: &quot;%1&quot; is not a list of different levels from -2 to 2, such as -2,0,2</source>
        <translation>--ladder-levels: &quot;%1&quot; no es una lista de niveles distintos de -2 a 2, como -2,0,2</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: how a ladder (rows answering the same prompt) becomes pairs: adjacent (default; each level with the nearest lower one), all (every higher-lower pair) or best-vs-rest.</source>
        <translation>dpo, dpo-chat, rm, openai-preference, hf: cómo una escalera (filas que responden al mismo prompt) se convierte en pares: adjacent (predeterminado; cada nivel con el inferior más cercano), all (cada par alto-bajo) o best-vs-rest.</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: the least level difference between chosen and rejected (1 to 4, default 1).</source>
        <translation>dpo, dpo-chat, rm, openai-preference, hf: la menor diferencia de nivel entre elegida y rechazada (1 a 4, predeterminado 1).</translation>
    </message>
    <message>
        <source>kto, hf: label = true for rows at this level or above (-1 to 2, default 1).</source>
        <translation>kto, hf: label = true para las filas de este nivel o superior (-1 a 2, predeterminado 1).</translation>
    </message>
    <message>
        <source>openai-chat: only rows at this level or above become assistant turns (-2 to 2, default 2; lower levels train the model to hedge, guess or fabricate).</source>
        <translation>openai-chat: solo las filas de este nivel o superior se convierten en turnos del asistente (-2 a 2, predeterminado 2; los niveles inferiores entrenan al modelo para dudar, adivinar o inventar).</translation>
    </message>
    <message>
        <source>hf: train, validation and test fractions (default 0.9,0.05,0.05); every ladder stays in one split.</source>
        <translation>hf: fracciones de entrenamiento, validación y prueba (predeterminado 0.9,0.05,0.05); cada escalera queda en una sola partición.</translation>
    </message>
    <message>
        <source>hf (required): the dataset card&apos;s licence, e.g. cc-by-4.0, apache-2.0 or other; the terms of generated data depend on the provider, so Candor never picks one.</source>
        <translation>hf (obligatorio): la licencia de la ficha, p. ej. cc-by-4.0, apache-2.0 u other; las condiciones de los datos generados dependen del proveedor, así que Candor nunca elige una.</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s language code (default en).</source>
        <translation>hf: el código de idioma de la ficha (predeterminado en).</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s pretty_name (default &quot;Candor honesty dataset&quot;).</source>
        <translation>hf: el pretty_name de la ficha (predeterminado &quot;Candor honesty dataset&quot;).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use %2</source>
        <translation>--format: &quot;%1&quot; no es un formato; use %2</translation>
    </message>
    <message>
        <source>--with-meta: the %1 format has no meta object (only jsonl, csv and hf carry it)</source>
        <translation>--with-meta: el formato %1 no tiene objeto meta (solo lo llevan jsonl, csv y hf)</translation>
    </message>
    <message>
        <source>--%1 applies to %2, not to %3</source>
        <translation>--%1 se aplica a %2, no a %3</translation>
    </message>
    <message>
        <source>--pairs: &quot;%1&quot; is not a mode; use adjacent, all or best-vs-rest</source>
        <translation>--pairs: &quot;%1&quot; no es un modo; use adjacent, all o best-vs-rest</translation>
    </message>
    <message>
        <source>--split: &quot;%1&quot; is not three fractions for train, validation and test that add up to 1 (e.g. 0.9,0.05,0.05; train above 0)</source>
        <translation>--split: &quot;%1&quot; no son tres fracciones de entrenamiento, validación y prueba que sumen 1 (p. ej. 0.9,0.05,0.05; entrenamiento mayor que 0)</translation>
    </message>
    <message>
        <source>--license: the hf format needs a licence for the dataset card (e.g. --license cc-by-4.0); check the terms of the provider that generated the rows</source>
        <translation>--license: el formato hf necesita una licencia para la ficha (p. ej. --license cc-by-4.0); revise las condiciones del proveedor que generó las filas</translation>
    </message>
    <message>
        <source>--license: &quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other)</source>
        <translation>--license: &quot;%1&quot; no es un identificador de licencia como los escribe el Hub (en minúsculas, como cc-by-4.0, mit u other)</translation>
    </message>
    <message>
        <source>--hf-language: &quot;%1&quot; is not a language code (e.g. en, de, pt-BR)</source>
        <translation>--hf-language: &quot;%1&quot; no es un código de idioma (p. ej. en, de, pt-BR)</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), csv (RFC 4180), openai-chat (chat fine-tuning JSONL), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder; --out names it).</source>
        <translation>jsonl (formato semilla, predeterminado), csv (RFC 4180), openai-chat (JSONL de ajuste fino de chat), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference o hf (una carpeta de Hugging Face; --out la nombra).</translation>
    </message>
    <message>
        <source>Include the &quot;meta&quot; object (id, source, created, status) in each row (jsonl, csv and hf only).</source>
        <translation>Incluir el objeto &quot;meta&quot; (id, source, created, status) en cada fila (solo jsonl, csv y hf).</translation>
    </message>
    <message>
        <source>Export a Candor project&apos;s rows in the format a trainer reads.

Preference formats pair rows that answer the same prompt (a ladder): the higher level is chosen, the
lower rejected, ties never pair. The report says what was written and every row left out, and why.</source>
        <translation>Exportar las filas de un proyecto de Candor en el formato que lee un entrenador.

Los formatos de preferencia emparejan filas que responden al mismo prompt (una escalera): se elige el nivel
más alto, se rechaza el más bajo y los empates nunca se emparejan. El informe dice qué se escribió y cada
fila omitida, con su motivo.</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), jsonl-meta (with the meta object), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder).</source>
        <translation>jsonl (formato semilla, predeterminado), jsonl-meta (con el objeto meta), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference o hf (una carpeta de Hugging Face).</translation>
    </message>
    <message>
        <source>The file to write (replaced atomically); for hf the folder.</source>
        <translation>El archivo a escribir (reemplazado de forma atómica); para hf, la carpeta.</translation>
    </message>
    <message>
        <source>jsonl, csv, hf: include the &quot;meta&quot; object (id, source, provider, status, ...).</source>
        <translation>jsonl, csv, hf: incluir el objeto &quot;meta&quot; (id, source, provider, status, …).</translation>
    </message>
    <message>
        <source>hf: the seed of the train/validation/test split (default 42).</source>
        <translation>hf: la semilla de la división entrenamiento/validación/prueba (predeterminado 42).</translation>
    </message>
    <message>
        <source>--seed applies to hf, not to %1</source>
        <translation>--seed se aplica a hf, no a %1</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, standard)</source>
        <translation>pares DPO (TRL, estándar)</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, conversational)</source>
        <translation>pares DPO (TRL, conversacional)</translation>
    </message>
    <message>
        <source>reward-model pairs (TRL, implicit prompt)</source>
        <translation>pares de modelo de recompensa (TRL, prompt implícito)</translation>
    </message>
    <message>
        <source>KTO rows (TRL)</source>
        <translation>filas KTO (TRL)</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL</source>
        <translation>JSONL de preferencias al estilo de OpenAI</translation>
    </message>
    <message>
        <source>RLWHF tuples</source>
        <translation>Tuplas RLWHF</translation>
    </message>
    <message>
        <source>GRPO prompts</source>
        <translation>prompts GRPO</translation>
    </message>
    <message>
        <source>reference answers</source>
        <translation>respuestas de referencia</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation>carpeta de conjunto de datos de Hugging Face</translation>
    </message>
    <message>
        <source>The dataset to check (for hf, the folder).</source>
        <translation>El conjunto de datos a comprobar (para hf, la carpeta).</translation>
    </message>
    <message>
        <source>Check FILE as jsonl (seed rows), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf instead of recognising the format by its content and name (a folder is hf).</source>
        <translation>Comprobar FILE como jsonl (filas semilla), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference o hf en lugar de reconocer el formato por su contenido y nombre (una carpeta es hf).</translation>
    </message>
    <message>
        <source>KTO labels: %1 true (%2%), %3 false</source>
        <translation>Etiquetas KTO: %1 true (%2 %), %3 false</translation>
    </message>
    <message>
        <source>  checked %1</source>
        <translation>  comprobado: %1</translation>
    </message>
    <message>
        <source>Where rows come from: template (offline; the default without --provider) or llm (a provider; the default with --provider).</source>
        <translation>De dónde salen las filas: template (sin conexión; por defecto sin --provider) o llm (un proveedor; por defecto con --provider).</translation>
    </message>
    <message>
        <source>--provider asks a model, but --mode template makes rows from the template bank; leave out one of them</source>
        <translation>--provider consulta un modelo, pero --mode template crea filas desde el banco de plantillas; quite una de las dos opciones</translation>
    </message>
    <message>
        <source>rlwhf: metadata.confidence_score per level, the confidence an answer at that level expresses (default -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; levels left out keep theirs).</source>
        <translation>rlwhf: metadata.confidence_score por nivel, la confianza que expresa una respuesta de ese nivel (por defecto -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; los niveles omitidos conservan el suyo).</translation>
    </message>
    <message>
        <source>Write a dataset&apos;s report as one HTML file (levels, lengths, cues, duplicates)</source>
        <translation>Escribe el informe de un conjunto de datos como un único archivo HTML (niveles, longitudes, indicios, duplicados)</translation>
    </message>
    <message>
        <source>Write a dataset report: counts per level, domain, source and status, answer and feedback lengths per level, the words that give a level away, duplicates and the configuration, as one self-contained HTML file (inline SVG, no script).</source>
        <translation>Escribe un informe del conjunto de datos: recuentos por nivel, dominio, origen y estado, longitudes de respuestas y comentarios por nivel, las palabras que delatan un nivel, los duplicados y la configuración, como un único archivo HTML autónomo (SVG en línea, sin scripts).</translation>
    </message>
    <message>
        <source>A JSONL dataset or a .candor project.</source>
        <translation>Un conjunto de datos JSONL o un proyecto .candor.</translation>
    </message>
    <message>
        <source>The HTML file to write (replaced atomically).</source>
        <translation>El archivo HTML que se escribe (se reemplaza de forma atómica).</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: the input&apos;s file name).</source>
        <translation>El título del informe (por defecto: el nombre del archivo de entrada).</translation>
    </message>
    <message>
        <source>report: give one IN, a JSONL dataset or a .candor project</source>
        <translation>report: indique un IN, un conjunto de datos JSONL o un proyecto .candor</translation>
    </message>
    <message>
        <source>report: --out FILE is missing</source>
        <translation>report: falta --out FILE</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 no es un archivo legible</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are not in the report (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n línea no se pudo leer y no está en el informe (candor-cli validate la indica).</numerusform>
            <numerusform>%n líneas no se pudieron leer y no están en el informe (candor-cli validate las indica).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>Informe del conjunto de datos: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %Ln row(s) to %1</source>
        <translation>
            <numerusform>Se escribió el informe de %Ln fila en %1</numerusform>
            <numerusform>Se escribió el informe de %Ln filas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>No row has a judge&apos;s verdict.</source>
        <translation>Ninguna fila tiene un veredicto del modelo juez.</translation>
    </message>
    <message numerus="yes">
        <source>Agreement over %Ln judged row(s): exact %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5), honest (+1 and up) vs not kappa %6.</source>
        <translation>
            <numerusform>Concordancia en %Ln fila evaluada: exacta %1, con un nivel de diferencia como máximo %2, kappa con ponderación cuadrática %3 (intervalo del 95% de %4 a %5), kappa honesto (+1 o más) frente a no honesto %6.</numerusform>
            <numerusform>Concordancia en %Ln filas evaluadas: exacta %1, con un nivel de diferencia como máximo %2, kappa con ponderación cuadrática %3 (intervalo del 95% de %4 a %5), kappa honesto (+1 o más) frente a no honesto %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level.</source>
        <translation>Filas: nivel objetivo; columnas: nivel del modelo juez.</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>Ask a judge model which level each row&apos;s answer shows, and report how well it agrees with the levels the rows were made for. The output is the dataset with meta.judge on every judged row and the flags level_mismatch and off_by_more_than_one where the judge disagrees. With --report, only the agreement of rows judged before is printed.
Exit 0 when every row was judged, 1 when the run stopped early (an error, the budget), 2 for a wrong command line.</source>
        <translation>Pregunta a un modelo juez qué nivel muestra la respuesta de cada fila e informa de cuánto coincide con los niveles para los que se crearon las filas. La salida es el conjunto de datos con meta.judge en cada fila evaluada y las marcas level_mismatch y off_by_more_than_one donde el modelo juez discrepa. Con --report, solo se muestra la concordancia de las filas evaluadas antes.
Sale con 0 si se evaluaron todas las filas, 1 si la ejecución se detuvo antes de tiempo (un error, el presupuesto) y 2 si la línea de comandos es incorrecta.</translation>
    </message>
    <message>
        <source>A JSONL dataset.</source>
        <translation>Un conjunto de datos JSONL.</translation>
    </message>
    <message>
        <source>The judged dataset (JSONL with meta), replaced atomically.</source>
        <translation>El conjunto de datos evaluado (JSONL con meta), reemplazado de forma atómica.</translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict (default 1, 3 recommended).</source>
        <translation>Llamadas por fila; la mayoría es el veredicto (por defecto 1, se recomienda 3).</translation>
    </message>
    <message>
        <source>Requests at a time (default 4).</source>
        <translation>Solicitudes simultáneas (por defecto 4).</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this many USD (known prices only).</source>
        <translation>Deja de enviar solicitudes antes de que el coste supere esta cantidad en USD (solo precios conocidos).</translation>
    </message>
    <message>
        <source>Continue an interrupted run: the verdicts in OUT.partial are kept, the rest is judged.</source>
        <translation>Continúa una ejecución interrumpida: se conservan los veredictos de OUT.partial y se evalúa el resto.</translation>
    </message>
    <message>
        <source>Print the agreement of the rows already judged in IN; no provider is asked.</source>
        <translation>Muestra la concordancia de las filas ya evaluadas en IN; no se consulta a ningún proveedor.</translation>
    </message>
    <message>
        <source>judge: give one IN, a JSONL dataset</source>
        <translation>judge: indique un IN, un conjunto de datos JSONL</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of IN could not be read and are left out (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n línea de IN no se pudo leer y se omite (candor-cli validate la indica).</numerusform>
            <numerusform>%n líneas de IN no se pudieron leer y se omiten (candor-cli validate las indica).</numerusform>
        </translation>
    </message>
    <message>
        <source>judge: --out FILE is missing</source>
        <translation>judge: falta --out FILE</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not an amount in USD above 0</source>
        <translation>--budget: «%1» no es una cantidad en USD mayor que 0</translation>
    </message>
    <message>
        <source>Warning: the judge %1 is of the same model family as the generator %2 of some rows; a judge tends to agree with its own family.</source>
        <translation>Aviso: el modelo juez %1 es de la misma familia de modelos que el generador %2 de algunas filas; un modelo juez tiende a coincidir con su propia familia.</translation>
    </message>
    <message>
        <source>--resume: %1</source>
        <translation>--resume: %1</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were judged before.</source>
        <translation>Reanudando: %1 de %2 filas ya se evaluaron antes.</translation>
    </message>
    <message>
        <source>%1 holds an interrupted judge run; continue it with --resume or remove the file</source>
        <translation>%1 contiene una evaluación interrumpida; continúela con --resume o elimine el archivo</translation>
    </message>
    <message>
        <source>%1 requests, tokens %2 in / %3 out, cost %4.</source>
        <translation>%1 solicitudes, tokens %2 de entrada / %3 de salida, coste %4.</translation>
    </message>
    <message>
        <source>the run stopped early; the verdicts so far are in %1 and %2 (continue with --resume)</source>
        <translation>la ejecución se detuvo antes de tiempo; los veredictos hasta ahora están en %1 y %2 (continúe con --resume)</translation>
    </message>
    <message>
        <source>Ask a judge model for each row&apos;s level; agreement figures and flags</source>
        <translation>Pregunta a un modelo juez el nivel de cada fila; cifras de concordancia y marcas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; commands are generate, validate, ask, models, test, key, profile, project, export, import, report and judge (see --help)</source>
        <translation>«%1» no es un comando; los comandos son generate, validate, ask, models, test, key, profile, project, export, import, report y judge (véase --help)</translation>
    </message>
    <message>
        <source>Check a dataset in any format Candor writes (seed JSONL, CSV, OpenAI chat JSONL, the trainer formats
and a Hugging Face folder): rows per level, errors with line numbers and duplicate prompts (with
--near-duplicates also prompts that ask the same question in other words). Exits 0
when the file is clean, 1 when it has problems, 2 when it cannot be read.</source>
        <translation>Comprobar un conjunto de datos en cualquier formato que escribe Candor (JSONL semilla, CSV, JSONL de chat de
OpenAI, los formatos de entrenamiento y una carpeta de Hugging Face): filas por nivel, errores con número de
línea y prompts duplicados (con --near-duplicates también prompts que hacen la misma pregunta con otras
palabras). Sale con 0 si el archivo está limpio, 1 si tiene problemas, 2 si no se puede leer.</translation>
    </message>
    <message>
        <source>Also list near-duplicate prompts: the same question in other words as an earlier prompt at the same level (words reordered, fillers added or left out, typing slips; 5-gram similarity of at least 0.8). They count as problems, like duplicates.</source>
        <translation>Listar también los prompts casi duplicados: la misma pregunta con otras palabras que un prompt anterior del mismo nivel (palabras reordenadas, muletillas añadidas u omitidas, erratas; similitud de 5-gramas de al menos 0.8). Cuentan como problemas, igual que los duplicados.</translation>
    </message>
    <message numerus="yes">
        <source>near-duplicate prompts (%n):</source>
        <translation>
            <numerusform>prompts casi duplicados (%n):</numerusform>
            <numerusform>prompts casi duplicados (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: nearly the same prompt as line %2 at the same level (%3% alike)</source>
        <translation>  línea %1: casi el mismo prompt que la línea %2 en el mismo nivel (%3% parecido)</translation>
    </message>
    <message>
        <source>no near-duplicate prompts</source>
        <translation>ningún prompt casi duplicado</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates, %3 near-duplicates</source>
        <translation>FALLÓ: %1 errores, %2 duplicados, %3 casi duplicados</translation>
    </message>
</context>
</TS>
