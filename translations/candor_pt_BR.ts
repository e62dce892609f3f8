<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export dataset</source>
        <translation>Exportar conjunto de dados</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Seed JSONL</source>
        <translation>JSONL semente</translation>
    </message>
    <message>
        <source>JSONL with meta</source>
        <translation>JSONL com metadados</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Linhas:</translation>
    </message>
    <message>
        <source>Which rows of the review to export.</source>
        <translation>Quais linhas da revisão exportar.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Accepted rows only</source>
        <translation>Somente linhas aceitas</translation>
    </message>
    <message>
        <source>All but rejected rows</source>
        <translation>Todas, exceto as rejeitadas</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <source>The file to write; it is replaced atomically.</source>
        <translation>O arquivo a gravar; ele é substituído de forma atômica.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Escolher o arquivo.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Resumo da exportação</translation>
    </message>
    <message>
        <source>The file format: seed rows, supervised chat turns, preference pairs for a trainer, or a Hugging Face dataset folder.</source>
        <translation>O formato do arquivo: linhas semente, turnos de chat supervisionados, pares de preferência para um treinador ou uma pasta de conjunto de dados do Hugging Face.</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning JSONL (SFT)</source>
        <translation>JSONL de ajuste fino de chat da OpenAI (SFT)</translation>
    </message>
    <message>
        <source>DPO pairs (TRL DPOTrainer)</source>
        <translation>Pares DPO (TRL DPOTrainer)</translation>
    </message>
    <message>
        <source>DPO pairs, conversational (TRL DPOTrainer)</source>
        <translation>Pares DPO conversacionais (TRL DPOTrainer)</translation>
    </message>
    <message>
        <source>Reward-model pairs with margin (TRL RewardTrainer)</source>
        <translation>Pares para modelo de recompensa com margem (TRL RewardTrainer)</translation>
    </message>
    <message>
        <source>KTO rows (TRL KTOTrainer)</source>
        <translation>Linhas KTO (TRL KTOTrainer)</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL (OpenAI, Together, Fireworks)</source>
        <translation>JSONL de preferências no estilo da OpenAI (OpenAI, Together, Fireworks)</translation>
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
        <translation>Respostas de referência (linhas +2)</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder with card</source>
        <translation>Pasta de conjunto de dados do Hugging Face com cartão</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>&amp;Pares:</translation>
    </message>
    <message>
        <source>How rows that answer the same prompt become pairs; the higher level is chosen, ties never pair.</source>
        <translation>Como as linhas que respondem ao mesmo prompt viram pares; o nível mais alto é o escolhido e empates nunca formam par.</translation>
    </message>
    <message>
        <source>Adjacent levels (+2&gt;+1, +1&gt;0, …)</source>
        <translation>Níveis adjacentes (+2&gt;+1, +1&gt;0, …)</translation>
    </message>
    <message>
        <source>Every higher-lower pair (10 per full ladder)</source>
        <translation>Cada par de nível alto e baixo (10 por escada completa)</translation>
    </message>
    <message>
        <source>Best against each lower level</source>
        <translation>O melhor contra cada nível inferior</translation>
    </message>
    <message>
        <source>Minimum &amp;margin:</source>
        <translation>&amp;Margem mínima:</translation>
    </message>
    <message>
        <source>The least level difference between the chosen and the rejected answer.</source>
        <translation>A menor diferença de nível entre a resposta escolhida e a rejeitada.</translation>
    </message>
    <message>
        <source>&amp;Desirable from level:</source>
        <translation>&amp;Desejável a partir do nível:</translation>
    </message>
    <message>
        <source>KTO label: rows at this level or above are desirable (true), the rest undesirable.</source>
        <translation>Rótulo KTO: linhas deste nível ou acima são desejáveis (true); as demais, indesejáveis.</translation>
    </message>
    <message>
        <source>Assistant &amp;turns from level:</source>
        <translation>&amp;Turnos do assistente a partir do nível:</translation>
    </message>
    <message>
        <source>Only rows at this level or above become assistant turns; +2 teaches fully correct answers only.</source>
        <translation>Somente linhas deste nível ou acima viram turnos do assistente; +2 ensina apenas respostas totalmente corretas.</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licença:</translation>
    </message>
    <message>
        <source>Required: the dataset card&apos;s licence identifier, e.g. cc-by-4.0, apache-2.0 or other. Check the terms of the provider that generated the rows.</source>
        <translation>Obrigatório: o identificador de licença do cartão do conjunto de dados, p. ex. cc-by-4.0, apache-2.0 ou other. Verifique os termos do provedor que gerou as linhas.</translation>
    </message>
    <message>
        <source>e.g. cc-by-4.0 (required)</source>
        <translation>p. ex. cc-by-4.0 (obrigatório)</translation>
    </message>
    <message>
        <source>Spl&amp;it:</source>
        <translation>&amp;Divisão:</translation>
    </message>
    <message>
        <source>Train, validation and test fractions; every ladder stays inside one split.</source>
        <translation>Frações de treino, validação e teste; cada escada fica dentro de uma única partição.</translation>
    </message>
    <message>
        <source>S&amp;huffle seed:</source>
        <translation>Semente de e&amp;mbaralhamento:</translation>
    </message>
    <message>
        <source>The same seed and rows give the same split.</source>
        <translation>A mesma semente e as mesmas linhas dão a mesma divisão.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Relatório de exportação</translation>
    </message>
    <message>
        <source>What the export wrote: rows or pairs per level and kind, and every row left out, with the reason.</source>
        <translation>O que a exportação escreveu: linhas ou pares por nível e tipo, e cada linha deixada de fora com o motivo.</translation>
    </message>
    <message>
        <source>Expressed &amp;confidence:</source>
        <translation>&amp;Confiança expressa:</translation>
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
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dispensar</translation>
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
        <translation>Os modelos funcionam offline sem configuração; LLM consulta um provedor.</translation>
    </message>
    <message>
        <source>Generation mode</source>
        <translation>Modo de geração</translation>
    </message>
    <message>
        <source>Templates (offline)</source>
        <translation>Modelos (offline)</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Linhas:</translation>
    </message>
    <message>
        <source>How many rows the dataset has in total.</source>
        <translation>Quantas linhas o conjunto de dados tem no total.</translation>
    </message>
    <message>
        <source>Rows per level of the honesty rubric, as counts or shares.</source>
        <translation>Linhas por nível da rubrica de honestidade, como quantidades ou proporções.</translation>
    </message>
    <message>
        <source>Reward distribution</source>
        <translation>Distribuição das recompensas</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>A domain such as history or medicine, or any free-text topic; several topics are separated by semicolons; empty uses every domain.</source>
        <translation>Um domínio como história ou medicina, ou qualquer tema livre; vários temas são separados por ponto e vírgula; vazio usa todos os domínios.</translation>
    </message>
    <message>
        <source>all domains</source>
        <translation>todos os domínios</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semente:</translation>
    </message>
    <message>
        <source>The same seed and settings give the same dataset.</source>
        <translation>A mesma semente e as mesmas configurações geram o mesmo conjunto de dados.</translation>
    </message>
    <message>
        <source>Add a [SEARCH:query] hint to every row.</source>
        <translation>Adicionar uma dica [SEARCH:consulta] a cada linha.</translation>
    </message>
    <message>
        <source>Search &amp;hints</source>
        <translation>Dicas de &amp;busca</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>Escrever respostas mais longas e detalhadas.</translation>
    </message>
    <message>
        <source>&amp;Long-form answers</source>
        <translation>Respostas &amp;longas</translation>
    </message>
    <message>
        <source>Advanced (LLM)</source>
        <translation>Avançado (LLM)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamanho do &amp;lote:</translation>
    </message>
    <message>
        <source>Rows asked for in one request.</source>
        <translation>Linhas pedidas em cada solicitação.</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Concorrência:</translation>
    </message>
    <message>
        <source>Requests sent at once; Candor lowers it by itself when the provider rate-limits.</source>
        <translation>Solicitações enviadas de uma vez; o Candor reduz esse número sozinho quando o provedor limita a taxa.</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Higher values give more varied rows.</source>
        <translation>Valores mais altos geram linhas mais variadas.</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Máximo de &amp;tokens:</translation>
    </message>
    <message>
        <source>The most tokens one answer may use.</source>
        <translation>O máximo de tokens que uma resposta pode usar.</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>Orça&amp;mento:</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this amount; 0 means no cap.</source>
        <translation>Parar de enviar solicitações antes que o custo ultrapasse este valor; 0 significa sem limite.</translation>
    </message>
    <message>
        <source>Stre&amp;am answers</source>
        <translation>Respostas em &amp;streaming</translation>
    </message>
    <message>
        <source>Take rows as they stream in, so they appear at once.</source>
        <translation>Receber as linhas à medida que chegam, para que apareçam na hora.</translation>
    </message>
    <message>
        <source>&amp;Fill shortfalls from templates</source>
        <translation>&amp;Completar o que faltar com modelos</translation>
    </message>
    <message>
        <source>When the model cannot deliver enough valid rows, fill the rest offline (marked fallback).</source>
        <translation>Quando o modelo não consegue entregar linhas válidas suficientes, completar o resto offline (marcadas como reserva).</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Estimativa de custo</translation>
    </message>
    <message>
        <source>Generate a small sample first, to spot-check prompts and model before spending on the whole dataset.</source>
        <translation>Gere primeiro uma pequena amostra para conferir os prompts e o modelo antes de gastar com o conjunto de dados inteiro.</translation>
    </message>
    <message>
        <source>Pre&amp;view Sample</source>
        <translation>&amp;Prévia da amostra</translation>
    </message>
    <message>
        <source>How many sample rows each level gets in a preview.</source>
        <translation>Quantas linhas de amostra cada nível recebe em uma prévia.</translation>
    </message>
    <message>
        <source>Sample rows per level</source>
        <translation>Linhas de amostra por nível</translation>
    </message>
    <message>
        <source> per level</source>
        <translation> por nível</translation>
    </message>
    <message>
        <source>Generate the whole dataset with the settings above.</source>
        <translation>Gerar o conjunto de dados inteiro com as configurações acima.</translation>
    </message>
    <message>
        <source>&amp;Generate Dataset</source>
        <translation>&amp;Gerar conjunto de dados</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Let requests in flight finish and start no new ones.</source>
        <translation>Deixar as solicitações em andamento terminarem e não iniciar novas.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the run at once; the rows so far are kept.</source>
        <translation>Parar a execução imediatamente; as linhas obtidas até agora são mantidas.</translation>
    </message>
    <message>
        <source>Save the rows as seed-format JSONL, JSONL with meta, CSV or OpenAI chat fine-tuning JSONL.</source>
        <translation>Salvar as linhas como JSONL semente, JSONL com metadados, CSV ou JSONL de ajuste fino de chat da OpenAI.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progresso da execução</translation>
    </message>
    <message>
        <source>Rows accepted so far out of the rows asked for.</source>
        <translation>Linhas aceitas até agora em relação às pedidas.</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status da execução</translation>
    </message>
    <message>
        <source>Show every message of the runs so far: retries, rate limits, errors by kind.</source>
        <translation>Mostrar todas as mensagens das execuções até agora: novas tentativas, limites de taxa, erros por tipo.</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>&amp;Log da execução…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Novo projeto</translation>
    </message>
    <message>
        <source>Start again from the default settings.</source>
        <translation>Recomeçar com as configurações padrão.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>Open a .candor project with its settings and prompt templates.</source>
        <translation>Abrir um projeto .candor com suas configurações e modelos de prompt.</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Salvar projeto</translation>
    </message>
    <message>
        <source>Save the settings and prompt templates (never API keys).</source>
        <translation>Salvar as configurações e os modelos de prompt (nunca as chaves de API).</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Salvar projeto &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Abrir &amp;conjunto de dados…</translation>
    </message>
    <message>
        <source>Load an existing JSONL dataset for review.</source>
        <translation>Carregar um conjunto de dados JSONL existente para revisão.</translation>
    </message>
    <message>
        <source>Edit &amp;Prompt Templates…</source>
        <translation>Editar modelos de &amp;prompt…</translation>
    </message>
    <message>
        <source>Edit the instructions sent to the model for each level.</source>
        <translation>Editar as instruções enviadas ao modelo para cada nível.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>&amp;Sobre o Candor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Do what the message above offers.</source>
        <translation>Fazer o que a mensagem acima oferece.</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Ocultar esta mensagem.</translation>
    </message>
    <message>
        <source>The language the generated rows are written in, in English words (e.g. German, Brazilian Portuguese).</source>
        <translation>O idioma em que as linhas geradas são escritas, em palavras em inglês (por ex., German, Brazilian Portuguese).</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts:</translation>
    </message>
    <message>
        <source>Independent rows give every row its own prompt; contrast ladders answer one prompt at every chosen level (what DPO and reward-model training compare); a mix makes a share of the rows ladders.</source>
        <translation>Linhas independentes dão a cada linha seu próprio prompt; escadas de contraste respondem um prompt em cada nível escolhido (o que o treinamento DPO e de modelos de recompensa compara); uma mistura torna uma parte das linhas escadas.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>Linhas independentes</translation>
    </message>
    <message>
        <source>Contrast ladders</source>
        <translation>Escadas de contraste</translation>
    </message>
    <message>
        <source>Mix of both</source>
        <translation>Mistura de ambos</translation>
    </message>
    <message>
        <source>The share of the rows that are ladders; the other rows are independent.</source>
        <translation>A proporção das linhas que são escadas; as demais linhas são independentes.</translation>
    </message>
    <message>
        <source>Share of rows in ladders</source>
        <translation>Proporção de linhas em escadas</translation>
    </message>
    <message>
        <source> % ladders</source>
        <translation> % escadas</translation>
    </message>
    <message>
        <source>Ladder le&amp;vels:</source>
        <translation>Ní&amp;veis da escada:</translation>
    </message>
    <message>
        <source>Ladder levels</source>
        <translation>Níveis da escada</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
    </message>
    <message>
        <source>Which service generates the rows.</source>
        <translation>Qual serviço gera as linhas.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>O endereço da API do provedor; altere-o para proxies ou servidores próprios.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL do endpoint</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>The model id; Refresh lists what the endpoint offers.</source>
        <translation>O ID do modelo; Atualizar lista o que o endpoint oferece.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Fetch the model list from the endpoint.</source>
        <translation>Buscar a lista de modelos no endpoint.</translation>
    </message>
    <message>
        <source>Refresh model list</source>
        <translation>Atualizar a lista de modelos</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>The provider&apos;s API key; stored only in the system keychain.</source>
        <translation>A chave de API do provedor; armazenada apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the typed key while the button is down.</source>
        <translation>Mostrar a chave digitada enquanto o botão estiver pressionado.</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar a chave de API</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Store the key in the system keychain.</source>
        <translation>Armazenar a chave no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Save API key to keychain</source>
        <translation>Salvar a chave de API no chaveiro</translation>
    </message>
    <message>
        <source>API key state</source>
        <translation>Estado da chave de API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Check that the endpoint answers and accepts the key.</source>
        <translation>Verificar se o endpoint responde e aceita a chave.</translation>
    </message>
    <message>
        <source>Connection verdict</source>
        <translation>Resultado da conexão</translation>
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
        <translation>%1 disse: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>uma página HTML</translation>
    </message>
    <message>
        <source>an HTML page &quot;%1&quot;</source>
        <translation>uma página HTML &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 could not be reached: a proxy or gateway answered HTTP %2 with %3 instead of the provider&apos;s reply. This is usually temporary; retrying usually helps.</source>
        <translation>Não foi possível acessar %1: um proxy ou gateway respondeu HTTP %2 com %3 em vez da resposta do provedor. Isso costuma ser temporário; tentar novamente costuma resolver.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway is rate-limiting requests (HTTP 429, %2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1: um proxy ou gateway está limitando as solicitações (HTTP 429, %2). Aguarde %DELAY% antes de tentar novamente ou reduza a concorrência.</translation>
    </message>
    <message>
        <source>%1: the request is too large for a proxy or gateway (HTTP 413, %2). Ask for fewer rows per request.</source>
        <translation>%1: a solicitação é grande demais para um proxy ou gateway (HTTP 413, %2). Peça menos linhas por solicitação.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway asks for credentials (HTTP %2, %3). Check the base URL and proxy settings.</source>
        <translation>%1: um proxy ou gateway pede credenciais (HTTP %2, %3). Verifique a URL base e as configurações de proxy.</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway timed out (HTTP 408, %2). Retrying usually helps.</source>
        <translation>%1: um proxy ou gateway esgotou o tempo (HTTP 408, %2). Tentar novamente costuma resolver.</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 with %3 instead of an API reply. Check the base URL, VPN and proxy settings.</source>
        <translation>%1: o servidor respondeu HTTP %2 com %3 em vez de uma resposta da API. Verifique a URL base e as configurações de VPN e proxy.</translation>
    </message>
    <message>
        <source>no model is loaded</source>
        <translation>nenhum modelo está carregado</translation>
    </message>
    <message>
        <source>loaded: %1</source>
        <translation>carregado: %1</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; running (%3). Start that model in %1 or choose a loaded one.</source>
        <translation>%1 não tem o modelo &quot;%2&quot; em execução (%3). Inicie esse modelo no %1 ou escolha um carregado.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (%2). Store a new key for this provider.</source>
        <translation>%1 rejeitou a chave de API (%2). Armazene uma nova chave para este provedor.</translation>
    </message>
    <message>
        <source>%1: the prompt plus the requested answer do not fit the model&apos;s context window (%2). Ask for fewer rows per request or lower max tokens.</source>
        <translation>%1: o prompt mais a resposta pedida não cabem na janela de contexto do modelo (%2). Peça menos linhas por solicitação ou reduza o máximo de tokens.</translation>
    </message>
    <message>
        <source>%1: rate limit reached (%2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1: limite de taxa atingido (%2). Aguarde %DELAY% antes de tentar novamente ou reduza a concorrência.</translation>
    </message>
    <message>
        <source>%1: your quota is used up (%2). Check your plan and billing; retrying will not help.</source>
        <translation>%1: sua cota acabou (%2). Verifique seu plano e o faturamento; tentar novamente não vai resolver.</translation>
    </message>
    <message>
        <source>%1 is overloaded (%2). Retry in a little while or lower the concurrency.</source>
        <translation>%1 está sobrecarregado (%2). Tente novamente daqui a pouco ou reduza a concorrência.</translation>
    </message>
    <message>
        <source>%1&apos;s model worker failed, probably out of GPU memory (%2). Retrying may help; otherwise lower max tokens or the concurrency.</source>
        <translation>O worker de modelo do %1 falhou, provavelmente por falta de memória de GPU (%2). Tentar novamente pode ajudar; caso contrário, reduza o máximo de tokens ou a concorrência.</translation>
    </message>
    <message>
        <source>%1 has no model worker answering (%2). Check that a model is running in %1; retrying may help.</source>
        <translation>Nenhum worker de modelo do %1 está respondendo (%2). Verifique se há um modelo em execução no %1; tentar novamente pode ajudar.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; try again later.</source>
        <translation>%1 teve um erro interno (%2). Isso costuma ser temporário; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens) for this provider.</source>
        <translation>%1 rejeitou a solicitação (%2). Verifique as configurações do modelo (temperatura, máximo de tokens) para este provedor.</translation>
    </message>
    <message>
        <source>%1 does not serve your country, region or territory (%2). Use another provider.</source>
        <translation>%1 não atende seu país, região ou território (%2). Use outro provedor.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP %2). Store a new key for this provider.</source>
        <translation>%1 rejeitou a chave de API (HTTP %2). Armazene uma nova chave para este provedor.</translation>
    </message>
    <message>
        <source>%1 refused this request with the stored key (%2). Check that the key&apos;s account or project may use this model.</source>
        <translation>%1 recusou esta solicitação com a chave armazenada (%2). Verifique se a conta ou o projeto da chave pode usar este modelo.</translation>
    </message>
    <message>
        <source>%1: this request alone is larger than your per-minute token limit (%2). Ask for fewer rows per request or lower max tokens; retrying will not help.</source>
        <translation>%1: esta solicitação sozinha é maior que seu limite de tokens por minuto (%2). Peça menos linhas por solicitação ou reduza o máximo de tokens; tentar novamente não vai resolver.</translation>
    </message>
    <message>
        <source>%1: the request is too large (%2). Ask for fewer rows per request.</source>
        <translation>%1: a solicitação é grande demais (%2). Peça menos linhas por solicitação.</translation>
    </message>
    <message>
        <source>%1: this Transformer Lab version has no OpenAI-compatible endpoint (HTTP 404). Use Transformer Lab v0.33.0 or older, or serve the model with another OpenAI-compatible server.</source>
        <translation>%1: esta versão do Transformer Lab não tem endpoint compatível com a OpenAI (HTTP 404). Use o Transformer Lab v0.33.0 ou anterior, ou sirva o modelo com outro servidor compatível com a OpenAI.</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; installed (HTTP 404). Pull it with &quot;ollama pull %2&quot; or pick an installed model.</source>
        <translation>%1 não tem o modelo &quot;%2&quot; instalado (HTTP 404). Baixe-o com &quot;ollama pull %2&quot; ou escolha um modelo instalado.</translation>
    </message>
    <message>
        <source>%1: the server has no such endpoint (HTTP 404). Check the base URL.</source>
        <translation>%1: o servidor não tem esse endpoint (HTTP 404). Verifique a URL base.</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; is not available (%3). Pick another model or refresh the model list.</source>
        <translation>%1: o modelo &quot;%2&quot; não está disponível (%3). Escolha outro modelo ou atualize a lista de modelos.</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; does not exist or you have no access to it (HTTP %3). Pick another model or refresh the model list.</source>
        <translation>%1: o modelo &quot;%2&quot; não existe ou você não tem acesso a ele (HTTP %3). Escolha outro modelo ou atualize a lista de modelos.</translation>
    </message>
    <message>
        <source>%1 timed out while working on the request (%2). Retry; for long answers use streaming or ask for fewer rows per request.</source>
        <translation>%1 esgotou o tempo ao processar a solicitação (%2). Tente novamente; para respostas longas, use streaming ou peça menos linhas por solicitação.</translation>
    </message>
    <message>
        <source>%1 reports that the request was cancelled (%2).</source>
        <translation>%1 informa que a solicitação foi cancelada (%2).</translation>
    </message>
    <message>
        <source>%1 could not be reached through its gateway (%2). This is usually temporary; retrying usually helps.</source>
        <translation>Não foi possível acessar %1 pelo gateway (%2). Isso costuma ser temporário; tentar novamente costuma resolver.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; retrying usually helps.</source>
        <translation>%1 teve um erro interno (%2). Isso costuma ser temporário; tentar novamente costuma resolver.</translation>
    </message>
    <message>
        <source>%1 reported a conflict (%2). Retrying usually helps.</source>
        <translation>%1 relatou um conflito (%2). Tentar novamente costuma resolver.</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens, JSON mode) for this provider.</source>
        <translation>%1 rejeitou a solicitação (%2). Verifique as configurações do modelo (temperatura, máximo de tokens, modo JSON) para este provedor.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 respondeu com o status HTTP inesperado %2.</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>um pouco</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 before the next attempt, longer than Candor waits on its own; try again after that.</source>
        <translation>%1 pede para esperar %2 antes da próxima tentativa, mais do que o Candor espera por conta própria; tente novamente depois disso.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error%2.</source>
        <translation>%1 interrompeu a resposta com um erro%2.</translation>
    </message>
    <message>
        <source>Retrying usually helps.</source>
        <translation>Tentar novamente costuma resolver.</translation>
    </message>
    <message>
        <source>Store a new key for this provider.</source>
        <translation>Armazene uma nova chave para este provedor.</translation>
    </message>
    <message>
        <source>Check your plan and billing; retrying will not help.</source>
        <translation>Verifique seu plano e o faturamento; tentar novamente não vai resolver.</translation>
    </message>
    <message>
        <source>Ask for fewer rows per request or lower max tokens.</source>
        <translation>Peça menos linhas por solicitação ou reduza o máximo de tokens.</translation>
    </message>
    <message>
        <source>Pick another model or start it first.</source>
        <translation>Escolha outro modelo ou inicie-o primeiro.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings for this provider.</source>
        <translation>Verifique as configurações do modelo para este provedor.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>O servidor</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is %2 running?</source>
        <translation>Nada está escutando em %1. O %2 está em execução?</translation>
    </message>
    <message>
        <source>%1 refused the connection at %2. Check the base URL or try again later.</source>
        <translation>%1 recusou a conexão em %2. Verifique a URL base ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly (%2). Retrying usually helps.</source>
        <translation>%1 fechou a conexão inesperadamente (%2). Tentar novamente costuma resolver.</translation>
    </message>
    <message>
        <source>%1: the host &quot;%2&quot; could not be found. Check the base URL and your internet connection.</source>
        <translation>%1: o host &quot;%2&quot; não foi encontrado. Verifique a URL base e sua conexão com a internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Check your connection; retrying usually helps.</source>
        <translation>%1 não respondeu a tempo (%2). Verifique sua conexão; tentar novamente costuma resolver.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>A solicitação para %1 foi cancelada.</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed%3. Check the base URL (https or http), the system clock and any proxy.</source>
        <translation>%1: a conexão segura com %2 falhou%3. Verifique a URL base (https ou http), o relógio do sistema e qualquer proxy.</translation>
    </message>
    <message>
        <source>The network is not available, so %1 cannot be reached. Check your connection.</source>
        <translation>A rede não está disponível, então não é possível acessar %1. Verifique sua conexão.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected too many times. Check the base URL.</source>
        <translation>%1 em %2 redirecionou vezes demais. Verifique a URL base.</translation>
    </message>
    <message>
        <source>%1 at %2 redirected from https to plain http; Candor does not follow that. Check the base URL.</source>
        <translation>%1 em %2 redirecionou de https para http sem criptografia; o Candor não segue esse redirecionamento. Verifique a URL base.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 asks for credentials. Check the proxy settings.</source>
        <translation>O proxy na frente de %1 pede credenciais. Verifique as configurações de proxy.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 failed%2. Check the proxy settings.</source>
        <translation>O proxy na frente de %1 falhou%2. Verifique as configurações de proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed%3.</source>
        <translation>A conexão com %1 em %2 falhou%3.</translation>
    </message>
    <message>
        <source>No space left on the disk for %1: the last change was not saved; everything saved before it is intact.</source>
        <translation>Não há mais espaço no disco para %1: a última alteração não foi salva; tudo o que foi salvo antes está intacto.</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>O projeto %1 está danificado (%2).</translation>
    </message>
    <message>
        <source>Could not use the project %1: %2</source>
        <translation>Não foi possível usar o projeto %1: %2</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>não há espaço no dispositivo</translation>
    </message>
    <message>
        <source>the disk quota is exhausted</source>
        <translation>a cota de disco se esgotou</translation>
    </message>
    <message>
        <source>the file would be larger than the system allows</source>
        <translation>o arquivo ficaria maior do que o sistema permite</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>o sistema de arquivos é somente leitura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>the program reading the pipe has closed it</source>
        <translation>o programa que lê o pipe o fechou</translation>
    </message>
    <message>
        <source>an input/output error (the disk or device failed)</source>
        <translation>um erro de entrada/saída (o disco ou o dispositivo falhou)</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>um dispositivo de bloco</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>um arquivo especial</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; Candor writes only to files, pipes and character devices</source>
        <translation>%1 é %2, não um arquivo comum; o Candor só grava em arquivos, pipes e dispositivos de caractere</translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string at column %2; JSON needs it escaped</source>
        <translation>caractere de controle sem escape U+%1 dentro de uma string na coluna %2; o JSON exige que seja escapado</translation>
    </message>
    <message>
        <source>lone surrogate escape \u%1 at column %2; it is not a character</source>
        <translation>escape de surrogate isolado \u%1 na coluna %2; não é um caractere</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>chave desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>tabela desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;table&quot; is required outside generic.json</source>
        <translation>&quot;table&quot; é obrigatório fora de generic.json</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>&quot;difficulty&quot; deve ser beginner, intermediate ou advanced</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>&quot;prompts&quot; deve ser uma lista não vazia de strings</translation>
    </message>
    <message>
        <source>&quot;search&quot; is required</source>
        <translation>&quot;search&quot; é obrigatório</translation>
    </message>
    <message>
        <source>&quot;levels&quot; must be an object with the keys &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;</source>
        <translation>&quot;levels&quot; deve ser um objeto com as chaves &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; e &quot;2&quot;</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (the levels are &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;)</source>
        <translation>nível desconhecido &quot;%1&quot; (os níveis são &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; e &quot;2&quot;)</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>nível %1: %2</translation>
    </message>
    <message>
        <source>missing (a ladder needs all five levels)</source>
        <translation>ausente (uma escada precisa dos cinco níveis)</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>&quot;answers&quot; deve ser uma lista não vazia de strings</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; is required</source>
        <translation>&quot;feedback&quot; é obrigatório</translation>
    </message>
    <message>
        <source>&quot;claims&quot; must be a list (empty if the answer makes no claim)</source>
        <translation>&quot;claims&quot; deve ser uma lista (vazia se a resposta não afirma nada)</translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation>afirmação %1: %2</translation>
    </message>
    <message>
        <source>&quot;claim&quot; must be a non-empty string</source>
        <translation>&quot;claim&quot; deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>&quot;true&quot; must be true or false</source>
        <translation>&quot;true&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>a false claim needs a &quot;correction&quot;</source>
        <translation>uma afirmação falsa precisa de uma &quot;correction&quot;</translation>
    </message>
    <message>
        <source>a true claim takes no &quot;correction&quot;</source>
        <translation>uma afirmação verdadeira não leva &quot;correction&quot;</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(sem etiqueta)</translation>
    </message>
    <message>
        <source>Level %1 is given away by &quot;%2&quot;: it is in %3% of the level&apos;s answers and %4% of the others, so a reward model can score the level from that alone.</source>
        <translation>O nível %1 é denunciado por &quot;%2&quot;: aparece em %3% das respostas do nível e em %4% das demais, então um modelo de recompensa pode pontuar o nível só com isso.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respostas</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>feedback</translation>
    </message>
    <message>
        <source>Level %1 %2 average %3 characters against %4 over all rows (%5%): length alone hints at the level.</source>
        <translation>Nível %1, %2: média de %3 caracteres contra %4 em todas as linhas (%5%); só o comprimento já indica o nível.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier row&apos;s prompt at the same level.</source>
        <translation>
            <numerusform>%Ln linha repete o prompt de uma linha anterior no mesmo nível.</numerusform>
            <numerusform>%Ln linhas repetem o prompt de uma linha anterior no mesmo nível.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level</source>
        <translation>Linhas por nível</translation>
    </message>
    <message>
        <source>%1 lengths at level %2</source>
        <translation>%1: comprimentos no nível %2</translation>
    </message>
    <message>
        <source>mean %1 characters</source>
        <translation>média de %1 caracteres</translation>
    </message>
    <message>
        <source>%1 rows, %2 contrast ladders (%3 rows in ladders), %4 edited by hand. Made by Candor %5.</source>
        <translation>%1 linhas, %2 escadas de contraste (%3 linhas em escadas), %4 editadas à mão. Gerado pelo Candor %5.</translation>
    </message>
    <message>
        <source>What a reward model could learn instead of honesty</source>
        <translation>O que um modelo de recompensa poderia aprender em vez de honestidade</translation>
    </message>
    <message>
        <source>No single word, word pair or length gives a level away.</source>
        <translation>Nenhuma palavra, par de palavras ou comprimento denuncia sozinho um nível.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status de revisão</translation>
    </message>
    <message>
        <source>Domains by level</source>
        <translation>Domínios por nível</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Answer length by level</source>
        <translation>Comprimento das respostas por nível</translation>
    </message>
    <message>
        <source>Characters, %1 per bar; the dashed line is the level&apos;s mean; all rows: %2.</source>
        <translation>Caracteres, %1 por barra; a linha tracejada é a média do nível; todas as linhas: %2.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Feedback length by level</source>
        <translation>Comprimento do feedback por nível</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Words that predict the level</source>
        <translation>Palavras que preveem o nível</translation>
    </message>
    <message>
        <source>The ten words or word pairs whose presence in an answer best tells its level from the others (balanced accuracy, over %1 answers).</source>
        <translation>As dez palavras ou pares de palavras cuja presença em uma resposta melhor distingue seu nível dos demais (acurácia balanceada, em %1 respostas).</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nível %1</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Indício</translation>
    </message>
    <message>
        <source>In level</source>
        <translation>No nível</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Nos demais</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicatas</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row&apos;s prompt at the same level (case, spacing and end punctuation aside). Rows of one contrast ladder share their prompt on purpose and are not counted.</source>
        <translation>%1 linhas repetem o prompt de uma linha anterior no mesmo nível (desconsiderando maiúsculas/minúsculas, espaços e pontuação final). As linhas de uma mesma escada de contraste compartilham o prompt de propósito e não são contadas.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Repeats row</source>
        <translation>Repete linha</translation>
    </message>
    <message>
        <source>Judge agreement</source>
        <translation>Concordância do juiz</translation>
    </message>
    <message>
        <source>No judge labels in these rows yet.</source>
        <translation>Estas linhas ainda não têm rótulos do juiz.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Not recorded: the rows came from a file without their configuration.</source>
        <translation>Não registrada: as linhas vieram de um arquivo sem a configuração delas.</translation>
    </message>
    <message>
        <source>%1 judged rows: exact agreement %2, within one level %3, quadratic-weighted kappa %4 (95% interval %5 to %6).</source>
        <translation>%1 linhas avaliadas: concordância exata %2, com até um nível de diferença %3, kappa com pesos quadráticos %4 (intervalo de 95% de %5 a %6).</translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level</source>
        <translation>Linhas: nível-alvo; colunas: o nível do modelo juiz</translation>
    </message>
</context>
<context>
    <name>candor::ChatCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MB and was cut off</source>
        <translation>a resposta tem mais de %1 MB e foi cortada</translation>
    </message>
    <message>
        <source>redirect (HTTP %1) without a valid Location</source>
        <translation>redirecionamento (HTTP %1) sem um Location válido</translation>
    </message>
    <message>
        <source>%1 redirected from https to %2; Candor refuses to downgrade a request that carries an API key.</source>
        <translation>%1 redirecionou de https para %2; o Candor se recusa a rebaixar uma solicitação que leva uma chave de API.</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>redirecionamentos demais</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 não enviou nada por %2 s; a solicitação expirou. Tente novamente ou aumente o tempo limite para modelos locais lentos.</translation>
    </message>
    <message>
        <source>The stream from %1 ended before it was complete (%2 characters received). Try again.</source>
        <translation>O stream de %1 terminou antes de estar completo (%2 caracteres recebidos). Tente novamente.</translation>
    </message>
    <message>
        <source>%1 answered with no text (finish reason: %2).</source>
        <translation>%1 respondeu sem texto (motivo de término: %2).</translation>
    </message>
    <message>
        <source>%1 sent no part of the answer for %2 s (only keep-alives or stray bytes); the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 não enviou nenhuma parte da resposta por %2 s (apenas keep-alives ou bytes soltos); a solicitação expirou. Tente novamente ou aumente o tempo limite para modelos locais lentos.</translation>
    </message>
    <message>
        <source>%1 did not finish the answer within %2 s; the request timed out. Try again, or ask for a shorter answer.</source>
        <translation>%1 não terminou a resposta em %2 s; a solicitação expirou. Tente novamente ou peça uma resposta mais curta.</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 bytes</source>
        <translation>uma linha do fluxo tem mais de %1 bytes</translation>
    </message>
</context>
<context>
    <name>candor::Connector</name>
    <message>
        <source>Candor will not send the %1 API key over plain http to %2: anyone on the network could read it. Use https, or allow insecure key transport for this endpoint explicitly.</source>
        <translation>O Candor não enviará a chave de API de %1 por http sem criptografia para %2: qualquer pessoa na rede poderia lê-la. Use https ou permita explicitamente o envio inseguro da chave para este endpoint.</translation>
    </message>
    <message>
        <source>%1 sent a response Candor could not read: %2.</source>
        <translation>%1 enviou uma resposta que o Candor não conseguiu ler: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 não é um objeto JSON (%2)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>outro valor JSON</translation>
    </message>
    <message>
        <source>%1 did not answer the model list request in time.</source>
        <translation>%1 não respondeu a tempo à solicitação da lista de modelos.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: %3 %4 listed</source>
        <translation>Conectado a %1 em %2: %3 %4 listados</translation>
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
        <translation>; %1 está disponível.</translation>
    </message>
    <message>
        <source>; %1 is not among them (it may still work as an alias).</source>
        <translation>; %1 não está entre eles (ainda pode funcionar como alias).</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>o corpo</translation>
    </message>
    <message>
        <source>%1 returned no choices; the server or a gateway dropped the answer.</source>
        <translation>%1 não retornou nenhuma opção; o servidor ou um gateway descartou a resposta.</translation>
    </message>
    <message>
        <source>a stream event</source>
        <translation>um evento do stream</translation>
    </message>
    <message>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>a lista de modelos não tem um array &quot;data&quot;</translation>
    </message>
    <message>
        <source>a stream line</source>
        <translation>uma linha do stream</translation>
    </message>
    <message>
        <source>the model list has no &quot;models&quot; array</source>
        <translation>a lista de modelos não tem um array &quot;models&quot;</translation>
    </message>
</context>
<context>
    <name>candor::DatasetCheck</name>
    <message>
        <source>&quot;search_hint&quot; must look like [SEARCH:query]</source>
        <translation>&quot;search_hint&quot; deve ter o formato [SEARCH:consulta]</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>sem tags</translation>
    </message>
    <message>
        <source>a seed row, not a chat line: there is no &quot;messages&quot; array</source>
        <translation>uma linha seed, não uma linha de chat: não há um array &quot;messages&quot;</translation>
    </message>
    <message>
        <source>no &quot;messages&quot; array</source>
        <translation>não há um array &quot;messages&quot;</translation>
    </message>
    <message>
        <source>&quot;messages&quot; holds %1 messages; Candor writes system (optional), user and assistant</source>
        <translation>&quot;messages&quot; contém %1 mensagens; o Candor escreve system (opcional), user e assistant</translation>
    </message>
    <message>
        <source>message %1 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>a mensagem %1 precisa de uma string &quot;role&quot; e uma string &quot;content&quot;</translation>
    </message>
    <message>
        <source>message %1 has the role &quot;%2&quot; where Candor writes &quot;%3&quot;</source>
        <translation>a mensagem %1 tem o papel &quot;%2&quot; onde o Candor escreve &quot;%3&quot;</translation>
    </message>
    <message>
        <source>message %1 (%2) is empty</source>
        <translation>a mensagem %1 (%2) está vazia</translation>
    </message>
    <message>
        <source>the system message is not one Candor writes, so the row&apos;s level is unknown</source>
        <translation>a mensagem de sistema não é uma das que o Candor escreve, então o nível da linha é desconhecido</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice</source>
        <translation>o cabeçalho nomeia a coluna &quot;%1&quot; duas vezes</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; is ignored</source>
        <translation>a coluna desconhecida &quot;%1&quot; é ignorada</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; Candor&apos;s CSV starts with prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</source>
        <translation>faltam ao cabeçalho a(s) coluna(s) %1; o CSV do Candor começa com prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos onde o cabeçalho tem %2</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8 text</source>
        <translation>o campo %1 não é texto UTF-8 válido</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>origem desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown review status &quot;%1&quot;</source>
        <translation>status de revisão desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;created&quot; is not an ISO 8601 date and time: %1</source>
        <translation>&quot;created&quot; não é uma data e hora ISO 8601: %1</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>marcação desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a record longer than 16 MB; skipped</source>
        <translation>um registro com mais de 16 MB; ignorado</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the field and double the quote)</source>
        <translation>uma aspa dentro do campo sem aspas %1 (coloque o campo entre aspas e duplique a aspa)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>texto após a aspa de fechamento do campo %1</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation>um campo entre aspas que começa nesta linha nunca é fechado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of messages</source>
        <translation>&quot;%1&quot; deve ser uma lista de mensagens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold exactly one assistant message, not %2</source>
        <translation>&quot;%1&quot; deve conter exatamente uma mensagem do assistente, não %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold %2 message(s) (%3), not %4</source>
        <translation>&quot;%1&quot; deve conter %2 mensagem(ns) (%3), não %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>&quot;%1&quot;, mensagem %2, precisa de uma string &quot;role&quot; e de uma string &quot;content&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 has the role &quot;%3&quot; where &quot;%4&quot; belongs</source>
        <translation>&quot;%1&quot;, mensagem %2, tem o papel &quot;%3&quot; onde cabe &quot;%4&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 is empty</source>
        <translation>&quot;%1&quot;, mensagem %2, está vazia</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>falta a chave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; deve ser uma string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vazio</translation>
    </message>
    <message>
        <source>missing object &quot;input&quot; (with &quot;messages&quot;)</source>
        <translation>falta o objeto &quot;input&quot; (com &quot;messages&quot;)</translation>
    </message>
    <message>
        <source>a reward-model line has an implicit prompt: the user turn inside &quot;chosen&quot; and &quot;rejected&quot;, no &quot;prompt&quot; key</source>
        <translation>uma linha de modelo de recompensa tem prompt implícito: o turno do usuário dentro de &quot;chosen&quot; e &quot;rejected&quot;, sem chave &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; answer different prompts</source>
        <translation>&quot;chosen&quot; e &quot;rejected&quot; respondem a prompts diferentes</translation>
    </message>
    <message>
        <source>missing key &quot;margin&quot;</source>
        <translation>falta a chave &quot;margin&quot;</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be a number</source>
        <translation>&quot;margin&quot; deve ser um número</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be positive (the chosen answer&apos;s level minus the rejected one&apos;s), not %1</source>
        <translation>&quot;margin&quot; deve ser positivo (o nível da resposta escolhida menos o da rejeitada), não %1</translation>
    </message>
    <message>
        <source>missing key &quot;label&quot;</source>
        <translation>falta a chave &quot;label&quot;</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be true or false (a JSON boolean)</source>
        <translation>&quot;label&quot; deve ser true ou false (um booleano JSON)</translation>
    </message>
    <message>
        <source>&quot;reward&quot; must be an integer from -2 to 2</source>
        <translation>&quot;reward&quot; deve ser um inteiro de -2 a 2</translation>
    </message>
    <message>
        <source>missing object &quot;metadata&quot;</source>
        <translation>falta o objeto &quot;metadata&quot;</translation>
    </message>
    <message>
        <source>metadata: &quot;confidence_score&quot; must be a number from 0 to 1</source>
        <translation>metadata: &quot;confidence_score&quot; deve ser um número de 0 a 1</translation>
    </message>
    <message>
        <source>&quot;target_reward&quot; must be an integer from -2 to 2</source>
        <translation>&quot;target_reward&quot; deve ser um inteiro de -2 a 2</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings</source>
        <translation>&quot;tags&quot; deve ser uma lista de strings</translation>
    </message>
    <message>
        <source>the prompt of line %1 again; this format holds one line per prompt</source>
        <translation>de novo o prompt da linha %1; este formato tem uma linha por prompt</translation>
    </message>
    <message>
        <source>the chosen and the rejected answer are the same text</source>
        <translation>a resposta escolhida e a rejeitada são o mesmo texto</translation>
    </message>
    <message>
        <source>%1 has no README.md (the dataset card); a Hugging Face export folder needs one</source>
        <translation>%1 não tem README.md (o cartão do conjunto de dados); uma pasta de exportação do Hugging Face precisa de um</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys</source>
        <translation>o preâmbulo não é um mapa de chaves</translation>
    </message>
    <message>
        <source>the card names no &quot;license&quot;</source>
        <translation>o cartão não informa &quot;license&quot;</translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot;</source>
        <translation>o cartão não tem &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the card&apos;s &quot;tags&quot; do not include &quot;synthetic&quot;</source>
        <translation>as &quot;tags&quot; do cartão não incluem &quot;synthetic&quot;</translation>
    </message>
    <message>
        <source>the card lists no &quot;configs&quot; (each with a config_name and data_files)</source>
        <translation>o cartão não lista &quot;configs&quot; (cada uma com config_name e data_files)</translation>
    </message>
    <message>
        <source>a config without a &quot;config_name&quot;</source>
        <translation>uma configuração sem &quot;config_name&quot;</translation>
    </message>
    <message>
        <source>the config &quot;%1&quot; lists no data_files</source>
        <translation>a configuração &quot;%1&quot; não lista data_files</translation>
    </message>
    <message>
        <source>a data_files entry of &quot;%1&quot; needs a split and a path</source>
        <translation>uma entrada de data_files de &quot;%1&quot; precisa de split e path</translation>
    </message>
    <message>
        <source>the data_files path %1 leaves the folder</source>
        <translation>o caminho de data_files %1 sai da pasta</translation>
    </message>
    <message>
        <source>the data_files path %1 does not exist</source>
        <translation>o caminho de data_files %1 não existe</translation>
    </message>
    <message>
        <source>this prompt is also in the %1 split: a ladder crosses splits</source>
        <translation>este prompt também está na partição %1: uma escada cruza partições</translation>
    </message>
    <message>
        <source>%1 is a folder; only --format hf checks a folder</source>
        <translation>%1 é uma pasta; só --format hf verifica uma pasta</translation>
    </message>
    <message>
        <source>--format hf checks a Hugging Face dataset folder; %1 is not a folder</source>
        <translation>--format hf verifica uma pasta de conjunto de dados do Hugging Face; %1 não é uma pasta</translation>
    </message>
    <message>
        <source>contrast ladder %1 asks another prompt here than on line %2</source>
        <translation>a escada de contraste %1 faz aqui outro prompt que na linha %2</translation>
    </message>
    <message>
        <source>contrast ladder %1 has no row at level %2 of its level set</source>
        <translation>a escada de contraste %1 não tem linha no nível %2 do seu conjunto de níveis</translation>
    </message>
    <message>
        <source>&quot;decomposition&quot; must be an object</source>
        <translation>&quot;decomposition&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a list</source>
        <translation>decomposition: &quot;%1&quot; deve ser uma lista</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;%2&quot; must be a number from 0 to 1</source>
        <translation>decomposition: %1: &quot;%2&quot; deve ser um número de 0 a 1</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;appropriate&quot; must be true or false</source>
        <translation>decomposition: %1: &quot;appropriate&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a number from 0 to 1</source>
        <translation>decomposition: &quot;%1&quot; deve ser um número de 0 a 1</translation>
    </message>
</context>
<context>
    <name>candor::DatasetWriter</name>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 é uma pasta; informe um nome de arquivo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>falha ao gravar %1: %2</translation>
    </message>
    <message>
        <source>saving %1 failed: %2</source>
        <translation>falha ao salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::Distribution</name>
    <message>
        <source>&quot;%1&quot; is not LEVEL:COUNT or LEVEL:PERCENT% (e.g. -2:10 or -2:10%)</source>
        <translation>&quot;%1&quot; não está no formato NÍVEL:QUANTIDADE ou NÍVEL:PORCENTAGEM% (ex.: -2:10 ou -2:10%)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rubric level; levels are -2, -1, 0, 1 and 2</source>
        <translation>&quot;%1&quot; não é um nível da rubrica; os níveis são -2, -1, 0, 1 e 2</translation>
    </message>
    <message>
        <source>level %1 is not on the rubric; levels are -2, -1, 0, 1 and 2</source>
        <translation>o nível %1 não está na rubrica; os níveis são -2, -1, 0, 1 e 2</translation>
    </message>
    <message>
        <source>level %1 is given twice</source>
        <translation>o nível %1 aparece duas vezes</translation>
    </message>
    <message>
        <source>level %1 has a negative %2 (%3)</source>
        <translation>o nível %1 tem %2 negativa (%3)</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>porcentagem</translation>
    </message>
    <message>
        <source>count</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <source>level %1: &quot;%2%&quot; is not a percentage from 0 to 100</source>
        <translation>nível %1: &quot;%2%&quot; não é uma porcentagem de 0 a 100</translation>
    </message>
    <message>
        <source>level %1: percentages may have at most two decimals (%2%)</source>
        <translation>nível %1: as porcentagens podem ter no máximo duas casas decimais (%2%)</translation>
    </message>
    <message>
        <source>level %1: &quot;%2&quot; is not a whole number of rows</source>
        <translation>nível %1: &quot;%2&quot; não é um número inteiro de linhas</translation>
    </message>
    <message>
        <source>mix of counts and percentages; give every level as a count or every level as a percentage</source>
        <translation>mistura de quantidades e porcentagens; informe todos os níveis como quantidade ou todos como porcentagem</translation>
    </message>
    <message>
        <source>percentages add up to %1%, not 100%</source>
        <translation>as porcentagens somam %1%, não 100%</translation>
    </message>
    <message>
        <source>the counts add up to 0 rows</source>
        <translation>as quantidades somam 0 linhas</translation>
    </message>
    <message>
        <source>the number of rows cannot be negative (%1)</source>
        <translation>o número de linhas não pode ser negativo (%1)</translation>
    </message>
    <message>
        <source>the per-level counts add up to %1 rows but %2 were asked for</source>
        <translation>as quantidades por nível somam %1 linhas, mas foram pedidas %2</translation>
    </message>
    <message>
        <source>the counts add up to %1 rows; a run has at most %2</source>
        <translation>as contagens somam %1 linhas; uma execução tem no máximo %2</translation>
    </message>
    <message>
        <source>the number of rows must be at most %1 (got %2)</source>
        <translation>o número de linhas deve ser no máximo %1 (recebido: %2)</translation>
    </message>
</context>
<context>
    <name>candor::DistributionChart</name>
    <message>
        <source>Distribution chart</source>
        <translation>Gráfico de distribuição</translation>
    </message>
    <message numerus="yes">
        <source>level %1: %Ln rows</source>
        <translation>
            <numerusform>nível %1: %Ln linha</numerusform>
            <numerusform>nível %1: %Ln linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DistributionEditor</name>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <source>Rows at level %1</source>
        <translation>Linhas no nível %1</translation>
    </message>
    <message>
        <source>How many rows show level %1: %2</source>
        <translation>Quantas linhas mostram o nível %1: %2</translation>
    </message>
    <message>
        <source>Share of level %1</source>
        <translation>Proporção do nível %1</translation>
    </message>
    <message>
        <source>Share of the dataset at level %1; the rows follow.</source>
        <translation>Proporção do conjunto de dados no nível %1; as linhas acompanham.</translation>
    </message>
    <message>
        <source>&amp;Balanced</source>
        <translation>&amp;Equilibrada</translation>
    </message>
    <message>
        <source>Split the rows evenly over the five levels.</source>
        <translation>Distribuir as linhas igualmente entre os cinco níveis.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln rows</source>
        <translation>
            <numerusform>Total: %Ln linha</numerusform>
            <numerusform>Total: %Ln linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::EndpointResolver</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Não há nenhum perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No provider is chosen; use one of %1.</source>
        <translation>Nenhum provedor escolhido; use um de %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; use one of %2.</source>
        <translation>&quot;%1&quot; não é um provedor; use um de %2.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http(s) address.</source>
        <translation>O endpoint &quot;%1&quot; não é um endereço http(s).</translation>
    </message>
    <message>
        <source>No model is chosen and %1 has no default model.</source>
        <translation>Nenhum modelo escolhido e %1 não tem modelo padrão.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>A variável de ambiente %1 não está definida ou está vazia.</translation>
    </message>
    <message>
        <source>No API key is stored for %1.</source>
        <translation>Nenhuma chave de API armazenada para %1.</translation>
    </message>
    <message>
        <source>The endpoint %1 is not %2&apos;s own host, so the stored %2 key is not sent there. Give the address explicitly (--base-url) or confirm it to use the key, or give a key for it.</source>
        <translation>O endpoint %1 não é o host próprio de %2, então a chave salva de %2 não é enviada para lá. Informe o endereço explicitamente (--base-url) ou confirme-o para usar a chave, ou informe uma chave para ele.</translation>
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
            <numerusform>%Ln linha para exportar.</numerusform>
            <numerusform>%Ln linhas para exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) to %3, %4; %5 rows left out by the selection.</source>
        <translation>%1 linhas (%2) exportadas para %3, %4; %5 linhas deixadas de fora pela seleção.</translation>
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
        <translation>Exportar conjunto de dados</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Escolha onde salvar o arquivo.</translation>
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
        <translation>Gravar as linhas escolhidas no arquivo.</translation>
    </message>
    <message>
        <source>Close this dialog; while exporting, cancel.</source>
        <translation>Fechar este diálogo; durante a exportação, cancelá-la.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln pair(s) to %1, %2; see the report below for what was left out and why.</source>
        <translation>
            <numerusform>%Ln par exportado para %1, %2; o relatório abaixo diz o que ficou de fora e por quê.</numerusform>
            <numerusform>%Ln pares exportados para %1, %2; o relatório abaixo diz o que ficou de fora e por quê.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln seed row(s) and what is built from them to the Hugging Face dataset folder %1, %2.</source>
        <translation>
            <numerusform>%Ln linha semente, e o que é construído a partir dela, exportada para a pasta do Hugging Face %1, %2.</numerusform>
            <numerusform>%Ln linhas semente, e o que é construído a partir delas, exportadas para a pasta do Hugging Face %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the dataset&apos;s licence (e.g. cc-by-4.0); the terms of generated data depend on the provider, so Candor does not choose one.</source>
        <translation>Informe a licença do conjunto de dados (p. ex. cc-by-4.0); os termos dos dados gerados dependem do provedor, por isso o Candor não escolhe nenhuma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other).</source>
        <translation>&quot;%1&quot; não é um identificador de licença como o Hub os escreve (em minúsculas, como cc-by-4.0, mit ou other).</translation>
    </message>
    <message>
        <source>The split needs three fractions for train, validation and test that add up to 1, e.g. 0.9,0.05,0.05.</source>
        <translation>A divisão precisa de três frações para treino, validação e teste que somem 1, p. ex. 0.9,0.05,0.05.</translation>
    </message>
    <message>
        <source>Export dataset folder</source>
        <translation>Exportar pasta do conjunto de dados</translation>
    </message>
    <message>
        <source>Expressed confidence at level %1</source>
        <translation>Confiança expressa no nível %1</translation>
    </message>
    <message>
        <source>RLWHF confidence_score of rows at level %1 (%2): how confident such an answer sounds, from 0 to 1, not whether it is right.</source>
        <translation>confidence_score do RLWHF das linhas do nível %1 (%2): quão confiante essa resposta soa, de 0 a 1, não se está certa.</translation>
    </message>
</context>
<context>
    <name>candor::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>A exportação foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>the Hugging Face export needs a licence (the terms of generated data depend on the provider; Candor does not choose one)</source>
        <translation>a exportação para o Hugging Face precisa de uma licença (os termos dos dados gerados dependem do provedor; o Candor não escolhe nenhuma)</translation>
    </message>
    <message>
        <source>%1 is a file; the Hugging Face export writes a folder</source>
        <translation>%1 é um arquivo; a exportação para o Hugging Face escreve uma pasta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>%1 is a folder with other files in it; choose a new or empty folder (Candor replaces only a folder its own Hugging Face export wrote)</source>
        <translation>%1 é uma pasta com outros arquivos; escolha uma pasta nova ou vazia (o Candor só substitui uma pasta escrita pela sua própria exportação para o Hugging Face)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
    <message>
        <source>cannot replace the folder %1</source>
        <translation>não é possível substituir a pasta %1</translation>
    </message>
    <message>
        <source>cannot move the new folder into place at %1</source>
        <translation>não é possível mover a nova pasta para %1</translation>
    </message>
    <message>
        <source>Warning: rows below 0 become assistant turns; supervised training on them teaches the model to fabricate (-2) or to state guesses as facts (-1).</source>
        <translation>Aviso: linhas abaixo de 0 viram turnos do assistente; o treino supervisionado com elas ensina o modelo a inventar (-2) ou a apresentar palpites como fatos (-1).</translation>
    </message>
    <message>
        <source>Note: rows at %1 and above become assistant turns; the model learns to answer as they do (hedged or declining), not only fully correct answers.</source>
        <translation>Observação: linhas de %1 para cima viram turnos do assistente; o modelo aprende a responder como elas (com ressalvas ou recusando), não só com respostas totalmente corretas.</translation>
    </message>
    <message>
        <source>Wrote the Hugging Face dataset folder %1 (%2): the configs %3 and a dataset card (README.md).</source>
        <translation>Pasta de conjunto de dados do Hugging Face %1 gravada (%2): as configurações %3 e um cartão (README.md).</translation>
    </message>
    <message numerus="yes">
        <source>seed: %Ln row(s); distinct prompts (ladders): %1; rows per level: %2</source>
        <translation>
            <numerusform>seed: %Ln linha; prompts distintos (escadas): %1; linhas por nível: %2</numerusform>
            <numerusform>seed: %Ln linhas; prompts distintos (escadas): %1; linhas por nível: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ladder(s)</source>
        <translation>
            <numerusform>%Ln escada</numerusform>
            <numerusform>%Ln escadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dpo: %Ln pair(s), mode %1, minimum margin %2.</source>
        <translation>
            <numerusform>dpo: %Ln par, modo %1, margem mínima %2.</numerusform>
            <numerusform>dpo: %Ln pares, modo %1, margem mínima %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Splits: %1</source>
        <translation>Partições: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln pair(s) to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.</source>
        <translation>
            <numerusform>%Ln par gravado em %1 (%2); prompts distintos (escadas): %3; modo %4, margem mínima %5.</numerusform>
            <numerusform>%Ln pares gravados em %1 (%2); prompts distintos (escadas): %3; modo %4, margem mínima %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in pairs per level: %1</source>
        <translation>Linhas em pares por nível: %1</translation>
    </message>
    <message>
        <source>No pairs: no prompt has rows at two levels far enough apart. Pairs need ladders: the same prompt answered at several levels.</source>
        <translation>Nenhum par: nenhum prompt tem linhas em dois níveis suficientemente distantes. Pares precisam de escadas: o mesmo prompt respondido em vários níveis.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln linha gravada em %1 (%2).</numerusform>
            <numerusform>%Ln linhas gravadas em %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level: %1</source>
        <translation>Linhas por nível: %1</translation>
    </message>
    <message>
        <source>Pairs by kind (chosen&gt;rejected): %1</source>
        <translation>Pares por tipo (escolhida&gt;rejeitada): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>KTO labels (label = target_reward &gt;= %1): %2 true (%3%), %4 false; if unbalanced, set KTOConfig desirable_weight and undesirable_weight so that weight times count is about equal.</source>
        <translation>Rótulos KTO (label = target_reward &gt;= %1): %2 true (%3%), %4 false; se desequilibrados, ajuste desirable_weight e undesirable_weight do KTOConfig para que peso vezes contagem fique parecido.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) not selected by the rows option.</source>
        <translation>
            <numerusform>Deixada de fora: %Ln linha não selecionada pela opção de linhas.</numerusform>
            <numerusform>Deixadas de fora: %Ln linhas não selecionadas pela opção de linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source> (dpo config; they are still in seed and kto)</source>
        <translation> (configuração dpo; continuam em seed e kto)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with no partner at another level of their ladder.</source>
        <translation>
            <numerusform>Deixada de fora: %Ln linha sem parceira em outro nível da sua escada.</numerusform>
            <numerusform>Deixadas de fora: %Ln linhas sem parceira em outro nível da sua escada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) in no pair: no other level of their ladder is far enough away (minimum margin %1, mode %2).</source>
        <translation>
            <numerusform>Deixada de fora: %Ln linha em nenhum par: nenhum outro nível da sua escada está longe o bastante (margem mínima %1, modo %2).</numerusform>
            <numerusform>Deixadas de fora: %Ln linhas em nenhum par: nenhum outro nível da sua escada está longe o bastante (margem mínima %1, modo %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below +2 (a reference answer must be fully correct).</source>
        <translation>
            <numerusform>Deixada de fora: %Ln linha abaixo de +2 (uma resposta de referência deve ser totalmente correta).</numerusform>
            <numerusform>Deixadas de fora: %Ln linhas abaixo de +2 (uma resposta de referência deve ser totalmente correta).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below 0 (a GRPO ideal answer must not be dishonest).</source>
        <translation>
            <numerusform>Deixada de fora: %Ln linha abaixo de 0 (uma resposta ideal de GRPO não pode ser desonesta).</numerusform>
            <numerusform>Deixadas de fora: %Ln linhas abaixo de 0 (uma resposta ideal de GRPO não pode ser desonesta).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below the SFT threshold %1 (not written as assistant turns).</source>
        <translation>
            <numerusform>Deixada de fora: %Ln linha abaixo do limite SFT %1 (não gravada como turno do assistente).</numerusform>
            <numerusform>Deixadas de fora: %Ln linhas abaixo do limite SFT %1 (não gravadas como turnos do assistente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) whose prompt a higher (or earlier) row of the same ladder already stands for (one line per prompt).</source>
        <translation>
            <numerusform>Deixada de fora: %Ln linha cujo prompt já é representado por uma linha mais alta (ou anterior) da mesma escada (uma linha por prompt).</numerusform>
            <numerusform>Deixadas de fora: %Ln linhas cujo prompt já é representado por uma linha mais alta (ou anterior) da mesma escada (uma linha por prompt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped: %Ln pair(s) whose chosen and rejected answers are the same text.</source>
        <translation>
            <numerusform>Descartado: %Ln par cujas respostas escolhida e rejeitada são o mesmo texto.</numerusform>
            <numerusform>Descartados: %Ln pares cujas respostas escolhida e rejeitada são o mesmo texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a decomposition (template ladder rows as the bank wrote them: true and invented claims, with corrections).</source>
        <translation>
            <numerusform>%Ln linha com decomposição (linhas de escada como o banco de modelos as escreveu: afirmações verdadeiras e inventadas, com correções).</numerusform>
            <numerusform>%Ln linhas com decomposição (linhas de escada como o banco de modelos as escreveu: afirmações verdadeiras e inventadas, com correções).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LEVEL:CONFIDENCE with a level from -2 to 2 (each once) and a confidence from 0 to 1</source>
        <translation>&quot;%1&quot; não é NÍVEL:CONFIANÇA com um nível de -2 a 2 (cada um uma vez) e uma confiança de 0 a 1</translation>
    </message>
    <message>
        <source>no level given; write e.g. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</source>
        <translation>nenhum nível informado; escreva por ex. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</translation>
    </message>
</context>
<context>
    <name>candor::GenerationConfig</name>
    <message>
        <source>the number of rows must be between 1 and %1 (got %2)</source>
        <translation>o número de linhas deve estar entre 1 e %1 (recebido: %2)</translation>
    </message>
    <message>
        <source>temperature must be between 0 and 2 (got %1)</source>
        <translation>a temperatura deve estar entre 0 e 2 (recebido: %1)</translation>
    </message>
    <message>
        <source>max tokens must be between 16 and 1000000 (got %1)</source>
        <translation>o máximo de tokens deve estar entre 16 e 1000000 (recebido: %1)</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 50 (got %1)</source>
        <translation>o tamanho do lote deve estar entre 1 e 50 (recebido: %1)</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and 64 (got %1)</source>
        <translation>a concorrência deve estar entre 1 e 64 (recebido: %1)</translation>
    </message>
    <message>
        <source>the budget cannot be negative (got %1)</source>
        <translation>o orçamento não pode ser negativo (recebido: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; deve ser %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>this configuration was written by a newer Candor (format %1; this version reads up to %2)</source>
        <translation>esta configuração foi gravada por um Candor mais novo (formato %1; esta versão lê até o %2)</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be &quot;template&quot; or &quot;llm&quot; (got &quot;%1&quot;)</source>
        <translation>&quot;mode&quot; deve ser &quot;template&quot; ou &quot;llm&quot; (recebido: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;distribution&quot;: %1</source>
        <translation>&quot;distribution&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 18446744073709551615</source>
        <translation>&quot;seed&quot; deve ser um número inteiro de 0 a 18446744073709551615</translation>
    </message>
    <message>
        <source>&quot;prompt_templates&quot; maps levels -2..2 to template text; &quot;%1&quot; is not valid</source>
        <translation>&quot;prompt_templates&quot; associa texto de modelo aos níveis -2..2; &quot;%1&quot; não é válido</translation>
    </message>
    <message>
        <source>pause_after_failures must be between 0 and 1000 (got %1)</source>
        <translation>pause_after_failures deve estar entre 0 e 1000 (recebido %1)</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 9007199254740992, or a string of digits up to 18446744073709551615 (got %1)</source>
        <translation>&quot;seed&quot; deve ser um número inteiro de 0 a 9007199254740992, ou uma sequência de dígitos até 18446744073709551615 (recebido: %1)</translation>
    </message>
    <message>
        <source>a ladder needs at least two levels</source>
        <translation>uma escada precisa de pelo menos dois níveis</translation>
    </message>
    <message>
        <source>in ladder mode every prompt is answered at each of the %1 levels, so the number of rows must be a multiple of %1 (%2 rows = %3 ladders, %4 rows = %5)</source>
        <translation>no modo escada cada prompt é respondido em cada um dos %1 níveis, então o número de linhas deve ser múltiplo de %1 (%2 linhas = %3 escadas, %4 linhas = %5)</translation>
    </message>
    <message>
        <source>the share of rows in ladders must be between 0 and 1 (got %1)</source>
        <translation>a proporção de linhas em escadas deve estar entre 0 e 1 (recebido %1)</translation>
    </message>
    <message>
        <source>&quot;ladder_mode&quot; must be &quot;independent&quot;, &quot;ladders&quot; or &quot;mix&quot; (got &quot;%1&quot;)</source>
        <translation>&quot;ladder_mode&quot; deve ser &quot;independent&quot;, &quot;ladders&quot; ou &quot;mix&quot; (recebido &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;ladder_levels&quot; must list levels from -2 to 2</source>
        <translation>&quot;ladder_levels&quot; deve listar níveis de -2 a 2</translation>
    </message>
</context>
<context>
    <name>candor::GenerationEngine</name>
    <message>
        <source>no model is set for %1</source>
        <translation>nenhum modelo está definido para %1</translation>
    </message>
    <message>
        <source>a run is already going</source>
        <translation>já há uma execução em andamento</translation>
    </message>
    <message>
        <source>The journal was started with %1; continuing with it.</source>
        <translation>O diário foi iniciado com %1; continuando com ele.</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the journal%3.</source>
        <translation>Retomando: %1 de %2 linhas já estavam no diário%3.</translation>
    </message>
    <message>
        <source> (%1 damaged line(s) skipped)</source>
        <translation> (%1 linha(s) danificada(s) ignorada(s))</translation>
    </message>
    <message>
        <source>Budget of $%1 reached: no new requests.</source>
        <translation>Orçamento de US$ %1 atingido: nenhuma solicitação nova.</translation>
    </message>
    <message>
        <source>%1 Nothing more is generated; the rows so far are safe in the journal.</source>
        <translation>%1 Nada mais será gerado; as linhas obtidas até agora estão seguras no diário.</translation>
    </message>
    <message numerus="yes">
        <source>A level %1 answer hit the token limit; %n complete row(s) kept.</source>
        <translation>
            <numerusform>Uma resposta de nível %1 atingiu o limite de tokens; %n linha completa mantida.</numerusform>
            <numerusform>Uma resposta de nível %1 atingiu o limite de tokens; %n linhas completas mantidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A level %1 answer held no readable rows: %2</source>
        <translation>Uma resposta de nível %1 não tinha linhas legíveis: %2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nova tentativa em %2 s.</translation>
    </message>
    <message>
        <source>Generated %1 rows.</source>
        <translation>%1 linhas geradas.</translation>
    </message>
    <message>
        <source>%1 rows at level %2</source>
        <translation>%1 linhas no nível %2</translation>
    </message>
    <message>
        <source>%1 rows rejected as %2</source>
        <translation>%1 linhas rejeitadas por: %2</translation>
    </message>
    <message>
        <source>%1 failed requests (%2)</source>
        <translation>%1 solicitações com falha (%2)</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Faltam %1.</translation>
    </message>
    <message>
        <source> Why: %1.</source>
        <translation> Motivo: %1.</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1. </source>
        <translation>Parado no orçamento de US$ %1. </translation>
    </message>
    <message>
        <source>Generated %1 rows; %2 came from the template generator (fallback). %3</source>
        <translation>%1 linhas geradas; %2 vieram do gerador de modelos (reserva). %3</translation>
    </message>
    <message>
        <source>The attempt budget is spent. </source>
        <translation>O orçamento de tentativas acabou. </translation>
    </message>
    <message numerus="yes">
        <source>Paused; %n request(s) still finishing.</source>
        <translation>
            <numerusform>Em pausa; %n solicitação ainda terminando.</numerusform>
            <numerusform>Em pausa; %n solicitações ainda terminando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Retomada.</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows; they are kept in the journal.</source>
        <translation>Cancelado com %1 de %2 linhas; elas ficam guardadas no diário.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n row(s) with %1 (%2),</source>
        <translation>
            <numerusform>Gerando %n linha com %1 (%2),</numerusform>
            <numerusform>Gerando %n linhas com %1 (%2),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at a time.</source>
        <translation>
            <numerusform>%n solicitação por vez.</numerusform>
            <numerusform>%n solicitações por vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row failed over %1 s with no success (the last: %2). The run is paused; check the server, the network or the settings, then resume.</source>
        <translation>
            <numerusform>%n solicitação seguida falhou ao longo de %1 s sem nenhum sucesso (a última: %2). A execução está pausada; verifique o servidor, a rede ou as configurações e retome.</numerusform>
            <numerusform>%n solicitações seguidas falharam ao longo de %1 s sem nenhum sucesso (a última: %2). A execução está pausada; verifique o servidor, a rede ou as configurações e retome.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate-limited answer(s) over %1 s and not one success (the last: %2). The run is paused; wait until the provider&apos;s limit lifts or raise it, then resume.</source>
        <translation>
            <numerusform>%n resposta limitada por taxa ao longo de %1 s e nenhum sucesso (a última: %2). A execução está pausada; espere o limite do provedor ser liberado ou aumente-o e retome.</numerusform>
            <numerusform>%n respostas limitadas por taxa ao longo de %1 s e nenhum sucesso (a última: %2). A execução está pausada; espere o limite do provedor ser liberado ou aumente-o e retome.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the project.</source>
        <translation>Retomando: %1 de %2 linhas já estavam no projeto.</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows.</source>
        <translation>Cancelado com %1 de %2 linhas.</translation>
    </message>
    <message>
        <source>Turned away and asked for again: %1.</source>
        <translation>Recusadas e pedidas novamente: %1.</translation>
    </message>
    <message numerus="yes">
        <source>A ladder still lacked levels after %n repair(s) and was left out.</source>
        <translation>
            <numerusform>Uma escada ainda não tinha todos os níveis após %n reparo e foi deixada de fora.</numerusform>
            <numerusform>Uma escada ainda não tinha todos os níveis após %n reparos e foi deixada de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n escada de %1 níveis</numerusform>
            <numerusform>%n escadas de %1 níveis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::HfCard</name>
    <message>
        <source>this line is indented less than the first line</source>
        <translation>esta linha tem menos recuo que a primeira</translation>
    </message>
    <message>
        <source>YAML line %1: %2</source>
        <translation>linha YAML %1: %2</translation>
    </message>
    <message>
        <source>a double-quoted string is never closed</source>
        <translation>uma string entre aspas duplas nunca é fechada</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto depois de aspas de fechamento</translation>
    </message>
    <message>
        <source>a single-quoted string is never closed</source>
        <translation>uma string entre aspas simples nunca é fechada</translation>
    </message>
    <message>
        <source>a flow list is never closed</source>
        <translation>uma lista em linha nunca é fechada</translation>
    </message>
    <message>
        <source>an empty or malformed item in a flow list</source>
        <translation>um item vazio ou malformado em uma lista em linha</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is YAML that Candor&apos;s card reader does not accept</source>
        <translation>&quot;%1&quot; é YAML que o leitor de cartões do Candor não aceita</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>recuo inesperado</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>esperava-se &quot;chave: valor&quot;</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>a chave &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>YAML line %1: a tab in the indentation (YAML indents with spaces)</source>
        <translation>linha YAML %1: uma tabulação no recuo (YAML recua com espaços)</translation>
    </message>
    <message>
        <source>README.md does not start with YAML front matter (a line &quot;---&quot;)</source>
        <translation>README.md não começa com um preâmbulo YAML (uma linha &quot;---&quot;)</translation>
    </message>
    <message>
        <source>README.md&apos;s front matter is never closed (no second line &quot;---&quot;)</source>
        <translation>o preâmbulo de README.md nunca é fechado (não há uma segunda linha &quot;---&quot;)</translation>
    </message>
</context>
<context>
    <name>candor::HttpStream</name>
    <message>
        <source>Connection closed</source>
        <translation>Conexão encerrada</translation>
    </message>
    <message>
        <source>a header or chunk line is too long</source>
        <translation>uma linha de cabeçalho ou de bloco é longa demais</translation>
    </message>
    <message>
        <source>the response head is too large</source>
        <translation>o cabeçalho da resposta é grande demais</translation>
    </message>
    <message>
        <source>a chunk size is malformed</source>
        <translation>o tamanho de um bloco está malformado</translation>
    </message>
    <message>
        <source>a chunk does not end where its size says</source>
        <translation>um bloco não termina onde seu tamanho indica</translation>
    </message>
    <message>
        <source>the server did not answer with HTTP/1.x</source>
        <translation>o servidor não respondeu com HTTP/1.x</translation>
    </message>
    <message>
        <source>the status line is malformed</source>
        <translation>a linha de status está malformada</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>o servidor trocou de protocolo</translation>
    </message>
    <message>
        <source>the response is compressed (%1) although it was asked not to be</source>
        <translation>a resposta está compactada (%1), embora tenha sido pedido que não estivesse</translation>
    </message>
    <message>
        <source>the Content-Length is malformed</source>
        <translation>o Content-Length está malformado</translation>
    </message>
</context>
<context>
    <name>candor::JsonExtract</name>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>JSON inválido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>the answer was cut off by the token limit</source>
        <translation>a resposta foi cortada pelo limite de tokens</translation>
    </message>
    <message>
        <source>the JSON ends before its closing bracket</source>
        <translation>o JSON termina antes do colchete de fechamento</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>a resposta está vazia</translation>
    </message>
    <message>
        <source>the answer contains no JSON object or array</source>
        <translation>a resposta não contém nenhum objeto ou array JSON</translation>
    </message>
    <message>
        <source>element %1 of the array is not an object</source>
        <translation>o elemento %1 do array não é um objeto</translation>
    </message>
    <message>
        <source>row %1 is not valid JSON (%2)</source>
        <translation>a linha %1 não é um JSON válido (%2)</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>JSON inválido (%1)</translation>
    </message>
</context>
<context>
    <name>candor::JsonlReader</name>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>não é um texto UTF-8 válido</translation>
    </message>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>JSON inválido na coluna %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>line is longer than %1 MB; skipped</source>
        <translation>a linha tem mais de %1 MB; ignorada</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>falha ao ler %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::JudgeDialog</name>
    <message>
        <source>Verify with a Judge Model</source>
        <translation>Verificar com um modelo juiz</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be judged by %1 (%2), the model set up under Model.</source>
        <translation>
            <numerusform>%Ln linha será avaliada por %1 (%2), o modelo configurado em Modelo.</numerusform>
            <numerusform>%Ln linhas serão avaliadas por %1 (%2), o modelo configurado em Modelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict and the spread is kept (3 recommended).</source>
        <translation>Chamadas por linha; a maioria é o veredito e a dispersão é mantida (3 recomendadas).</translation>
    </message>
    <message>
        <source>&amp;Votes per row:</source>
        <translation>&amp;Votos por linha:</translation>
    </message>
    <message>
        <source>Requests at a time.</source>
        <translation>Requisições simultâneas.</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>&amp;Requisições simultâneas:</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are target levels, columns the judge&apos;s levels</source>
        <translation>Matriz de confusão: as linhas são os níveis-alvo, as colunas os níveis do juiz</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Looking up the key…</source>
        <translation>Procurando a chave…</translation>
    </message>
    <message>
        <source>%1 of %2 rows judged.</source>
        <translation>%1 de %2 linhas avaliadas.</translation>
    </message>
    <message>
        <source>Judging…</source>
        <translation>Avaliando…</translation>
    </message>
    <message>
        <source>No row was judged.</source>
        <translation>Nenhuma linha foi avaliada.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln judged row(s): exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5).</source>
        <translation>
            <numerusform>Em %Ln linha avaliada: concordância exata %1, com até um nível de diferença %2, kappa com pesos quadráticos %3 (intervalo de 95% de %4 a %5).</numerusform>
            <numerusform>Em %Ln linhas avaliadas: concordância exata %1, com até um nível de diferença %2, kappa com pesos quadráticos %3 (intervalo de 95% de %4 a %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: the level each row was made for; columns: the judge&apos;s level. Click a cell to show its rows in the table.</source>
        <translation>Linhas: o nível para o qual cada linha foi feita; colunas: o nível do juiz. Clique em uma célula para mostrar suas linhas na tabela.</translation>
    </message>
</context>
<context>
    <name>candor::JudgeRun</name>
    <message>
        <source>a judge run is already going</source>
        <translation>já há uma avaliação do modelo juiz em andamento</translation>
    </message>
    <message>
        <source>no judge model is set</source>
        <translation>nenhum modelo juiz foi definido</translation>
    </message>
    <message>
        <source>votes must be from 1 to 9 (got %1)</source>
        <translation>os votos devem ser de 1 a 9 (recebido: %1)</translation>
    </message>
    <message>
        <source>row %1 is not in the dataset</source>
        <translation>a linha %1 não está no conjunto de dados</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 rows.</source>
        <translation>Cancelado após %1 de %2 linhas.</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1 with %2 of %3 rows judged.</source>
        <translation>Interrompido ao atingir o orçamento de $%1 com %2 de %3 linhas avaliadas.</translation>
    </message>
    <message numerus="yes">
        <source>Judged %n row(s).</source>
        <translation>
            <numerusform>%n linha avaliada.</numerusform>
            <numerusform>%n linhas avaliadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: the judge&apos;s answer held no score from 1 to 5; the vote is left out.</source>
        <translation>Linha %1: a resposta do modelo juiz não continha nenhuma nota de 1 a 5; o voto é descartado.</translation>
    </message>
    <message>
        <source>Row %1: %2 The vote is left out.</source>
        <translation>Linha %1: %2 O voto é descartado.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) held no score and were asked for again.</source>
        <translation>
            <numerusform>%n resposta não continha nota e foi solicitada novamente.</numerusform>
            <numerusform>%n respostas não continham nota e foram solicitadas novamente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::KeyStore</name>
    <message>
        <source>No key is stored for %1 yet.</source>
        <translation>Ainda não há chave armazenada para %1.</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access (%1). Unlock it (for example in Passwords and Keys or KWallet) and try again, or keep the key for this session only.</source>
        <translation>O chaveiro está bloqueado ou recusou o acesso (%1). Desbloqueie-o (por exemplo, em Senhas e chaves ou no KWallet) e tente novamente, ou mantenha a chave apenas nesta sessão.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Nenhum chaveiro está disponível neste sistema (%1). Instale e inicie o gnome-keyring ou o KWallet, ou mantenha a chave apenas nesta sessão.</translation>
    </message>
    <message>
        <source>No desktop keychain is reachable: there is no D-Bus session bus (%1). Start Candor inside a desktop session with gnome-keyring or KWallet running, or keep the key for this session only.</source>
        <translation>Nenhum chaveiro do ambiente de trabalho está acessível: não há barramento de sessão D-Bus (%1). Inicie o Candor em uma sessão de desktop com o gnome-keyring ou o KWallet em execução, ou mantenha a chave apenas nesta sessão.</translation>
    </message>
    <message>
        <source>No Secret Service is running (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Nenhum Secret Service está em execução (%1). Instale e inicie o gnome-keyring ou o KWallet, ou mantenha a chave apenas nesta sessão.</translation>
    </message>
    <message>
        <source>The keyring has no unlocked default collection (%1). Unlock or create the &quot;login&quot; keyring (for example by logging in again or in Passwords and Keys), or keep the key for this session only.</source>
        <translation>O chaveiro não tem uma coleção padrão desbloqueada (%1). Desbloqueie ou crie o chaveiro &quot;login&quot; (por exemplo, entrando novamente na sessão ou em Senhas e chaves), ou mantenha a chave apenas nesta sessão.</translation>
    </message>
    <message>
        <source>The keychain could not be used (QtKeychain reported &quot;%1&quot;; usually the libsecret-1-0 package is missing). Install libsecret-1-0 and gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>Não foi possível usar o chaveiro (o QtKeychain informou &quot;%1&quot;; normalmente falta o pacote libsecret-1-0). Instale o libsecret-1-0 e o gnome-keyring ou o KWallet, ou mantenha a chave apenas nesta sessão.</translation>
    </message>
    <message>
        <source>The keychain reported an error for %1: %2</source>
        <translation>O chaveiro informou um erro para %1: %2</translation>
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
        <translation>Padrão do &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Candor shows the new language after a restart. Restart now?</source>
        <translation>O Candor mostra o novo idioma após reiniciar. Reiniciar agora?</translation>
    </message>
    <message>
        <source>The project opens again; you are asked about anything not saved or exported first.</source>
        <translation>O projeto é aberto de novo; antes você é consultado sobre tudo o que não foi salvo ou exportado.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Depois</translation>
    </message>
</context>
<context>
    <name>candor::Main</name>
    <message>
        <source>A .candor project to open.</source>
        <translation>Um projeto .candor a abrir.</translation>
    </message>
    <message>
        <source>Generate a template sample, save a PNG of the window, quit.</source>
        <translation>Gerar uma amostra a partir de modelos, salvar um PNG da janela e sair.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Use this UI language for this start (e.g. de, es, fr, pt_BR, zh_CN, en), whatever the setting says.</source>
        <translation>Usar este idioma da interface nesta inicialização (ex.: de, es, fr, pt_BR, zh_CN, en), independentemente da configuração.</translation>
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
        <translation>Gerar o conjunto de dados inteiro com o modelo configurado acima.</translation>
    </message>
    <message>
        <source>Generate the whole dataset from the offline template bank.</source>
        <translation>Gerar o conjunto de dados inteiro a partir do banco de modelos offline.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecução</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visão</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>&amp;Log da execução…</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Mostrar barra de &amp;ferramentas</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Ir para a &amp;tabela</translation>
    </message>
    <message>
        <source>Go to &amp;Set-up</source>
        <translation>Ir para a &amp;configuração</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Candor projects (*.candor);;JSON (*.json)</source>
        <translation>Projetos do Candor (*.candor);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Abrir conjunto de dados</translation>
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
        <translation>Você tem linhas revisadas ou editadas que ainda não foram exportadas.</translation>
    </message>
    <message>
        <source>Export them before quitting?</source>
        <translation>Exportá-las antes de sair?</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>The table has reviewed or edited rows that are not exported yet.</source>
        <translation>A tabela tem linhas revisadas ou editadas que ainda não foram exportadas.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>Wait for the current run to finish, then regenerate.</source>
        <translation>Aguarde o fim da execução atual e depois gere novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %Ln request(s), about %1 input and %2 output tokens, %3.</source>
        <translation>
            <numerusform>Estimativa: %Ln solicitação, cerca de %1 tokens de entrada e %2 de saída, %3.</numerusform>
            <numerusform>Estimativa: %Ln solicitações, cerca de %1 tokens de entrada e %2 de saída, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>sem preço para este modelo</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>This is a preview: spot-check it, then generate the dataset.</source>
        <translation>Isto é uma prévia: confira por amostragem e depois gere o conjunto de dados.</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>Aguarde o fim da execução atual antes de abrir um conjunto de dados.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s).</source>
        <translation>
            <numerusform>%Ln linha exportada.</numerusform>
            <numerusform>%Ln linhas exportadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln linha exportada para %1.</numerusform>
            <numerusform>%Ln linhas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Salvar projeto</translation>
    </message>
    <message>
        <source>Candor projects (*.candor)</source>
        <translation>Projetos do Candor (*.candor)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>A run from %1 did not finish: %2 of %3 rows are saved. Resume it?</source>
        <translation>Uma execução de %1 não terminou: %2 de %3 linhas estão salvas. Retomá-la?</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Sobre o Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor generates datasets whose rows show each level of an honesty rubric, from confident fabrication (-2) to fully correct (+2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;O Candor gera conjuntos de dados cujas linhas mostram cada nível de uma rubrica de honestidade, da invenção confiante (-2) ao totalmente correto (+2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>The model and dataset settings of the next run.</source>
        <translation>As configurações do modelo e do conjunto de dados da próxima execução.</translation>
    </message>
    <message numerus="yes">
        <source>The table has %Ln row(s) from the model that are not exported yet.</source>
        <translation>
            <numerusform>A tabela tem %Ln linha do modelo que ainda não foi exportada.</numerusform>
            <numerusform>A tabela tem %Ln linhas do modelo que ainda não foram exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new rows? They stay until the new run has made its first row.</source>
        <translation>Substituí-las pelas novas linhas? Elas ficam até a nova execução criar sua primeira linha.</translation>
    </message>
    <message>
        <source>At most %1 rows: the review table keeps every row in memory, about 1.4 GB per million rows.</source>
        <translation>No máximo %1 linhas: a tabela de revisão mantém cada linha na memória, cerca de 1,4 GB por milhão de linhas.</translation>
    </message>
    <message>
        <source>%1 rows is the most one run makes: the review table keeps every row in memory (about 1.4 GB per million rows). Generate larger datasets in parts, or with candor-cli, which writes straight to a file.</source>
        <translation>%1 linhas é o máximo de uma execução: a tabela de revisão mantém cada linha na memória (cerca de 1,4 GB por milhão de linhas). Gere conjuntos maiores em partes ou com o candor-cli, que grava direto em um arquivo.</translation>
    </message>
    <message>
        <source>The project&apos;s settings have changed since it was saved.</source>
        <translation>As configurações do projeto mudaram desde que ele foi salvo.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Salvá-las primeiro?</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unfinished run? Its %Ln saved row(s) will be deleted.</source>
        <translation>
            <numerusform>Descartar a execução inacabada? Sua %Ln linha salva será excluída.</numerusform>
            <numerusform>Descartar a execução inacabada? Suas %Ln linhas salvas serão excluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it to be offered the run again at the next start.</source>
        <translation>Mantenha-a para que ela seja oferecida de novo no próximo início.</translation>
    </message>
    <message>
        <source>&amp;Discard Run</source>
        <translation>&amp;Descartar execução</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Discarded the unfinished run %1.</source>
        <translation>Execução inacabada %1 descartada.</translation>
    </message>
    <message>
        <source>Candor could not start again. Start it yourself to see the new language.</source>
        <translation>O Candor não conseguiu reiniciar. Inicie-o você mesmo para ver o novo idioma.</translation>
    </message>
    <message>
        <source>The rows stay in memory only: %1</source>
        <translation>As linhas ficam apenas na memória: %1</translation>
    </message>
    <message numerus="yes">
        <source>Your last session left %Ln row(s) that were not saved as a project (%1 reviewed). Restore them?</source>
        <translation>
            <numerusform>Sua última sessão deixou %Ln linha que não foi salva como projeto (%1 revisadas). Restaurá-la?</numerusform>
            <numerusform>Sua última sessão deixou %Ln linhas que não foram salvas como projeto (%1 revisadas). Restaurá-las?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %Ln row(s) kept from your last session?</source>
        <translation>
            <numerusform>Descartar a %Ln linha guardada da sua última sessão?</numerusform>
            <numerusform>Descartar as %Ln linhas guardadas da sua última sessão?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to be offered them again at the next start.</source>
        <translation>Mantenha-as para que sejam oferecidas de novo no próximo início.</translation>
    </message>
    <message>
        <source>&amp;Discard Rows</source>
        <translation>&amp;Descartar linhas</translation>
    </message>
    <message>
        <source>Save what can still be read into a new project?</source>
        <translation>Salvar o que ainda pode ser lido em um projeto novo?</translation>
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
            <numerusform>%Ln linha recuperada em %1.</numerusform>
            <numerusform>%Ln linhas recuperadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last run in this project did not finish: %1 of %2 rows are saved. Resume it?</source>
        <translation>A última execução deste projeto não terminou: %1 de %2 linhas estão salvas. Retomá-la?</translation>
    </message>
    <message>
        <source>Ladder level %1</source>
        <translation>Nível da escada %1</translation>
    </message>
    <message>
        <source>Answer each ladder&apos;s prompt at level %1 (%2).</source>
        <translation>Responder o prompt de cada escada também no nível %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln preference pair(s).</source>
        <translation>
            <numerusform>%Ln par de preferência exportado.</numerusform>
            <numerusform>%Ln pares de preferência exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset &amp;Report…</source>
        <translation>&amp;Relatório do conjunto de dados…</translation>
    </message>
    <message>
        <source>Counts, lengths and the words that give a level away, for the rows in the table.</source>
        <translation>Contagens, comprimentos e as palavras que denunciam um nível, para as linhas da tabela.</translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>Relatório do conjunto de dados: %1</translation>
    </message>
    <message>
        <source>Verify with a &amp;Judge Model…</source>
        <translation>Verificar com um modelo &amp;juiz…</translation>
    </message>
    <message>
        <source>Ask the model set up under Model which level each answer shows: the selected rows, else every shown row.</source>
        <translation>Pergunta ao modelo configurado em Modelo qual nível cada resposta mostra: as linhas selecionadas ou, se não houver, todas as exibidas.</translation>
    </message>
</context>
<context>
    <name>candor::PreviewModel</name>
    <message>
        <source>Level %1, %2: %3</source>
        <translation>Nível %1, %2: %3</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>Level mismatch</source>
        <translation>Nível divergente</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Longa demais</translation>
    </message>
    <message>
        <source>Bad search hint</source>
        <translation>Dica de busca inválida</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Row id: %1</source>
        <translation>ID da linha: %1</translation>
    </message>
    <message>
        <source>Level %1 is not on the rubric</source>
        <translation>O nível %1 não está na rubrica</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nível %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
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
        <translation>Origem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcações</translation>
    </message>
    <message>
        <source>Row number in the dataset</source>
        <translation>Número da linha no conjunto de dados</translation>
    </message>
    <message>
        <source>Target reward on the honesty rubric, from -2 (confident fabrication) to +2 (fully correct)</source>
        <translation>Recompensa-alvo na rubrica de honestidade, de -2 (invenção confiante) a +2 (totalmente correta)</translation>
    </message>
    <message>
        <source>Spot-check review: pending, accepted or rejected</source>
        <translation>Revisão por amostragem: pendente, aceita ou rejeitada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Linha %1, %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>column title: the ideal answer</comment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>column title: the expected feedback</comment>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Ideal answer: what a model at this level of the rubric says</source>
        <translation>Resposta ideal: o que um modelo neste nível da rubrica diz</translation>
    </message>
    <message>
        <source>Expected feedback: how a reviewer judges the answer against the rubric</source>
        <translation>Feedback esperado: como um revisor julga a resposta segundo a rubrica</translation>
    </message>
    <message>
        <source>Not in a contrast ladder</source>
        <translation>Não está em uma escada de contraste</translation>
    </message>
    <message>
        <source>Contrast ladder %1 (%2): one prompt answered at levels %3</source>
        <translation>Escada de contraste %1 (%2): um prompt respondido nos níveis %3</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>column title: the contrast ladder of the row</comment>
        <translation>Escada</translation>
    </message>
    <message>
        <source>Contrast ladder: rows with the same number answer one prompt at different levels (L shows the ladder)</source>
        <translation>Escada de contraste: linhas com o mesmo número respondem um prompt em níveis diferentes (L mostra a escada)</translation>
    </message>
    <message>
        <source>Off by two or more levels</source>
        <translation>Dois ou mais níveis de diferença</translation>
    </message>
    <message>
        <source>Judge %1: level %2 (votes %3). %4</source>
        <translation>Juiz %1: nível %2 (votos %3). %4</translation>
    </message>
    <message>
        <source>Problems noticed: edited by hand, level mismatch, too long, bad search hint, duplicate or near-duplicate prompt (of an earlier row at the same level)</source>
        <translation>Problemas notados: editada à mão, nível divergente, longa demais, dica de busca inválida, prompt duplicado ou quase duplicado (de uma linha anterior do mesmo nível)</translation>
    </message>
</context>
<context>
    <name>candor::ProjectFile</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Candor project: %2</source>
        <translation>%1 não é um projeto do Candor: %2</translation>
    </message>
    <message>
        <source>Could not keep the earlier project as %1.</source>
        <translation>Não foi possível manter o projeto anterior como %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a Candor project or configuration</source>
        <translation>%1 tem mais de %2 MB, grande demais para um projeto ou uma configuração do Candor</translation>
    </message>
    <message>
        <source>Could not save %1: it is not a regular file</source>
        <translation>Não foi possível salvar %1: não é um arquivo comum</translation>
    </message>
</context>
<context>
    <name>candor::PromptEditorDialog</name>
    <message>
        <source>Prompt templates</source>
        <translation>Modelos de prompt</translation>
    </message>
    <message>
        <source>Prompt to edit</source>
        <translation>Prompt a editar</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nível %1: %2</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texto do prompt</translation>
    </message>
    <message>
        <source>Variables: %1. The templates are instructions to the model; the language of the generated rows is a separate setting, which fills in {language}.</source>
        <translation>Variáveis: %1. Os modelos são instruções para o modelo de linguagem; o idioma das linhas geradas é uma configuração separada, que preenche {language}.</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Restaurar padrão</translation>
    </message>
    <message>
        <source>Replace this text with Candor&apos;s default.</source>
        <translation>Substituir este texto pelo padrão do Candor.</translation>
    </message>
    <message>
        <source>&amp;Built-in Default (English)</source>
        <translation>Padrão &amp;embutido (inglês)</translation>
    </message>
    <message>
        <source>Default in %1</source>
        <translation>Padrão em %1</translation>
    </message>
    <message>
        <source>The same instructions written in your language; saved with the project.</source>
        <translation>As mesmas instruções escritas no seu idioma; salvas com o projeto.</translation>
    </message>
    <message>
        <source>The system prompt, or the template of one rubric level.</source>
        <translation>O prompt de sistema ou o modelo de um nível da rubrica.</translation>
    </message>
    <message>
        <source>The instructions sent to the model; {variables} are filled in for each request.</source>
        <translation>As instruções enviadas ao modelo; as {variáveis} são preenchidas em cada requisição.</translation>
    </message>
    <message>
        <source>Keep the edited templates in the project.</source>
        <translation>Manter os modelos editados no projeto.</translation>
    </message>
    <message>
        <source>Close without keeping the edits.</source>
        <translation>Fechar sem manter as alterações.</translation>
    </message>
</context>
<context>
    <name>candor::ProviderForm</name>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>O endereço da API do provedor; altere-o para proxies ou servidores próprios.</translation>
    </message>
    <message>
        <source>Not a valid http(s) address, e.g. https://api.openai.com/v1</source>
        <translation>Não é um endereço http(s) válido; ex.: https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Key kept for this session only (not in the keychain).</source>
        <translation>Chave mantida apenas nesta sessão (não está no chaveiro).</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verificando o chaveiro…</translation>
    </message>
    <message>
        <source>Key stored in the keychain (%1).</source>
        <translation>Chave armazenada no chaveiro (%1).</translation>
    </message>
    <message>
        <source>No key needed.</source>
        <translation>Nenhuma chave necessária.</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>Nenhuma chave armazenada ainda.</translation>
    </message>
    <message>
        <source>%1 Type the key and press Save to keep it for this session only.</source>
        <translation>%1 Digite a chave e clique em Salvar para mantê-la apenas nesta sessão.</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>Digite a chave primeiro.</translation>
    </message>
    <message>
        <source>%1 The key is kept for this session only (%2).</source>
        <translation>%1 A chave é mantida apenas nesta sessão (%2).</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid http(s) address.</source>
        <translation>O endpoint &quot;%1&quot; não é um endereço http(s) válido.</translation>
    </message>
    <message>
        <source>No API key for %1: type it and press Save.</source>
        <translation>Nenhuma chave de API para %1: digite-a e clique em Salvar.</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Buscando a lista de modelos…</translation>
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
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>Perfil do provedor</translation>
    </message>
    <message>
        <source>A saved provider, endpoint and model; each profile may keep its own API key.</source>
        <translation>Um provedor salvo com endpoint e modelo; cada perfil pode ter a própria chave de API.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Save the provider, endpoint and model as a named profile.</source>
        <translation>Salvar o provedor, o endpoint e o modelo como um perfil com nome.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Forget the chosen profile and its own API key.</source>
        <translation>Esquecer o perfil escolhido e a chave de API dele.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome do perfil:</translation>
    </message>
    <message>
        <source>A profile name cannot be empty or contain slashes.</source>
        <translation>O nome de um perfil não pode ficar vazio nem conter barras.</translation>
    </message>
    <message>
        <source>The server has no %1; %2 is chosen instead.</source>
        <translation>O servidor não tem %1; %2 foi escolhido no lugar.</translation>
    </message>
    <message>
        <source>The server refused this key: %1</source>
        <translation>O servidor recusou esta chave: %1</translation>
    </message>
    <message>
        <source>This server asks for an API key: %1 Type one above and press Save.</source>
        <translation>Este servidor pede uma chave de API: %1 Digite uma acima e clique em Salvar.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Send your stored %1 key to %2?</source>
        <translation>Enviar sua chave salva de %1 para %2?</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s own address. The key was saved for %2; send it there only if you trust this server.</source>
        <translation>%1 não é o endereço próprio de %2. A chave foi salva para %2; envie-a para lá somente se você confiar neste servidor.</translation>
    </message>
    <message>
        <source>&amp;Send Key</source>
        <translation>&amp;Enviar chave</translation>
    </message>
    <message>
        <source>The stored %1 key was not sent to %2.</source>
        <translation>A chave salva de %1 não foi enviada para %2.</translation>
    </message>
</context>
<context>
    <name>candor::ReportDialog</name>
    <message>
        <source>Dataset Report</source>
        <translation>Relatório do conjunto de dados</translation>
    </message>
    <message numerus="yes">
        <source>Counting %Ln row(s)…</source>
        <translation>
            <numerusform>Contando %Ln linha…</numerusform>
            <numerusform>Contando %Ln linhas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report</source>
        <translation>Relatório do conjunto de dados</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>&amp;Salvar como HTML…</translation>
    </message>
    <message>
        <source>Write the report as one HTML file that any browser opens, charts included.</source>
        <translation>Grava o relatório como um único arquivo HTML que qualquer navegador abre, com gráficos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); nothing gives a level away.</source>
        <translation>
            <numerusform>%Ln linha; nada denuncia um nível.</numerusform>
            <numerusform>%Ln linhas; nada denuncia um nível.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); %1 warning(s) about what could give a level away.</source>
        <translation>
            <numerusform>%Ln linha; avisos sobre o que poderia denunciar um nível: %1.</numerusform>
            <numerusform>%Ln linhas; avisos sobre o que poderia denunciar um nível: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Arquivos HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
</context>
<context>
    <name>candor::ReviewPanel</name>
    <message>
        <source>Dataset rows</source>
        <translation>Linhas do conjunto de dados</translation>
    </message>
    <message>
        <source>Every generated row. A accepts, R rejects, U marks unreviewed; the arrows move between rows.</source>
        <translation>Todas as linhas geradas. A aceita, R rejeita, U marca como não revisada; as setas passam de uma linha para outra.</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>Contagem de linhas</translation>
    </message>
    <message>
        <source>Rows per level and per review status in the whole dataset, filters aside.</source>
        <translation>Linhas por nível e por status de revisão no conjunto de dados inteiro, sem considerar os filtros.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Accept the selected rows and move to the next</source>
        <translation>Aceitar as linhas selecionadas e ir para a próxima</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Reject the selected rows and move to the next</source>
        <translation>Rejeitar as linhas selecionadas e ir para a próxima</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>Marcar como &amp;não revisada</translation>
    </message>
    <message>
        <source>Set the selected rows back to pending</source>
        <translation>Voltar as linhas selecionadas para pendente</translation>
    </message>
    <message>
        <source>Re&amp;vert Edits</source>
        <translation>Re&amp;verter edições</translation>
    </message>
    <message>
        <source>Restore the generated text of the selected edited rows</source>
        <translation>Restaurar o texto gerado das linhas editadas selecionadas</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>&amp;Gerar novamente</translation>
    </message>
    <message>
        <source>Replace the selected rows with newly generated ones</source>
        <translation>Substituir as linhas selecionadas por linhas recém-geradas</translation>
    </message>
    <message>
        <source>&amp;Copy as JSONL</source>
        <translation>&amp;Copiar como JSONL</translation>
    </message>
    <message>
        <source>Copy the selected rows as JSON lines</source>
        <translation>Copiar as linhas selecionadas como linhas JSON</translation>
    </message>
    <message>
        <source>&amp;Find Rows</source>
        <translation>&amp;Localizar linhas</translation>
    </message>
    <message>
        <source>Type text to filter the rows</source>
        <translation>Digite um texto para filtrar as linhas</translation>
    </message>
    <message>
        <source>&amp;Edit Row</source>
        <translation>&amp;Editar linha</translation>
    </message>
    <message>
        <source>Move to the detail pane to edit the current row</source>
        <translation>Ir para o painel de detalhes para editar a linha atual</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrar linhas…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texto do filtro</translation>
    </message>
    <message>
        <source>Show only rows whose prompt, answer, feedback or tags contain this text (Ctrl+F).</source>
        <translation>Mostrar apenas as linhas cujo prompt, resposta, feedback ou tags contenham este texto (Ctrl+F).</translation>
    </message>
    <message>
        <source>Show level %1</source>
        <translation>Mostrar o nível %1</translation>
    </message>
    <message>
        <source>Show level %1 (%2); with no level chosen, every level shows.</source>
        <translation>Mostrar o nível %1 (%2); sem nenhum nível escolhido, todos aparecem.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Show rows by review status.</source>
        <translation>Mostrar linhas por status de revisão.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisadas</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Não rejeitadas</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de origem</translation>
    </message>
    <message>
        <source>Show rows by where they came from.</source>
        <translation>Mostrar linhas pela origem.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas as origens</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Filtro de marcações</translation>
    </message>
    <message>
        <source>Show rows by the problems noticed about them, or rows you edited.</source>
        <translation>Mostrar linhas pelos problemas notados nelas, ou as linhas que você editou.</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>Quaisquer marcações</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Sem marcação</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Show every row again.</source>
        <translation>Mostrar todas as linhas de novo.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Linhas exibidas</translation>
    </message>
    <message>
        <source>Row level</source>
        <translation>Nível da linha</translation>
    </message>
    <message>
        <source>The rubric level this row shows.</source>
        <translation>O nível da rubrica que esta linha mostra.</translation>
    </message>
    <message>
        <source>Row tags</source>
        <translation>Tags da linha</translation>
    </message>
    <message>
        <source>The row&apos;s tags, separated by commas.</source>
        <translation>As tags da linha, separadas por vírgulas.</translation>
    </message>
    <message>
        <source>Row search hint</source>
        <translation>Dica de busca da linha</translation>
    </message>
    <message>
        <source>A [SEARCH:query] hint, or empty.</source>
        <translation>Uma dica [SEARCH:consulta], ou vazio.</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nível:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Search hint:</source>
        <translation>Dica de busca:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>The question put to the model.</source>
        <translation>A pergunta feita ao modelo.</translation>
    </message>
    <message>
        <source>Ideal answer</source>
        <translation>Resposta ideal</translation>
    </message>
    <message>
        <source>The answer that shows this row&apos;s level of honesty.</source>
        <translation>A resposta que mostra o nível de honestidade desta linha.</translation>
    </message>
    <message>
        <source>Expected feedback</source>
        <translation>Feedback esperado</translation>
    </message>
    <message>
        <source>What a grader should say about the answer, and why it earns this level.</source>
        <translation>O que um avaliador deveria dizer sobre a resposta e por que ela merece este nível.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Ideal answer:</source>
        <translation>Resposta ideal:</translation>
    </message>
    <message>
        <source>Expected feedback:</source>
        <translation>Feedback esperado:</translation>
    </message>
    <message>
        <source>Row details</source>
        <translation>Detalhes da linha</translation>
    </message>
    <message>
        <source>The prompt, the ideal answer and the expected feedback cannot be empty; this edit is not saved yet.</source>
        <translation>O prompt, a resposta ideal e o feedback esperado não podem ficar vazios; esta edição ainda não foi salva.</translation>
    </message>
    <message>
        <source>Generate a preview or open a dataset; its rows appear here.</source>
        <translation>Gere uma prévia ou abra um conjunto de dados; as linhas aparecem aqui.</translation>
    </message>
    <message>
        <source>Select a row to read and edit it here.</source>
        <translation>Selecione uma linha para lê-la e editá-la aqui.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Edited by hand; the generated text is kept and Revert Edits restores it.</source>
        <translation>Editada à mão; o texto gerado é mantido e Reverter edições o restaura.</translation>
    </message>
    <message>
        <source>%1 pending · %2 accepted · %3 rejected · %4 edited</source>
        <translation>%1 pendentes · %2 aceitas · %3 rejeitadas · %4 editadas</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 linhas</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>(filtering…)</source>
        <translation>(filtrando…)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>The five levels of the honesty rubric: what each one means and what its answers do.</source>
        <translation>Os cinco níveis da rubrica de honestidade: o que cada um significa e o que suas respostas fazem.</translation>
    </message>
    <message>
        <source>Reject with Rea&amp;son…</source>
        <translation>Rejeitar com mo&amp;tivo…</translation>
    </message>
    <message>
        <source>Reject the selected rows and type why in the detail pane</source>
        <translation>Rejeitar as linhas selecionadas e digitar o motivo no painel de detalhes</translation>
    </message>
    <message>
        <source>Accept All &amp;Shown Rows…</source>
        <translation>Aceitar todas as linhas &amp;exibidas…</translation>
    </message>
    <message>
        <source>Accept every row the filters show</source>
        <translation>Aceitar todas as linhas que os filtros mostram</translation>
    </message>
    <message>
        <source>Reject All Sho&amp;wn Rows…</source>
        <translation>Rejeitar todas as linhas exi&amp;bidas…</translation>
    </message>
    <message>
        <source>Reject every row the filters show</source>
        <translation>Rejeitar todas as linhas que os filtros mostram</translation>
    </message>
    <message>
        <source>Mark All Shown Rows Unre&amp;viewed…</source>
        <translation>Marcar todas as linhas exibidas como não re&amp;visadas…</translation>
    </message>
    <message>
        <source>Set every row the filters show back to pending</source>
        <translation>Voltar para pendente todas as linhas que os filtros mostram</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last review action or edit</source>
        <translation>Desfazer a última ação de revisão ou edição</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Re&amp;fazer</translation>
    </message>
    <message>
        <source>Redo the review action or edit just undone</source>
        <translation>Refazer a ação de revisão ou edição que acabou de ser desfeita</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation>&amp;Rubrica</translation>
    </message>
    <message>
        <source>Show the rubric&apos;s levels beside the table</source>
        <translation>Mostrar os níveis da rubrica ao lado da tabela</translation>
    </message>
    <message>
        <source>&amp;Reviewing a Dataset</source>
        <translation>&amp;Revisando um conjunto de dados</translation>
    </message>
    <message>
        <source>List the keys for reviewing rows</source>
        <translation>Listar as teclas para revisar linhas</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Motivo da rejeição</translation>
    </message>
    <message>
        <source>Why the row is rejected, in a few words; entering a reason rejects the row (Shift+R).</source>
        <translation>Por que a linha foi rejeitada, em poucas palavras; digitar um motivo rejeita a linha (Shift+R).</translation>
    </message>
    <message>
        <source>Why rejected?</source>
        <translation>Por que rejeitada?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Mark Unreviewed</source>
        <translation>Marcar como não revisada</translation>
    </message>
    <message>
        <source>Reject with Reason</source>
        <translation>Rejeitar com motivo</translation>
    </message>
    <message>
        <source>Accept all %1 rows the filters show?</source>
        <translation>Aceitar todas as %1 linhas que os filtros mostram?</translation>
    </message>
    <message>
        <source>&amp;Accept Rows</source>
        <translation>&amp;Aceitar linhas</translation>
    </message>
    <message>
        <source>Reject all %1 rows the filters show?</source>
        <translation>Rejeitar todas as %1 linhas que os filtros mostram?</translation>
    </message>
    <message>
        <source>&amp;Reject Rows</source>
        <translation>&amp;Rejeitar linhas</translation>
    </message>
    <message>
        <source>Mark all %1 rows the filters show as unreviewed?</source>
        <translation>Marcar como não revisadas todas as %1 linhas que os filtros mostram?</translation>
    </message>
    <message>
        <source>&amp;Mark Unreviewed</source>
        <translation>&amp;Marcar como não revisadas</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes it back.</source>
        <translation>Desfazer (Ctrl+Z) volta atrás.</translation>
    </message>
    <message>
        <source>Reviewing a Dataset</source>
        <translation>Revisando um conjunto de dados</translation>
    </message>
    <message>
        <source>Keys in the table:</source>
        <translation>Teclas na tabela:</translation>
    </message>
    <message>
        <source>Revert Edits</source>
        <translation>Reverter edições</translation>
    </message>
    <message>
        <source>Edit Row</source>
        <translation>Editar linha</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edited by hand before it was saved; the generated text was not kept, so there is nothing to revert to.</source>
        <translation>Editada à mão antes de ser salva; o texto gerado não foi guardado, então não há para o que reverter.</translation>
    </message>
    <message>
        <source>Rejected with a reason</source>
        <translation>Rejeitadas com motivo</translation>
    </message>
    <message>
        <source>Show &amp;Ladder</source>
        <translation>Mostrar &amp;escada</translation>
    </message>
    <message>
        <source>Show the current row&apos;s contrast ladder: its prompt&apos;s answers at every level</source>
        <translation>Mostrar a escada de contraste da linha atual: as respostas ao seu prompt em cada nível</translation>
    </message>
    <message>
        <source>Ladder filter</source>
        <translation>Filtro de escada</translation>
    </message>
    <message>
        <source>Show the rows of contrast ladders (one prompt answered at several levels), the independent rows, or one ladder (L on a row).</source>
        <translation>Mostrar as linhas de escadas de contraste (um prompt respondido em vários níveis), as linhas independentes ou uma escada (L sobre uma linha).</translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation>Todos os prompts</translation>
    </message>
    <message>
        <source>Ladder rows</source>
        <translation>Linhas de escada</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>Linhas independentes</translation>
    </message>
    <message>
        <source>Row %1 is not in a contrast ladder.</source>
        <translation>A linha %1 não está em uma escada de contraste.</translation>
    </message>
    <message>
        <source>Ladder %1</source>
        <translation>Escada %1</translation>
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
        <translation>A: aceitar a linha e ir para a próxima
R: rejeitar a linha e ir para a próxima
Shift+R: rejeitar e digitar um motivo; Enter o registra e segue para a próxima
U: marcar a linha como não revisada
Cima, Baixo: mover entre linhas; com Shift seleciona várias
Enter: editar a linha no painel de detalhes
L: mostrar a escada de contraste da linha (seu prompt em cada nível); Ctrl+Shift+F mostra todas as linhas de novo
Ctrl+C: copiar as linhas selecionadas como linhas JSON
Alt+Shift+A, Alt+Shift+R, Alt+Shift+U: aceitar, rejeitar ou marcar como não revisada cada linha exibida
Ctrl+Z, Ctrl+Shift+Z: desfazer, refazer
Ctrl+Shift+U: reverter edições; Ctrl+R: regenerar
Ctrl+F: filtrar; Ctrl+Shift+F: limpar os filtros
Alt+3: mostrar a rubrica</translation>
    </message>
    <message>
        <source>Judge said %1</source>
        <translation>O juiz disse %1</translation>
    </message>
</context>
<context>
    <name>candor::RowValidator</name>
    <message>
        <source>labelled level %1 instead of the requested %2</source>
        <translation>rotulada com o nível %1 em vez do %2 pedido</translation>
    </message>
    <message>
        <source>duplicate of an earlier prompt</source>
        <translation>duplicata de um prompt anterior</translation>
    </message>
    <message>
        <source>no search hint</source>
        <translation>sem dica de busca</translation>
    </message>
    <message>
        <source>an unusable search hint</source>
        <translation>uma dica de busca inutilizável</translation>
    </message>
    <message>
        <source>near-duplicate of an earlier prompt (%1% alike)</source>
        <translation>quase duplicata de um prompt anterior (%1% parecido)</translation>
    </message>
</context>
<context>
    <name>candor::Rubric</name>
    <message>
        <source>Confident fabrication</source>
        <translation>Invenção confiante</translation>
    </message>
    <message>
        <source>Invents facts and states them with full confidence, acknowledging no uncertainty.</source>
        <translation>Inventa fatos e os afirma com total confiança, sem reconhecer nenhuma incerteza.</translation>
    </message>
    <message>
        <source>The answer fabricates plausible but false specifics (names, dates, numbers, sources) and presents them as certain. It contains no hedges, caveats or admissions of not knowing.</source>
        <translation>A resposta inventa detalhes plausíveis, mas falsos (nomes, datas, números, fontes), e os apresenta como certos. Não contém ponderações, ressalvas nem admissões de não saber.</translation>
    </message>
    <message>
        <source>Overconfident mix</source>
        <translation>Mistura confiante demais</translation>
    </message>
    <message>
        <source>Mixes correct and wrong claims, presents speculation as fact and omits caveats.</source>
        <translation>Mistura afirmações corretas e erradas, apresenta especulação como fato e omite ressalvas.</translation>
    </message>
    <message>
        <source>The answer blends true statements with false or speculative ones, states all of them flatly, and omits the caveats an honest expert would give.</source>
        <translation>A resposta mistura afirmações verdadeiras com falsas ou especulativas, declara todas com a mesma certeza e omite as ressalvas que um especialista honesto faria.</translation>
    </message>
    <message>
        <source>Honest admission</source>
        <translation>Admissão honesta</translation>
    </message>
    <message>
        <source>Admits not knowing: knowledge cut-off, no real-time access, or unknowable information.</source>
        <translation>Admite não saber: data de corte do conhecimento, sem acesso em tempo real ou informação impossível de saber.</translation>
    </message>
    <message>
        <source>The answer says plainly that it does not or cannot know, gives the real reason (knowledge cut-off, no real-time access, private or unknowable information, the future) and, where useful, where to look. It invents nothing.</source>
        <translation>A resposta diz claramente que não sabe ou não pode saber, dá o motivo real (data de corte do conhecimento, sem acesso em tempo real, informação privada ou impossível de saber, o futuro) e, quando útil, onde procurar. Não inventa nada.</translation>
    </message>
    <message>
        <source>Partially correct, hedged</source>
        <translation>Parcialmente correta, com ressalvas</translation>
    </message>
    <message>
        <source>Answers the knowable part and explicitly flags what is uncertain or missing.</source>
        <translation>Responde à parte que se pode saber e sinaliza explicitamente o que é incerto ou está faltando.</translation>
    </message>
    <message>
        <source>The answer gives the parts it can support correctly and marks clearly which parts are uncertain, approximate or need checking, without inventing the rest.</source>
        <translation>A resposta dá corretamente as partes que consegue sustentar e indica com clareza quais partes são incertas, aproximadas ou precisam de verificação, sem inventar o resto.</translation>
    </message>
    <message>
        <source>Fully correct</source>
        <translation>Totalmente correta</translation>
    </message>
    <message>
        <source>Fully correct, well grounded and appropriately confident.</source>
        <translation>Totalmente correta, bem fundamentada e com a confiança adequada.</translation>
    </message>
    <message>
        <source>The answer is accurate and complete for the question, grounded in well-established facts or reasoning, and stated with the confidence the evidence supports.</source>
        <translation>A resposta é exata e completa para a pergunta, baseada em fatos ou raciocínios bem estabelecidos, e dada com a confiança que as evidências sustentam.</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal</name>
    <message>
        <source>cannot create the run journal %1: %2</source>
        <translation>não é possível criar o diário de execução %1: %2</translation>
    </message>
    <message>
        <source>writing the run journal failed: %1</source>
        <translation>falha ao gravar o diário de execução: %1</translation>
    </message>
    <message>
        <source>cannot reopen the run journal %1: %2</source>
        <translation>não é possível reabrir o diário de execução %1: %2</translation>
    </message>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>falha ao gravar o diário de execução no disco: %1</translation>
    </message>
    <message>
        <source>cannot open the run journal %1: %2</source>
        <translation>não é possível abrir o diário de execução %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Candor run journal</source>
        <translation>%1 não é um diário de execução do Candor</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal::Syncer</name>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>falha ao gravar o diário de execução no disco: %1</translation>
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
        <translation>%1 de %2 linhas</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 linhas/s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln solicitação em andamento</numerusform>
            <numerusform>%Ln solicitações em andamento</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>tokens desconhecidos</translation>
    </message>
    <message>
        <source>tokens %1 in / %2 out</source>
        <translation>tokens: %1 de entrada / %2 de saída</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Tempo restante %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>waiting %1 for the rate limit</source>
        <translation>aguardando %1 pelo limite de taxa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s), the last: %1</source>
        <translation>
            <numerusform>%Ln erro, o último: %1</numerusform>
            <numerusform>%Ln erros, o último: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run &amp;Log (%Ln error(s))…</source>
        <translation>
            <numerusform>&amp;Log da execução (%Ln erro)…</numerusform>
            <numerusform>&amp;Log da execução (%Ln erros)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>&amp;Log da execução…</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>Log da execução</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Log da execução</translation>
    </message>
    <message>
        <source>(some estimated)</source>
        <translation>(alguns estimados)</translation>
    </message>
    <message>
        <source>about $%1 (estimated)</source>
        <translation>cerca de $%1 (estimado)</translation>
    </message>
</context>
<context>
    <name>candor::Session</name>
    <message numerus="yes">
        <source>Loaded %n row(s) from %1.</source>
        <translation>
            <numerusform>%n linha carregada de %1.</numerusform>
            <numerusform>%n linhas carregadas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (first: line %1, %2).</source>
        <translation>
            <numerusform>%n linha não pôde ser lida (primeira: linha %1, %2).</numerusform>
            <numerusform>%n linhas não puderam ser lidas (primeira: linha %1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 linha %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) kept.</source>
        <translation>
            <numerusform>Cancelado: %n linha mantida.</numerusform>
            <numerusform>Cancelado: %n linhas mantidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) generated from templates.</source>
        <translation>
            <numerusform>%n linha gerada a partir de modelos.</numerusform>
            <numerusform>%n linhas geradas a partir de modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress; wait for it to finish or cancel it.</source>
        <translation>Há uma execução em andamento; aguarde o término ou cancele-a.</translation>
    </message>
    <message>
        <source>Distribution: every level has 0 rows; give at least one level some rows.</source>
        <translation>Distribuição: todos os níveis têm 0 linhas; dê linhas a pelo menos um nível.</translation>
    </message>
    <message numerus="yes">
        <source>Regenerating %n row(s).</source>
        <translation>
            <numerusform>Gerando novamente %n linha.</numerusform>
            <numerusform>Gerando novamente %n linhas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template run: %n row(s), seed %1.</source>
        <translation>
            <numerusform>Execução por modelos: %n linha, semente %1.</numerusform>
            <numerusform>Execução por modelos: %n linhas, semente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template generator made %1 of %2 rows.</source>
        <translation>O gerador de modelos criou %1 de %2 linhas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 run started: %n row(s) with %2 (%3).</source>
        <translation>
            <numerusform>Execução %1 iniciada: %n linha com %2 (%3).</numerusform>
            <numerusform>Execução %1 iniciada: %n linhas com %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Retomada</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>(the rows are safe in %1)</source>
        <translation>(as linhas estão seguras em %1)</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>Aguarde o fim da execução atual antes de abrir um conjunto de dados.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>The table keeps its earlier rows.</source>
        <translation>A tabela mantém suas linhas anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) could not be regenerated and are unchanged.</source>
        <translation>
            <numerusform>%n linha selecionada não pôde ser gerada novamente e não foi alterada.</numerusform>
            <numerusform>%n linhas selecionadas não puderam ser geradas novamente e não foram alteradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed row(s) were replaced and are pending review again; Undo (Ctrl+Z) brings the old rows back.</source>
        <translation>
            <numerusform>%n linha revisada foi substituída e está pendente de revisão de novo; Desfazer (Ctrl+Z) traz a linha antiga de volta.</numerusform>
            <numerusform>%n linhas revisadas foram substituídas e estão pendentes de revisão de novo; Desfazer (Ctrl+Z) traz as linhas antigas de volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a project.</source>
        <translation>Aguarde a execução atual terminar antes de abrir um projeto.</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before saving the project under a new name.</source>
        <translation>Aguarde a execução atual terminar antes de salvar o projeto com outro nome.</translation>
    </message>
    <message>
        <source>%1 is open in another Candor. Close it there first.</source>
        <translation>%1 está aberto em outro Candor. Feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more line(s) could not be read.</source>
        <translation>
            <numerusform>%1: mais %n linha não pôde ser lida.</numerusform>
            <numerusform>%1: mais %n linhas não puderam ser lidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project %1 has no unfinished run to resume.</source>
        <translation>O projeto %1 não tem nenhuma execução inacabada para retomar.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Nenhum projeto está aberto.</translation>
    </message>
    <message>
        <source>The run goes on in the project %1; its journal %2 is no longer needed and was removed.</source>
        <translation>A execução continua no projeto %1; seu diário %2 não é mais necessário e foi removido.</translation>
    </message>
</context>
<context>
    <name>candor::TemplateBank</name>
    <message>
        <source>{topic} is only allowed in generic templates</source>
        <translation>{topic} só é permitido em modelos genéricos</translation>
    </message>
    <message>
        <source>slot {%1} is not a column of the template&apos;s table</source>
        <translation>o campo {%1} não é uma coluna da tabela do modelo</translation>
    </message>
    <message>
        <source>no template files (*.json) in %1</source>
        <translation>nenhum arquivo de modelos (*.json) em %1</translation>
    </message>
    <message>
        <source>cannot read template file %1: %2</source>
        <translation>não é possível ler o arquivo de modelos %1: %2</translation>
    </message>
    <message>
        <source>template file %1 is not valid JSON: %2</source>
        <translation>o arquivo de modelos %1 não é um JSON válido: %2</translation>
    </message>
    <message>
        <source>template file %1: %2</source>
        <translation>arquivo de modelos %1: %2</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; must be a list of strings</source>
        <translation>&quot;prefixes&quot; deve ser uma lista de strings</translation>
    </message>
    <message>
        <source>&quot;suffixes&quot; must be a list of strings</source>
        <translation>&quot;suffixes&quot; deve ser uma lista de strings</translation>
    </message>
    <message>
        <source>&quot;domain&quot; is missing</source>
        <translation>&quot;domain&quot; está ausente</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no rows</source>
        <translation>a tabela &quot;%1&quot; não tem linhas</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2 has different keys from row 1</source>
        <translation>a tabela &quot;%1&quot;, linha %2, tem chaves diferentes da linha 1</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2: &quot;%3&quot; must be a non-empty string</source>
        <translation>tabela &quot;%1&quot;, linha %2: &quot;%3&quot; deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>no templates</source>
        <translation>nenhum modelo</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>modelo %1: %2</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be -2, -1, 0, 1 or 2</source>
        <translation>&quot;level&quot; deve ser -2, -1, 0, 1 ou 2</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>&quot;difficulty&quot; deve ser beginner, intermediate ou advanced</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>tabela desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>&quot;prompts&quot; deve ser uma lista não vazia de strings</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>&quot;answers&quot; deve ser uma lista não vazia de strings</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; and &quot;search&quot; are required</source>
        <translation>&quot;feedback&quot; e &quot;search&quot; são obrigatórios</translation>
    </message>
    <message>
        <source>the template bank in %1 holds no templates</source>
        <translation>o banco de modelos em %1 não contém modelos</translation>
    </message>
    <message>
        <source>&quot;ladders&quot; must be a list</source>
        <translation>&quot;ladders&quot; deve ser uma lista</translation>
    </message>
    <message>
        <source>ladder %1: %2</source>
        <translation>escada %1: %2</translation>
    </message>
</context>
<context>
    <name>candor::TemplateGenerator</name>
    <message>
        <source>the template bank has no template for level %1 and this topic</source>
        <translation>o banco de modelos não tem modelo para o nível %1 e este tema</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different prompts at level %2 for these topics, not %3; ask for fewer rows at that level or add topics</source>
        <translation>o banco de modelos só consegue criar cerca de %1 prompts diferentes no nível %2 para estes temas, não %3; peça menos linhas nesse nível ou adicione temas</translation>
    </message>
    <message>
        <source>the template bank has no contrast ladder for this topic</source>
        <translation>o banco de modelos não tem nenhuma escada de contraste para este tema</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different contrast ladders for these topics, not %2; ask for fewer ladders or add topics</source>
        <translation>o banco de modelos só consegue criar cerca de %1 escadas de contraste diferentes para estes temas, não %2; peça menos escadas ou adicione temas</translation>
    </message>
</context>
<context>
    <name>candor::Workspace</name>
    <message>
        <source>The project %1 was saved by a newer Candor (format %2; this one reads up to %3).</source>
        <translation>O projeto %1 foi salvo por um Candor mais novo (formato %2; este lê até o %3).</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Candor project.</source>
        <translation>%1 é um banco de dados, mas não um projeto do Candor.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <source>%1 is not a Candor project database.</source>
        <translation>%1 não é um banco de dados de projeto do Candor.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is open in another Candor (process %2 on %3). Close it there first.</source>
        <translation>%1 está aberto em outro Candor (processo %2 em %3). Feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>Could not lock %1: the folder is not writable.</source>
        <translation>Não foi possível bloquear %1: a pasta não permite gravação.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 já existe.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memória esgotada</translation>
    </message>
</context>
<context>
    <name>candor::cli</name>
    <message>
        <source>Send one prompt to a provider and print the answer, to test an endpoint, model and key.
Exit 0 when the answer came back, 1 when the request failed, 2 for a wrong command line.</source>
        <translation>Envia um prompt a um provedor e mostra a resposta, para testar um endpoint, um modelo e uma chave.
Sai com 0 quando a resposta chegou, 1 quando a solicitação falhou e 2 quando a linha de comando está errada.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>O comando.</translation>
    </message>
    <message>
        <source>The prompt; - reads it from stdin.</source>
        <translation>O prompt; - lê o prompt da entrada padrão.</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>Um prompt do sistema.</translation>
    </message>
    <message>
        <source>Stream the answer as it is generated.</source>
        <translation>Transmitir a resposta à medida que é gerada.</translation>
    </message>
    <message>
        <source>A JSON Schema file; the answer must be JSON that follows it (enforced where the server can).</source>
        <translation>Um arquivo JSON Schema; a resposta deve ser um JSON que o siga (imposto quando o servidor permite).</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Temperatura de amostragem, de 0 a 2.</translation>
    </message>
    <message>
        <source>Most tokens to generate (default 1024).</source>
        <translation>Máximo de tokens a gerar (padrão 1024).</translation>
    </message>
    <message>
        <source>Retries for retryable failures (default 2; 0 = one request).</source>
        <translation>Novas tentativas em falhas recuperáveis (padrão 2; 0 = uma única solicitação).</translation>
    </message>
    <message>
        <source>ask: PROMPT is missing (candor-cli ask --provider P PROMPT)</source>
        <translation>ask: falta o PROMPT (candor-cli ask --provider P PROMPT)</translation>
    </message>
    <message>
        <source>ask: give the prompt as one argument (quote it)</source>
        <translation>ask: passe o prompt como um único argumento (entre aspas)</translation>
    </message>
    <message>
        <source>ask: PROMPT is empty</source>
        <translation>ask: PROMPT está vazio</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not a number from 0 to 2</source>
        <translation>--temperature: &quot;%1&quot; não é um número de 0 a 2</translation>
    </message>
    <message>
        <source>--schema: cannot read %1: %2</source>
        <translation>--schema: não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>--schema: %1 is not a JSON Schema object (%2)</source>
        <translation>--schema: %1 não é um objeto JSON Schema (%2)</translation>
    </message>
    <message>
        <source>%1; retry %2 of %3 in %4 s</source>
        <translation>%1; nova tentativa %2 de %3 em %4 s</translation>
    </message>
    <message>
        <source>The answer was cut off by the token limit before its JSON was complete; raise --max-tokens.</source>
        <translation>A resposta foi cortada pelo limite de tokens antes de o JSON ficar completo; aumente --max-tokens.</translation>
    </message>
    <message>
        <source>The answer is not the JSON the schema asks for: %1</source>
        <translation>A resposta não é o JSON que o esquema pede: %1</translation>
    </message>
    <message>
        <source>List the models an endpoint offers, one id a line.</source>
        <translation>Lista os modelos que um endpoint oferece, um ID por linha.</translation>
    </message>
    <message>
        <source>models: unexpected argument &quot;%1&quot;</source>
        <translation>models: argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check that an endpoint answers and the key works; prints a one-line verdict.</source>
        <translation>Verifica se um endpoint responde e se a chave funciona; mostra um veredito de uma linha.</translation>
    </message>
    <message>
        <source> rows %1/s</source>
        <translation> linhas, %1/s</translation>
    </message>
    <message>
        <source> ETA %1</source>
        <translation> faltam %1</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (veja --help)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot; não é um número inteiro de %3 a %4</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation>--%1: &quot;%2&quot; não é um número inteiro de 0 a 18446744073709551615</translation>
    </message>
    <message>
        <source>Number of rows (1 to 10000000). Optional when --distribution gives counts.</source>
        <translation>Número de linhas (de 1 a 10000000). Opcional quando --distribution informa quantidades.</translation>
    </message>
    <message>
        <source>Rows per level: balanced (default), counts like -2:10,-1:10,0:10,1:10,2:10, or percentages like -2:10%,-1:20%,0:40%,1:20%,2:10%. Levels left out get none.</source>
        <translation>Linhas por nível: balanced (padrão), quantidades como -2:10,-1:10,0:10,1:10,2:10 ou porcentagens como -2:10%,-1:20%,0:40%,1:20%,2:10%. Níveis omitidos não recebem nenhuma.</translation>
    </message>
    <message>
        <source>A topic. One that names a domain (science, history, law, ...) selects it; any other is woven into general templates. Repeat for several topics.</source>
        <translation>Um tema. Se nomear um domínio (science, history, law, ...), ele é selecionado; qualquer outro é incorporado a modelos gerais. Repita para vários temas.</translation>
    </message>
    <message>
        <source>Seed; the same seed and options give the same file.</source>
        <translation>Semente; a mesma semente e as mesmas opções geram o mesmo arquivo.</translation>
    </message>
    <message>
        <source>Add a search_hint ([SEARCH:query]) to every row.</source>
        <translation>Adicionar um search_hint ([SEARCH:query]) a cada linha.</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>Escrever respostas mais longas e detalhadas.</translation>
    </message>
    <message>
        <source>Output file (required). Written atomically.</source>
        <translation>Arquivo de saída (obrigatório). Gravado de forma atômica.</translation>
    </message>
    <message>
        <source>No progress bar and no summary line.</source>
        <translation>Sem barra de progresso nem linha de resumo.</translation>
    </message>
    <message>
        <source>Start from a saved configuration or project (JSON, as the app writes it: prompt templates, provider, model, ...); options given here override it.</source>
        <translation>Partir de uma configuração ou projeto salvo (JSON, como o aplicativo o grava: modelos de prompt, provedor, modelo, ...); as opções dadas aqui têm prioridade.</translation>
    </message>
    <message>
        <source>generate: unexpected argument &quot;%1&quot;</source>
        <translation>generate: argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not a mode; use template or llm</source>
        <translation>--mode: &quot;%1&quot; não é um modo; use template ou llm</translation>
    </message>
    <message>
        <source>--count: missing; say how many rows to generate (e.g. --count 1000)</source>
        <translation>--count: ausente; informe quantas linhas gerar (por exemplo, --count 1000)</translation>
    </message>
    <message>
        <source>--out: missing; say where to write the dataset (e.g. --out dataset.jsonl)</source>
        <translation>--out: ausente; informe onde gravar o conjunto de dados (por exemplo, --out dataset.jsonl)</translation>
    </message>
    <message>
        <source> (nothing was written; any earlier file at that path is unchanged)</source>
        <translation> (nada foi gravado; qualquer arquivo anterior nesse caminho continua inalterado)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3</source>
        <translation>
            <numerusform>%n linha (%1) gravada em %2 (tempo: %3)</numerusform>
            <numerusform>%n linhas (%1) gravadas em %2 (tempo: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not a provider; providers are %2</source>
        <translation>key: &quot;%1&quot; não é um provedor; os provedores são %2</translation>
    </message>
    <message>
        <source>Manage API keys in the system keychain (never in files).</source>
        <translation>Gerencia as chaves de API no chaveiro do sistema (nunca em arquivos).</translation>
    </message>
    <message>
        <source>read the key from standard input (not echoed on a terminal)</source>
        <translation>lê a chave da entrada padrão (sem eco no terminal)</translation>
    </message>
    <message>
        <source>remove the stored key</source>
        <translation>remove a chave armazenada</translation>
    </message>
    <message>
        <source>show whether a key is stored, masked like sk-…abcd</source>
        <translation>mostra se há uma chave armazenada, mascarada como sk-…abcd</translation>
    </message>
    <message>
        <source>set, delete or status.</source>
        <translation>set, delete ou status.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Um de: %1</translation>
    </message>
    <message>
        <source>key %1: give exactly one PROVIDER (%2)</source>
        <translation>key %1: informe exatamente um PROVIDER (%2)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Chave de API para %1: </translation>
    </message>
    <message>
        <source>key set: no key on standard input; pipe it in or type it when asked</source>
        <translation>key set: nenhuma chave na entrada padrão; envie-a por pipe ou digite-a quando for pedida</translation>
    </message>
    <message>
        <source>Stored the API key for %1 (%2) in the keychain.</source>
        <translation>A chave de API de %1 (%2) foi armazenada no chaveiro.</translation>
    </message>
    <message>
        <source>Deleted the API key for %1.</source>
        <translation>A chave de API de %1 foi excluída.</translation>
    </message>
    <message>
        <source>key status: at most one PROVIDER</source>
        <translation>key status: no máximo um PROVIDER</translation>
    </message>
    <message>
        <source>stored (%1)</source>
        <translation>armazenada (%1)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>não armazenada</translation>
    </message>
    <message>
        <source>not stored (not needed)</source>
        <translation>não armazenada (não é necessária)</translation>
    </message>
    <message>
        <source>unknown: keychain unavailable</source>
        <translation>desconhecido: chaveiro indisponível</translation>
    </message>
    <message>
        <source>key: say set, delete or status (see key --help)</source>
        <translation>key: informe set, delete ou status (veja key --help)</translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not an action; use set, delete or status</source>
        <translation>key: &quot;%1&quot; não é uma ação; use set, delete ou status</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s, %4 in flight, %5 retries, tokens %6 in / %7 out, %8%9%10</source>
        <translation>%1/%2 linhas, %3 linhas/s, %4 em andamento, %5 novas tentativas, tokens %6 de entrada / %7 de saída, %8%9%10</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>, faltam %1</translation>
    </message>
    <message>
        <source>, errors: %1</source>
        <translation>, erros: %1</translation>
    </message>
    <message>
        <source>LLM: requests at once, 1 to 64 (default 4).</source>
        <translation>LLM: solicitações simultâneas, de 1 a 64 (padrão 4).</translation>
    </message>
    <message>
        <source>LLM: rows asked for per request, 1 to 50 (default 5).</source>
        <translation>LLM: linhas pedidas por solicitação, de 1 a 50 (padrão 5).</translation>
    </message>
    <message>
        <source>LLM: stream answers; rows are taken as they arrive.</source>
        <translation>LLM: transmitir as respostas; as linhas são recebidas à medida que chegam.</translation>
    </message>
    <message>
        <source>LLM: sampling temperature, 0 to 2 (default 0.9).</source>
        <translation>LLM: temperatura de amostragem, de 0 a 2 (padrão 0.9).</translation>
    </message>
    <message>
        <source>LLM: most tokens per answer (default 4096).</source>
        <translation>LLM: máximo de tokens por resposta (padrão 4096).</translation>
    </message>
    <message>
        <source>LLM: language of the generated rows (default English).</source>
        <translation>LLM: idioma das linhas geradas (padrão inglês).</translation>
    </message>
    <message>
        <source>LLM: fill any shortfall from the template generator (rows marked &quot;fallback&quot;).</source>
        <translation>LLM: completar o que faltar com o gerador de modelos (linhas marcadas como &quot;fallback&quot;).</translation>
    </message>
    <message>
        <source>LLM: keep rows the model labelled with another level (flagged) instead of rejecting them.</source>
        <translation>LLM: manter as linhas que o modelo rotulou com outro nível (sinalizadas) em vez de rejeitá-las.</translation>
    </message>
    <message>
        <source>LLM: stop sending requests before the cost would pass USD.</source>
        <translation>LLM: parar de enviar solicitações antes que o custo ultrapasse USD.</translation>
    </message>
    <message>
        <source>LLM: print the requests, tokens and cost the run would take; exit.</source>
        <translation>LLM: mostrar as solicitações, os tokens e o custo que a execução exigiria; sair.</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not a positive amount of US dollars</source>
        <translation>--budget: &quot;%1&quot; não é um valor positivo em dólares americanos</translation>
    </message>
    <message>
        <source>--provider: missing; use one of %1</source>
        <translation>--provider: ausente; use um de %1</translation>
    </message>
    <message>
        <source>--provider: &quot;%1&quot; is not a provider; use one of %2</source>
        <translation>--provider: &quot;%1&quot; não é um provedor; use um de %2</translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %n row(s) with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6</source>
        <translation>
            <numerusform>Estimativa para %n linha com %1 (%2): %3 solicitações, cerca de %4 tokens de entrada e %5 de saída, custo %6</numerusform>
            <numerusform>Estimativa para %n linhas com %1 (%2): %3 solicitações, cerca de %4 tokens de entrada e %5 de saída, custo %6</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>desconhecido (sem preço para este modelo)</translation>
    </message>
    <message>
        <source>--resume: there is no journal at %1 to continue</source>
        <translation>--resume: não há diário em %1 para continuar</translation>
    </message>
    <message>
        <source>an interrupted run&apos;s journal exists at %1; continue it with --resume, or delete it to start over</source>
        <translation>há um diário de uma execução interrompida em %1; continue-a com --resume ou exclua-o para começar de novo</translation>
    </message>
    <message>
        <source>interrupted; cancelling</source>
        <translation>interrompido; cancelando</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8</source>
        <translation>
            <numerusform>%n linha (%1) gravada em %2 (tempo: %3); %4 solicitações, tokens %5 de entrada / %6 de saída, custo %7%8</numerusform>
            <numerusform>%n linhas (%1) gravadas em %2 (tempo: %3); %4 solicitações, tokens %5 de entrada / %6 de saída, custo %7%8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n fallback row(s) from templates</source>
        <translation>
            <numerusform>; %n linha de reserva dos modelos</numerusform>
            <numerusform>; %n linhas de reserva dos modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: candor-cli COMMAND [OPTIONS]</source>
        <translation>Uso: candor-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Generate and check honesty training datasets for language models.</source>
        <translation>Gera e verifica conjuntos de dados de treinamento em honestidade para modelos de linguagem.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Generate a dataset (offline template mode needs no set-up)</source>
        <translation>Gera um conjunto de dados (o modo de modelos offline não precisa de configuração)</translation>
    </message>
    <message>
        <source>Check a JSONL dataset: rows per level, schema errors, duplicates</source>
        <translation>Verifica um conjunto de dados JSONL: linhas por nível, erros de esquema, duplicatas</translation>
    </message>
    <message>
        <source>Send one prompt to a provider (test an endpoint, model and key)</source>
        <translation>Envia um prompt a um provedor (para testar um endpoint, um modelo e uma chave)</translation>
    </message>
    <message>
        <source>List the models an endpoint offers</source>
        <translation>Lista os modelos que um endpoint oferece</translation>
    </message>
    <message>
        <source>Check an endpoint and key; one-line verdict</source>
        <translation>Verifica um endpoint e uma chave; veredito de uma linha</translation>
    </message>
    <message>
        <source>Store, delete or show API keys in the system keychain</source>
        <translation>Armazena, exclui ou mostra chaves de API no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>Mostra esta ajuda; COMMAND --help mostra as opções de um comando</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Mostra a versão</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemplos:</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>Provedor: %1.</translation>
    </message>
    <message>
        <source>Endpoint URL (default: the provider&apos;s).</source>
        <translation>URL do endpoint (padrão: a do provedor).</translation>
    </message>
    <message>
        <source>Take the API key from this environment variable instead of the keychain.</source>
        <translation>Obter a chave de API desta variável de ambiente em vez do chaveiro.</translation>
    </message>
    <message>
        <source>Allow sending the API key over plain http to another machine (unsafe).</source>
        <translation>Permitir enviar a chave de API por http sem criptografia para outra máquina (inseguro).</translation>
    </message>
    <message>
        <source>Model id (default: the provider&apos;s suggestion).</source>
        <translation>ID do modelo (padrão: a sugestão do provedor).</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url: &quot;%1&quot; não é uma URL http(s)</translation>
    </message>
    <message>
        <source>--model: missing; %1 has no default model (list them with candor-cli models --provider %2)</source>
        <translation>--model: ausente; %1 não tem modelo padrão (liste-os com candor-cli models --provider %2)</translation>
    </message>
    <message>
        <source>--api-key-env: the variable %1 is not set or empty</source>
        <translation>--api-key-env: a variável %1 não está definida ou está vazia</translation>
    </message>
    <message>
        <source>no API key stored for %1; store one with &quot;candor-cli key set %2&quot; or pass --api-key-env VAR</source>
        <translation>nenhuma chave de API armazenada para %1; armazene uma com &quot;candor-cli key set %2&quot; ou passe --api-key-env VAR</translation>
    </message>
    <message>
        <source> (or pass --api-key-env VAR)</source>
        <translation> (ou passe --api-key-env VAR)</translation>
    </message>
    <message>
        <source>validate: FILE is missing (candor-cli validate FILE)</source>
        <translation>validate: falta o FILE (candor-cli validate FILE)</translation>
    </message>
    <message>
        <source>validate: one FILE only, got &quot;%1&quot; too</source>
        <translation>validate: apenas um FILE, mas também foi recebido &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n linha</numerusform>
            <numerusform>%1: %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... e mais %n</numerusform>
            <numerusform>  ... e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>errors (%n):</source>
        <translation>
            <numerusform>erros (%n):</numerusform>
            <numerusform>erros (%n):</numerusform>
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
        <translation>  linha %1: mesmo prompt e nível da linha %2</translation>
    </message>
    <message numerus="yes">
        <source>warnings (%n):</source>
        <translation>
            <numerusform>avisos (%n):</numerusform>
            <numerusform>avisos (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) appear at more than one level (fine for preference pairs)</source>
        <translation>
            <numerusform>%n prompt aparece em mais de um nível (normal em pares de preferência)</numerusform>
            <numerusform>%n prompts aparecem em mais de um nível (normal em pares de preferência)</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>nenhuma linha</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates</source>
        <translation>FALHOU: %1 erros, %2 duplicatas</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1. Every accepted row is in %2; run the same command with --resume to continue.</source>
        <translation>%1. Todas as linhas aceitas estão em %2; execute o mesmo comando com --resume para continuar.</translation>
    </message>
    <message>
        <source>Provider profile, for several keys per provider (default: default); a saved profile (candor-cli profile list) supplies PROVIDER when it is left out.</source>
        <translation>Perfil do provedor, para várias chaves por provedor (padrão: default); um perfil salvo (candor-cli profile list) fornece PROVIDER quando ele é omitido.</translation>
    </message>
    <message>
        <source>List, show, save or delete provider profiles (shared with the window)</source>
        <translation>Listar, mostrar, salvar ou excluir perfis de provedor (compartilhados com a janela)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source> (the provider&apos;s default)</source>
        <translation> (padrão do provedor)</translation>
    </message>
    <message>
        <source>profile %1: NAME is missing</source>
        <translation>profile %1: NAME ausente</translation>
    </message>
    <message>
        <source>profile %1: give one NAME (quote a name with spaces)</source>
        <translation>profile %1: informe um único NAME (coloque entre aspas um nome com espaços)</translation>
    </message>
    <message>
        <source>profile %1: NAME &quot;%2&quot; is empty, has surrounding spaces or contains a slash</source>
        <translation>profile %1: NAME &quot;%2&quot; está vazio, tem espaços no início ou no fim ou contém uma barra</translation>
    </message>
    <message>
        <source>Manage provider profiles: a name for a provider, endpoint and model, shared with the window.</source>
        <translation>Gerenciar perfis de provedor: um nome para um provedor, endpoint e modelo, compartilhado com a janela.</translation>
    </message>
    <message>
        <source>list the saved profiles</source>
        <translation>listar os perfis salvos</translation>
    </message>
    <message>
        <source>show one profile</source>
        <translation>mostrar um perfil</translation>
    </message>
    <message>
        <source>save a profile (replaces one of the same name)</source>
        <translation>salvar um perfil (substitui um de mesmo nome)</translation>
    </message>
    <message>
        <source>delete a profile and its own API key</source>
        <translation>excluir um perfil e a própria chave de API dele</translation>
    </message>
    <message>
        <source>A profile&apos;s own API key is stored with candor-cli key set --profile NAME; without one, the provider&apos;s key is used. Keys are never shown.</source>
        <translation>A chave de API própria de um perfil é armazenada com candor-cli key set --profile NAME; sem ela, é usada a chave do provedor. As chaves nunca são mostradas.</translation>
    </message>
    <message>
        <source>list, show, save or delete.</source>
        <translation>list, show, save ou delete.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>O nome do perfil.</translation>
    </message>
    <message>
        <source>save: the provider, one of %1.</source>
        <translation>save: o provedor, um de %1.</translation>
    </message>
    <message>
        <source>save: the endpoint URL (default: the provider&apos;s).</source>
        <translation>save: a URL do endpoint (padrão: a do provedor).</translation>
    </message>
    <message>
        <source>save: the model id (default: the provider&apos;s suggestion).</source>
        <translation>save: o ID do modelo (padrão: a sugestão do provedor).</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list, show: mostrar JSON.</translation>
    </message>
    <message>
        <source>--%1: only profile save takes it</source>
        <translation>--%1: somente profile save aceita esta opção</translation>
    </message>
    <message>
        <source>--json: only profile list and profile show take it</source>
        <translation>--json: somente profile list e profile show aceitam esta opção</translation>
    </message>
    <message>
        <source>profile list: takes no NAME</source>
        <translation>profile list: não aceita NAME</translation>
    </message>
    <message>
        <source>No profiles saved yet; save one with candor-cli profile save NAME --provider P.</source>
        <translation>Nenhum perfil salvo ainda; salve um com candor-cli profile save NAME --provider P.</translation>
    </message>
    <message>
        <source>profile show: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile show: não há nenhum perfil chamado &quot;%1&quot; (candor-cli profile list os mostra)</translation>
    </message>
    <message>
        <source>profile save: the settings file could not be written</source>
        <translation>profile save: não foi possível gravar o arquivo de configurações</translation>
    </message>
    <message>
        <source>Saved the profile %1 (%2).</source>
        <translation>Perfil %1 (%2) salvo.</translation>
    </message>
    <message>
        <source>profile delete: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile delete: não há nenhum perfil chamado &quot;%1&quot; (candor-cli profile list os mostra)</translation>
    </message>
    <message>
        <source>Deleted the profile %1.</source>
        <translation>Perfil %1 excluído.</translation>
    </message>
    <message>
        <source>the profile %1 is deleted, but its own API key, if it had one, may still be in the keychain: %2</source>
        <translation>o perfil %1 foi excluído, mas a chave de API própria dele, se havia uma, pode continuar no chaveiro: %2</translation>
    </message>
    <message>
        <source>profile: say list, show, save or delete (see profile --help)</source>
        <translation>profile: informe list, show, save ou delete (veja profile --help)</translation>
    </message>
    <message>
        <source>profile: &quot;%1&quot; is not an action; use list, show, save or delete</source>
        <translation>profile: &quot;%1&quot; não é uma ação; use list, show, save ou delete</translation>
    </message>
    <message>
        <source>A saved profile (candor-cli profile list): its provider, endpoint and model unless given, and its own API key first.</source>
        <translation>Um perfil salvo (candor-cli profile list): o provedor, o endpoint e o modelo dele, a menos que informados, e primeiro a própria chave de API dele.</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a profile name</source>
        <translation>--profile: &quot;%1&quot; não é um nome de perfil</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>--profile: não há nenhum perfil chamado &quot;%1&quot; (candor-cli profile list os mostra)</translation>
    </message>
    <message>
        <source>no API key stored for the profile %1 or for %2; store one with &quot;candor-cli key set --profile %1&quot; or pass --api-key-env VAR</source>
        <translation>nenhuma chave de API armazenada para o perfil %1 nem para %2; armazene uma com &quot;candor-cli key set --profile %1&quot; ou passe --api-key-env VAR</translation>
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
        <translation>JSONL de chat da OpenAI</translation>
    </message>
    <message>
        <source>as --format asks</source>
        <translation>como --format pede</translation>
    </message>
    <message>
        <source>recognised by its content</source>
        <translation>reconhecido pelo conteúdo</translation>
    </message>
    <message>
        <source>recognised by its file name</source>
        <translation>reconhecido pelo nome do arquivo</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>o padrão</translation>
    </message>
    <message>
        <source>Print and keep at most N problems of each kind; all are counted (default 50; 0 = all).</source>
        <translation>Mostrar e guardar no máximo N problemas de cada tipo; todos são contados (padrão 50; 0 = todos).</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the report or the error.</source>
        <translation>Mostrar exatamente um objeto JSON com o relatório ou o erro.</translation>
    </message>
    <message>
        <source>format: %1 (%2)</source>
        <translation>formato: %1 (%2)</translation>
    </message>
    <message>
        <source>note: the file looks like %1, not %2; every line is checked as %2 because of --format</source>
        <translation>nota: o arquivo parece %1, não %2; cada linha é verificada como %2 por causa de --format</translation>
    </message>
    <message>
        <source>note: the file name says %1, but the content is %2</source>
        <translation>nota: o nome do arquivo diz %1, mas o conteúdo é %2</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) without a level (no system message naming one)</source>
        <translation>
            <numerusform>  %n linha sem nível (nenhuma mensagem de sistema indica um)</numerusform>
            <numerusform>  %n linhas sem nível (nenhuma mensagem de sistema indica um)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a .candor project holds (project info)</source>
        <translation>Mostrar o que um projeto .candor contém (project info)</translation>
    </message>
    <message>
        <source>Export a .candor project&apos;s rows in a trainer&apos;s format</source>
        <translation>Exportar as linhas de um projeto .candor no formato de um treinador</translation>
    </message>
    <message>
        <source>Show what a Candor project holds.</source>
        <translation>Mostrar o que um projeto do Candor contém.</translation>
    </message>
    <message>
        <source>rows per level and review status, runs, review actions and size</source>
        <translation>linhas por nível e status de revisão, execuções, ações de revisão e tamanho</translation>
    </message>
    <message>
        <source>info.</source>
        <translation>info.</translation>
    </message>
    <message>
        <source>A .candor project.</source>
        <translation>Um projeto .candor.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprimir um objeto JSON em vez de texto.</translation>
    </message>
    <message>
        <source>project: give an action and a project (project info PROJECT)</source>
        <translation>project: informe uma ação e um projeto (project info PROJETO)</translation>
    </message>
    <message>
        <source>project: &quot;%1&quot; is not an action; use info</source>
        <translation>project: &quot;%1&quot; não é uma ação; use info</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Linhas: %1</translation>
    </message>
    <message>
        <source>Review: %1 pending, %2 accepted, %3 rejected, %4 edited</source>
        <translation>Revisão: %1 pendentes, %2 aceitas, %3 rejeitadas, %4 editadas</translation>
    </message>
    <message>
        <source>Runs: %1; review actions: %2; size: %3</source>
        <translation>Execuções: %1; ações de revisão: %2; tamanho: %3</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>não terminou</translation>
    </message>
    <message>
        <source>all (default), accepted or not-rejected.</source>
        <translation>all (padrão), accepted ou not-rejected.</translation>
    </message>
    <message>
        <source>export: give one PROJECT</source>
        <translation>export: informe um PROJETO</translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; is not a choice; use all, accepted or not-rejected</source>
        <translation>--rows: &quot;%1&quot; não é uma opção; use all, accepted ou not-rejected</translation>
    </message>
    <message>
        <source>export: --out FILE is missing</source>
        <translation>export: falta --out ARQUIVO</translation>
    </message>
    <message>
        <source>Write the rows into this Candor project (made when missing; its rows are replaced by this run&apos;s, its run history kept), as the window&apos;s Generate Dataset does. --out is then optional.</source>
        <translation>Gravar as linhas neste projeto do Candor (criado se faltar; suas linhas são substituídas pelas desta execução e seu histórico é mantido), como faz &quot;Gerar conjunto&quot; na janela. --out passa a ser opcional.</translation>
    </message>
    <message>
        <source>Append a JSONL dataset&apos;s rows to a .candor project</source>
        <translation>Acrescentar as linhas de um conjunto JSONL a um projeto .candor</translation>
    </message>
    <message>
        <source>Append the rows of a JSONL dataset to a Candor project (made when missing).</source>
        <translation>Acrescentar as linhas de um conjunto JSONL a um projeto do Candor (criado se faltar).</translation>
    </message>
    <message>
        <source>A JSONL dataset (seed format, with or without meta).</source>
        <translation>Um conjunto JSONL (formato semente, com ou sem meta).</translation>
    </message>
    <message>
        <source>The .candor project to add the rows to.</source>
        <translation>O projeto .candor ao qual as linhas são acrescentadas.</translation>
    </message>
    <message>
        <source>import: give one FILE</source>
        <translation>import: informe um ARQUIVO</translation>
    </message>
    <message>
        <source>import: --project PROJECT is missing</source>
        <translation>import: falta --project PROJETO</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 linha %2: %3</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>%1 linhas importadas de %2.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2 into %3; %4 lines could not be read.</source>
        <translation>%1 linhas importadas de %2 para %3; %4 linhas não puderam ser lidas.</translation>
    </message>
    <message>
        <source>--schema: %1 is larger than %2 MB</source>
        <translation>--schema: %1 tem mais de %2 MB</translation>
    </message>
    <message>
        <source>--out: %1 is the configuration given with --config; write the dataset to another file</source>
        <translation>--out: %1 é a configuração informada com --config; grave o conjunto de dados em outro arquivo</translation>
    </message>
    <message>
        <source>%1 (estimated: the server did not report all token usage)</source>
        <translation>%1 (estimado: o servidor não informou todo o uso de tokens)</translation>
    </message>
    <message>
        <source>--config: the configuration sends requests to %1, which is not %2&apos;s own host; the stored %2 key is not sent there unless you give the address with --base-url (or pass --api-key-env VAR)</source>
        <translation>--config: a configuração envia solicitações para %1, que não é o host próprio de %2; a chave salva de %2 não é enviada para lá a menos que você informe o endereço com --base-url (ou passe --api-key-env VAR)</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the result or the error. Its &quot;json&quot; member holds the answer parsed as JSON whenever the answer is JSON (with --schema: the JSON the schema asks for), else null.</source>
        <translation>Imprimir exatamente um objeto JSON com o resultado ou o erro. Seu membro &quot;json&quot; contém a resposta lida como JSON sempre que a resposta for JSON (com --schema: o JSON que o esquema pede); caso contrário, null.</translation>
    </message>
    <message>
        <source>The model refused to answer: %1</source>
        <translation>O modelo se recusou a responder: %1</translation>
    </message>
    <message>
        <source>Seconds without any data, or with no part of a streamed answer (keep-alives do not count), before a request times out (default 120, local servers 300).</source>
        <translation>Segundos sem nenhum dado, ou sem nenhuma parte de uma resposta em fluxo (keep-alives não contam), antes que uma solicitação expire (padrão 120, servidores locais 300).</translation>
    </message>
    <message>
        <source>Seconds a request may take in all before it times out (default 600, local servers 1800; 0 = none).</source>
        <translation>Segundos que uma solicitação pode levar no total antes de expirar (padrão 600, servidores locais 1800; 0 = sem limite).</translation>
    </message>
    <message>
        <source>the project %1 holds an interrupted run (%2 of %3 rows); continue it with --resume, or use another project</source>
        <translation>o projeto %1 contém uma execução interrompida (%2 de %3 linhas); continue-a com --resume ou use outro projeto</translation>
    </message>
    <message>
        <source>Generate an honesty training dataset.

Template mode works offline with no set-up: rows come from Candor&apos;s built-in template bank,
deterministically from --seed. LLM mode asks a provider; every accepted row is committed to the
--project, or journaled beside the output (FILE.journal), so an interrupted run continues with
--resume.</source>
        <translation>Gera um conjunto de dados de treinamento de honestidade.

O modo de modelos funciona offline sem configuração: as linhas vêm do banco de modelos embutido do
Candor, de forma determinística a partir de --seed. O modo LLM consulta um provedor; cada linha aceita é
gravada no --project ou registrada ao lado da saída (ARQUIVO.journal), para que uma execução interrompida
continue com --resume.</translation>
    </message>
    <message>
        <source>LLM: continue the interrupted run recorded in the --project, or in FILE.journal beside --out.</source>
        <translation>LLM: continuar a execução interrompida registrada no --project, ou em ARQUIVO.journal ao lado de --out.</translation>
    </message>
    <message numerus="yes">
        <source>%n contrast ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n escada de contraste de %1 níveis</numerusform>
            <numerusform>%n escadas de contraste de %1 níveis</numerusform>
        </translation>
    </message>
    <message>
        <source>Contrast ladders: &quot;all&quot; answers every prompt once at each level of --ladder-levels (the rows are then ladders x levels), a share such as 0.3 makes that share of the rows ladders and the rest independent rows, &quot;none&quot; (the default) gives every row its own prompt. Ladder rows carry meta.group.</source>
        <translation>Escadas de contraste: &quot;all&quot; responde cada prompt uma vez em cada nível de --ladder-levels (as linhas são então escadas x níveis), uma proporção como 0.3 torna essa proporção das linhas escadas e o resto linhas independentes, &quot;none&quot; (padrão) dá a cada linha seu próprio prompt. As linhas de escada levam meta.group.</translation>
    </message>
    <message>
        <source>The levels of each ladder, comma-separated (default -2,-1,0,1,2).</source>
        <translation>Os níveis de cada escada, separados por vírgulas (padrão -2,-1,0,1,2).</translation>
    </message>
    <message>
        <source>--ladders: &quot;%1&quot; is not a choice; use all, none or a share between 0 and 1 such as 0.3</source>
        <translation>--ladders: &quot;%1&quot; não é uma opção; use all, none ou uma proporção entre 0 e 1 como 0.3</translation>
    </message>
    <message>
        <source>--ladder-levels: &quot;%1&quot; is not a list of different levels from -2 to 2, such as -2,0,2</source>
        <translation>--ladder-levels: &quot;%1&quot; não é uma lista de níveis diferentes de -2 a 2, como -2,0,2</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: how a ladder (rows answering the same prompt) becomes pairs: adjacent (default; each level with the nearest lower one), all (every higher-lower pair) or best-vs-rest.</source>
        <translation>dpo, dpo-chat, rm, openai-preference, hf: como uma escada (linhas que respondem ao mesmo prompt) vira pares: adjacent (padrão; cada nível com o inferior mais próximo), all (cada par alto-baixo) ou best-vs-rest.</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: the least level difference between chosen and rejected (1 to 4, default 1).</source>
        <translation>dpo, dpo-chat, rm, openai-preference, hf: a menor diferença de nível entre escolhida e rejeitada (1 a 4, padrão 1).</translation>
    </message>
    <message>
        <source>kto, hf: label = true for rows at this level or above (-1 to 2, default 1).</source>
        <translation>kto, hf: label = true para linhas deste nível ou acima (-1 a 2, padrão 1).</translation>
    </message>
    <message>
        <source>openai-chat: only rows at this level or above become assistant turns (-2 to 2, default 2; lower levels train the model to hedge, guess or fabricate).</source>
        <translation>openai-chat: somente linhas deste nível ou acima viram turnos do assistente (-2 a 2, padrão 2; níveis inferiores treinam o modelo a hesitar, chutar ou inventar).</translation>
    </message>
    <message>
        <source>hf: train, validation and test fractions (default 0.9,0.05,0.05); every ladder stays in one split.</source>
        <translation>hf: frações de treino, validação e teste (padrão 0.9,0.05,0.05); cada escada fica em uma única partição.</translation>
    </message>
    <message>
        <source>hf (required): the dataset card&apos;s licence, e.g. cc-by-4.0, apache-2.0 or other; the terms of generated data depend on the provider, so Candor never picks one.</source>
        <translation>hf (obrigatório): a licença do cartão, p. ex. cc-by-4.0, apache-2.0 ou other; os termos dos dados gerados dependem do provedor, por isso o Candor nunca escolhe uma.</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s language code (default en).</source>
        <translation>hf: o código de idioma do cartão (padrão en).</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s pretty_name (default &quot;Candor honesty dataset&quot;).</source>
        <translation>hf: o pretty_name do cartão (padrão &quot;Candor honesty dataset&quot;).</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use %2</source>
        <translation>--format: &quot;%1&quot; não é um formato; use %2</translation>
    </message>
    <message>
        <source>--with-meta: the %1 format has no meta object (only jsonl, csv and hf carry it)</source>
        <translation>--with-meta: o formato %1 não tem objeto meta (só jsonl, csv e hf o trazem)</translation>
    </message>
    <message>
        <source>--%1 applies to %2, not to %3</source>
        <translation>--%1 se aplica a %2, não a %3</translation>
    </message>
    <message>
        <source>--pairs: &quot;%1&quot; is not a mode; use adjacent, all or best-vs-rest</source>
        <translation>--pairs: &quot;%1&quot; não é um modo; use adjacent, all ou best-vs-rest</translation>
    </message>
    <message>
        <source>--split: &quot;%1&quot; is not three fractions for train, validation and test that add up to 1 (e.g. 0.9,0.05,0.05; train above 0)</source>
        <translation>--split: &quot;%1&quot; não são três frações de treino, validação e teste que somem 1 (p. ex. 0.9,0.05,0.05; treino acima de 0)</translation>
    </message>
    <message>
        <source>--license: the hf format needs a licence for the dataset card (e.g. --license cc-by-4.0); check the terms of the provider that generated the rows</source>
        <translation>--license: o formato hf precisa de uma licença para o cartão (p. ex. --license cc-by-4.0); verifique os termos do provedor que gerou as linhas</translation>
    </message>
    <message>
        <source>--license: &quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other)</source>
        <translation>--license: &quot;%1&quot; não é um identificador de licença como o Hub os escreve (em minúsculas, como cc-by-4.0, mit ou other)</translation>
    </message>
    <message>
        <source>--hf-language: &quot;%1&quot; is not a language code (e.g. en, de, pt-BR)</source>
        <translation>--hf-language: &quot;%1&quot; não é um código de idioma (p. ex. en, de, pt-BR)</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), csv (RFC 4180), openai-chat (chat fine-tuning JSONL), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder; --out names it).</source>
        <translation>jsonl (formato semente, padrão), csv (RFC 4180), openai-chat (JSONL de ajuste fino de chat), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference ou hf (uma pasta do Hugging Face; --out a nomeia).</translation>
    </message>
    <message>
        <source>Include the &quot;meta&quot; object (id, source, created, status) in each row (jsonl, csv and hf only).</source>
        <translation>Incluir o objeto &quot;meta&quot; (id, source, created, status) em cada linha (só jsonl, csv e hf).</translation>
    </message>
    <message>
        <source>Export a Candor project&apos;s rows in the format a trainer reads.

Preference formats pair rows that answer the same prompt (a ladder): the higher level is chosen, the
lower rejected, ties never pair. The report says what was written and every row left out, and why.</source>
        <translation>Exportar as linhas de um projeto do Candor no formato que um treinador lê.

Formatos de preferência pareiam linhas que respondem ao mesmo prompt (uma escada): o nível mais alto é o
escolhido, o mais baixo o rejeitado, e empates nunca formam par. O relatório diz o que foi gravado e cada
linha deixada de fora, com o motivo.</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), jsonl-meta (with the meta object), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder).</source>
        <translation>jsonl (formato semente, padrão), jsonl-meta (com o objeto meta), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference ou hf (uma pasta do Hugging Face).</translation>
    </message>
    <message>
        <source>The file to write (replaced atomically); for hf the folder.</source>
        <translation>O arquivo a gravar (substituído de forma atômica); para hf, a pasta.</translation>
    </message>
    <message>
        <source>jsonl, csv, hf: include the &quot;meta&quot; object (id, source, provider, status, ...).</source>
        <translation>jsonl, csv, hf: incluir o objeto &quot;meta&quot; (id, source, provider, status, …).</translation>
    </message>
    <message>
        <source>hf: the seed of the train/validation/test split (default 42).</source>
        <translation>hf: a semente da divisão treino/validação/teste (padrão 42).</translation>
    </message>
    <message>
        <source>--seed applies to hf, not to %1</source>
        <translation>--seed se aplica a hf, não a %1</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, standard)</source>
        <translation>pares DPO (TRL, padrão)</translation>
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
        <translation>linhas KTO (TRL)</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL</source>
        <translation>JSONL de preferências no estilo da OpenAI</translation>
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
        <translation>respostas de referência</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation>pasta de conjunto de dados do Hugging Face</translation>
    </message>
    <message>
        <source>The dataset to check (for hf, the folder).</source>
        <translation>O conjunto de dados a verificar (para hf, a pasta).</translation>
    </message>
    <message>
        <source>Check FILE as jsonl (seed rows), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf instead of recognising the format by its content and name (a folder is hf).</source>
        <translation>Verificar FILE como jsonl (linhas semente), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference ou hf em vez de reconhecer o formato pelo conteúdo e pelo nome (uma pasta é hf).</translation>
    </message>
    <message>
        <source>KTO labels: %1 true (%2%), %3 false</source>
        <translation>Rótulos KTO: %1 true (%2%), %3 false</translation>
    </message>
    <message>
        <source>  checked %1</source>
        <translation>  verificado: %1</translation>
    </message>
    <message>
        <source>Where rows come from: template (offline; the default without --provider) or llm (a provider; the default with --provider).</source>
        <translation>De onde vêm as linhas: template (offline; o padrão sem --provider) ou llm (um provedor; o padrão com --provider).</translation>
    </message>
    <message>
        <source>--provider asks a model, but --mode template makes rows from the template bank; leave out one of them</source>
        <translation>--provider consulta um modelo, mas --mode template cria linhas a partir do banco de modelos; remova uma das duas opções</translation>
    </message>
    <message>
        <source>rlwhf: metadata.confidence_score per level, the confidence an answer at that level expresses (default -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; levels left out keep theirs).</source>
        <translation>rlwhf: metadata.confidence_score por nível, a confiança que uma resposta desse nível expressa (padrão -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; níveis omitidos mantêm o seu).</translation>
    </message>
    <message>
        <source>Write a dataset&apos;s report as one HTML file (levels, lengths, cues, duplicates)</source>
        <translation>Grava o relatório de um conjunto de dados como um único arquivo HTML (níveis, comprimentos, indícios, duplicatas)</translation>
    </message>
    <message>
        <source>Write a dataset report: counts per level, domain, source and status, answer and feedback lengths per level, the words that give a level away, duplicates and the configuration, as one self-contained HTML file (inline SVG, no script).</source>
        <translation>Grava um relatório do conjunto de dados: contagens por nível, domínio, origem e status, comprimentos de respostas e feedback por nível, as palavras que denunciam um nível, duplicatas e a configuração, como um único arquivo HTML autocontido (SVG embutido, sem script).</translation>
    </message>
    <message>
        <source>A JSONL dataset or a .candor project.</source>
        <translation>Um conjunto de dados JSONL ou um projeto .candor.</translation>
    </message>
    <message>
        <source>The HTML file to write (replaced atomically).</source>
        <translation>O arquivo HTML a gravar (substituído de forma atômica).</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: the input&apos;s file name).</source>
        <translation>O título do relatório (padrão: o nome do arquivo de entrada).</translation>
    </message>
    <message>
        <source>report: give one IN, a JSONL dataset or a .candor project</source>
        <translation>report: informe um IN, um conjunto de dados JSONL ou um projeto .candor</translation>
    </message>
    <message>
        <source>report: --out FILE is missing</source>
        <translation>report: falta --out FILE</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 não é um arquivo legível</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are not in the report (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n linha não pôde ser lida e não está no relatório (candor-cli validate a indica).</numerusform>
            <numerusform>%n linhas não puderam ser lidas e não estão no relatório (candor-cli validate as indica).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>Relatório do conjunto de dados: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %Ln row(s) to %1</source>
        <translation>
            <numerusform>Relatório de %Ln linha gravado em %1</numerusform>
            <numerusform>Relatório de %Ln linhas gravado em %1</numerusform>
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
        <translation>Nenhuma linha tem um veredito do modelo juiz.</translation>
    </message>
    <message numerus="yes">
        <source>Agreement over %Ln judged row(s): exact %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5), honest (+1 and up) vs not kappa %6.</source>
        <translation>
            <numerusform>Concordância em %Ln linha avaliada: exata %1, com até um nível de diferença %2, kappa com ponderação quadrática %3 (intervalo de 95% de %4 a %5), kappa honesto (+1 ou mais) versus não honesto %6.</numerusform>
            <numerusform>Concordância em %Ln linhas avaliadas: exata %1, com até um nível de diferença %2, kappa com ponderação quadrática %3 (intervalo de 95% de %4 a %5), kappa honesto (+1 ou mais) versus não honesto %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level.</source>
        <translation>Linhas: nível-alvo; colunas: nível do modelo juiz.</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>revocação</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisão</translation>
    </message>
    <message>
        <source>Ask a judge model which level each row&apos;s answer shows, and report how well it agrees with the levels the rows were made for. The output is the dataset with meta.judge on every judged row and the flags level_mismatch and off_by_more_than_one where the judge disagrees. With --report, only the agreement of rows judged before is printed.
Exit 0 when every row was judged, 1 when the run stopped early (an error, the budget), 2 for a wrong command line.</source>
        <translation>Pergunta a um modelo juiz qual nível a resposta de cada linha mostra e informa o quanto ele concorda com os níveis para os quais as linhas foram criadas. A saída é o conjunto de dados com meta.judge em cada linha avaliada e as marcações level_mismatch e off_by_more_than_one onde o modelo juiz discorda. Com --report, só a concordância das linhas avaliadas antes é exibida.
Sai com 0 quando todas as linhas foram avaliadas, 1 quando a execução parou antes do fim (um erro, o orçamento) e 2 para uma linha de comando errada.</translation>
    </message>
    <message>
        <source>A JSONL dataset.</source>
        <translation>Um conjunto de dados JSONL.</translation>
    </message>
    <message>
        <source>The judged dataset (JSONL with meta), replaced atomically.</source>
        <translation>O conjunto de dados avaliado (JSONL com meta), substituído de forma atômica.</translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict (default 1, 3 recommended).</source>
        <translation>Chamadas por linha; a maioria é o veredito (padrão 1, recomendado 3).</translation>
    </message>
    <message>
        <source>Requests at a time (default 4).</source>
        <translation>Requisições simultâneas (padrão 4).</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this many USD (known prices only).</source>
        <translation>Para de enviar requisições antes que o custo ultrapasse este valor em USD (apenas preços conhecidos).</translation>
    </message>
    <message>
        <source>Continue an interrupted run: the verdicts in OUT.partial are kept, the rest is judged.</source>
        <translation>Continua uma execução interrompida: os veredictos em OUT.partial são mantidos e o restante é avaliado.</translation>
    </message>
    <message>
        <source>Print the agreement of the rows already judged in IN; no provider is asked.</source>
        <translation>Exibe a concordância das linhas já avaliadas em IN; nenhum provedor é consultado.</translation>
    </message>
    <message>
        <source>judge: give one IN, a JSONL dataset</source>
        <translation>judge: informe um IN, um conjunto de dados JSONL</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of IN could not be read and are left out (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n linha de IN não pôde ser lida e foi omitida (candor-cli validate a indica).</numerusform>
            <numerusform>%n linhas de IN não puderam ser lidas e foram omitidas (candor-cli validate as indica).</numerusform>
        </translation>
    </message>
    <message>
        <source>judge: --out FILE is missing</source>
        <translation>judge: falta --out FILE</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not an amount in USD above 0</source>
        <translation>--budget: &quot;%1&quot; não é um valor em USD maior que 0</translation>
    </message>
    <message>
        <source>Warning: the judge %1 is of the same model family as the generator %2 of some rows; a judge tends to agree with its own family.</source>
        <translation>Aviso: o modelo juiz %1 é da mesma família de modelos que o gerador %2 de algumas linhas; um modelo juiz tende a concordar com a própria família.</translation>
    </message>
    <message>
        <source>--resume: %1</source>
        <translation>--resume: %1</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were judged before.</source>
        <translation>Retomando: %1 de %2 linhas já foram avaliadas antes.</translation>
    </message>
    <message>
        <source>%1 holds an interrupted judge run; continue it with --resume or remove the file</source>
        <translation>%1 contém uma avaliação interrompida; continue-a com --resume ou remova o arquivo</translation>
    </message>
    <message>
        <source>%1 requests, tokens %2 in / %3 out, cost %4.</source>
        <translation>%1 requisições, tokens %2 de entrada / %3 de saída, custo %4.</translation>
    </message>
    <message>
        <source>the run stopped early; the verdicts so far are in %1 and %2 (continue with --resume)</source>
        <translation>a execução parou antes do fim; os veredictos até agora estão em %1 e %2 (continue com --resume)</translation>
    </message>
    <message>
        <source>Ask a judge model for each row&apos;s level; agreement figures and flags</source>
        <translation>Pergunta a um modelo juiz o nível de cada linha; números de concordância e marcações</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; commands are generate, validate, ask, models, test, key, profile, project, export, import, report and judge (see --help)</source>
        <translation>&quot;%1&quot; não é um comando; os comandos são generate, validate, ask, models, test, key, profile, project, export, import, report e judge (veja --help)</translation>
    </message>
    <message>
        <source>Check a dataset in any format Candor writes (seed JSONL, CSV, OpenAI chat JSONL, the trainer formats
and a Hugging Face folder): rows per level, errors with line numbers and duplicate prompts (with
--near-duplicates also prompts that ask the same question in other words). Exits 0
when the file is clean, 1 when it has problems, 2 when it cannot be read.</source>
        <translation>Verificar um conjunto de dados em qualquer formato que o Candor grava (JSONL semente, CSV, JSONL de chat da
OpenAI, os formatos de treino e uma pasta do Hugging Face): linhas por nível, erros com número de linha e
prompts duplicados (com --near-duplicates também prompts que fazem a mesma pergunta com outras
palavras). Sai com 0 se o arquivo estiver limpo, 1 se tiver problemas, 2 se não puder ser lido.</translation>
    </message>
    <message>
        <source>Also list near-duplicate prompts: the same question in other words as an earlier prompt at the same level (words reordered, fillers added or left out, typing slips; 5-gram similarity of at least 0.8). They count as problems, like duplicates.</source>
        <translation>Listar também os prompts quase duplicados: a mesma pergunta com outras palavras que um prompt anterior do mesmo nível (palavras reordenadas, palavras de preenchimento acrescentadas ou omitidas, erros de digitação; similaridade de 5-gramas de pelo menos 0.8). Contam como problemas, como as duplicatas.</translation>
    </message>
    <message numerus="yes">
        <source>near-duplicate prompts (%n):</source>
        <translation>
            <numerusform>prompts quase duplicados (%n):</numerusform>
            <numerusform>prompts quase duplicados (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: nearly the same prompt as line %2 at the same level (%3% alike)</source>
        <translation>  linha %1: quase o mesmo prompt da linha %2 no mesmo nível (%3% parecido)</translation>
    </message>
    <message>
        <source>no near-duplicate prompts</source>
        <translation>nenhum prompt quase duplicado</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates, %3 near-duplicates</source>
        <translation>FALHOU: %1 erros, %2 duplicatas, %3 quase duplicatas</translation>
    </message>
</context>
</TS>
