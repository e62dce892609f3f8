<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Seed JSONL</source>
        <translation>种子 JSONL</translation>
    </message>
    <message>
        <source>JSONL with meta</source>
        <translation>带元数据的 JSONL</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>Which rows of the review to export.</source>
        <translation>要导出审阅中的哪些行。</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Accepted rows only</source>
        <translation>仅已接受的行</translation>
    </message>
    <message>
        <source>All but rejected rows</source>
        <translation>除已拒绝外的所有行</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>The file to write; it is replaced atomically.</source>
        <translation>要写入的文件；它会被原子地替换。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>选择文件。</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <source>The file format: seed rows, supervised chat turns, preference pairs for a trainer, or a Hugging Face dataset folder.</source>
        <translation>文件格式：种子行、监督式对话轮次、供训练器使用的偏好对，或 Hugging Face 数据集文件夹。</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning JSONL (SFT)</source>
        <translation>OpenAI 对话微调 JSONL（SFT）</translation>
    </message>
    <message>
        <source>DPO pairs (TRL DPOTrainer)</source>
        <translation>DPO 偏好对（TRL DPOTrainer）</translation>
    </message>
    <message>
        <source>DPO pairs, conversational (TRL DPOTrainer)</source>
        <translation>DPO 偏好对，对话格式（TRL DPOTrainer）</translation>
    </message>
    <message>
        <source>Reward-model pairs with margin (TRL RewardTrainer)</source>
        <translation>带间隔的奖励模型偏好对（TRL RewardTrainer）</translation>
    </message>
    <message>
        <source>KTO rows (TRL KTOTrainer)</source>
        <translation>KTO 行（TRL KTOTrainer）</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL (OpenAI, Together, Fireworks)</source>
        <translation>OpenAI 风格偏好 JSONL（OpenAI、Together、Fireworks）</translation>
    </message>
    <message>
        <source>RLWHF tuples</source>
        <translation>RLWHF 元组</translation>
    </message>
    <message>
        <source>GRPO prompts (TRL GRPOTrainer)</source>
        <translation>GRPO 提示（TRL GRPOTrainer）</translation>
    </message>
    <message>
        <source>Reference answers (+2 rows)</source>
        <translation>参考答案（+2 行）</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder with card</source>
        <translation>带数据集卡片的 Hugging Face 数据集文件夹</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>偏好对(&amp;P)：</translation>
    </message>
    <message>
        <source>How rows that answer the same prompt become pairs; the higher level is chosen, ties never pair.</source>
        <translation>回答同一提示的各行如何组成偏好对；较高的等级为选中项，同级永不配对。</translation>
    </message>
    <message>
        <source>Adjacent levels (+2&gt;+1, +1&gt;0, …)</source>
        <translation>相邻等级（+2&gt;+1、+1&gt;0、…）</translation>
    </message>
    <message>
        <source>Every higher-lower pair (10 per full ladder)</source>
        <translation>每一对高低等级（每个完整阶梯 10 对）</translation>
    </message>
    <message>
        <source>Best against each lower level</source>
        <translation>最佳等级对每个较低等级</translation>
    </message>
    <message>
        <source>Minimum &amp;margin:</source>
        <translation>最小间隔(&amp;M)：</translation>
    </message>
    <message>
        <source>The least level difference between the chosen and the rejected answer.</source>
        <translation>选中答案与拒绝答案之间的最小等级差。</translation>
    </message>
    <message>
        <source>&amp;Desirable from level:</source>
        <translation>期望等级下限(&amp;D)：</translation>
    </message>
    <message>
        <source>KTO label: rows at this level or above are desirable (true), the rest undesirable.</source>
        <translation>KTO 标签：达到或高于此等级的行为期望（true），其余为非期望。</translation>
    </message>
    <message>
        <source>Assistant &amp;turns from level:</source>
        <translation>助手轮次等级下限(&amp;T)：</translation>
    </message>
    <message>
        <source>Only rows at this level or above become assistant turns; +2 teaches fully correct answers only.</source>
        <translation>仅达到或高于此等级的行会成为助手轮次；+2 只教授完全正确的回答。</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>Required: the dataset card&apos;s licence identifier, e.g. cc-by-4.0, apache-2.0 or other. Check the terms of the provider that generated the rows.</source>
        <translation>必填：数据集卡片的许可证标识，例如 cc-by-4.0、apache-2.0 或 other。请查看生成这些行的提供商的条款。</translation>
    </message>
    <message>
        <source>e.g. cc-by-4.0 (required)</source>
        <translation>例如 cc-by-4.0（必填）</translation>
    </message>
    <message>
        <source>Spl&amp;it:</source>
        <translation>划分(&amp;I)：</translation>
    </message>
    <message>
        <source>Train, validation and test fractions; every ladder stays inside one split.</source>
        <translation>训练、验证和测试的比例；每个阶梯都只位于一个划分中。</translation>
    </message>
    <message>
        <source>S&amp;huffle seed:</source>
        <translation>打乱种子(&amp;H)：</translation>
    </message>
    <message>
        <source>The same seed and rows give the same split.</source>
        <translation>相同的种子和行会得到相同的划分。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>What the export wrote: rows or pairs per level and kind, and every row left out, with the reason.</source>
        <translation>导出写入的内容：按等级和类型的行数或偏好对数，以及每个被排除的行及其原因。</translation>
    </message>
    <message>
        <source>Expressed &amp;confidence:</source>
        <translation>表达的置信度(&amp;C)：</translation>
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
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>模式(&amp;O)：</translation>
    </message>
    <message>
        <source>Templates work offline with no set-up; LLM asks a provider.</source>
        <translation>模板可离线使用，无需设置；LLM 则向服务商请求。</translation>
    </message>
    <message>
        <source>Generation mode</source>
        <translation>生成模式</translation>
    </message>
    <message>
        <source>Templates (offline)</source>
        <translation>模板（离线）</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>How many rows the dataset has in total.</source>
        <translation>数据集总共有多少行。</translation>
    </message>
    <message>
        <source>Rows per level of the honesty rubric, as counts or shares.</source>
        <translation>诚实度评分标准每个等级的行数，以数量或比例表示。</translation>
    </message>
    <message>
        <source>Reward distribution</source>
        <translation>奖励分布</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>A domain such as history or medicine, or any free-text topic; several topics are separated by semicolons; empty uses every domain.</source>
        <translation>一个领域（如历史或医学）或任意自由主题；多个主题用分号分隔；留空则使用所有领域。</translation>
    </message>
    <message>
        <source>all domains</source>
        <translation>所有领域</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>The same seed and settings give the same dataset.</source>
        <translation>相同的种子和设置会生成相同的数据集。</translation>
    </message>
    <message>
        <source>Add a [SEARCH:query] hint to every row.</source>
        <translation>为每一行添加 [SEARCH:查询] 提示。</translation>
    </message>
    <message>
        <source>Search &amp;hints</source>
        <translation>搜索提示(&amp;H)</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>写出更长、更详细的回答。</translation>
    </message>
    <message>
        <source>&amp;Long-form answers</source>
        <translation>长篇回答(&amp;L)</translation>
    </message>
    <message>
        <source>Advanced (LLM)</source>
        <translation>高级（LLM）</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Rows asked for in one request.</source>
        <translation>每个请求所要的行数。</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>并发数(&amp;C)：</translation>
    </message>
    <message>
        <source>Requests sent at once; Candor lowers it by itself when the provider rate-limits.</source>
        <translation>同时发送的请求数；服务商限速时 Candor 会自动降低。</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Higher values give more varied rows.</source>
        <translation>数值越高，生成的行越多样。</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>最大令牌数(&amp;T)：</translation>
    </message>
    <message>
        <source>The most tokens one answer may use.</source>
        <translation>一个回答最多可使用的令牌数。</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>预算(&amp;U)：</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this amount; 0 means no cap.</source>
        <translation>在费用将超过此金额之前停止发送请求；0 表示不设上限。</translation>
    </message>
    <message>
        <source>Stre&amp;am answers</source>
        <translation>流式接收回答(&amp;A)</translation>
    </message>
    <message>
        <source>Take rows as they stream in, so they appear at once.</source>
        <translation>在行流入时即时接收，使其立即显示。</translation>
    </message>
    <message>
        <source>&amp;Fill shortfalls from templates</source>
        <translation>用模板补足缺少的行(&amp;F)</translation>
    </message>
    <message>
        <source>When the model cannot deliver enough valid rows, fill the rest offline (marked fallback).</source>
        <translation>当模型无法提供足够的有效行时，离线补足其余部分（标记为后备）。</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>费用估算</translation>
    </message>
    <message>
        <source>Generate a small sample first, to spot-check prompts and model before spending on the whole dataset.</source>
        <translation>请先生成一个小样本，在为整个数据集花钱之前抽查提示词和模型。</translation>
    </message>
    <message>
        <source>Pre&amp;view Sample</source>
        <translation>预览样本(&amp;V)</translation>
    </message>
    <message>
        <source>How many sample rows each level gets in a preview.</source>
        <translation>预览中每个等级的样本行数。</translation>
    </message>
    <message>
        <source>Sample rows per level</source>
        <translation>每个等级的样本行数</translation>
    </message>
    <message>
        <source> per level</source>
        <translation> 行/等级</translation>
    </message>
    <message>
        <source>Generate the whole dataset with the settings above.</source>
        <translation>用上方的设置生成整个数据集。</translation>
    </message>
    <message>
        <source>&amp;Generate Dataset</source>
        <translation>生成数据集(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Let requests in flight finish and start no new ones.</source>
        <translation>让进行中的请求完成，不再发起新请求。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run at once; the rows so far are kept.</source>
        <translation>立即停止运行；已生成的行会被保留。</translation>
    </message>
    <message>
        <source>Save the rows as seed-format JSONL, JSONL with meta, CSV or OpenAI chat fine-tuning JSONL.</source>
        <translation>将这些行保存为种子 JSONL、带元数据的 JSONL、CSV 或 OpenAI 聊天微调 JSONL。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <source>Rows accepted so far out of the rows asked for.</source>
        <translation>目前已接受的行数 / 所请求的行数。</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Show every message of the runs so far: retries, rate limits, errors by kind.</source>
        <translation>显示到目前为止各次运行的所有消息：重试、速率限制、按类型分类的错误。</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>运行日志(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the default settings.</source>
        <translation>从默认设置重新开始。</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .candor project with its settings and prompt templates.</source>
        <translation>打开 .candor 项目及其设置和提示词模板。</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings and prompt templates (never API keys).</source>
        <translation>保存设置和提示词模板（从不保存 API 密钥）。</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>Load an existing JSONL dataset for review.</source>
        <translation>加载现有的 JSONL 数据集以供审阅。</translation>
    </message>
    <message>
        <source>Edit &amp;Prompt Templates…</source>
        <translation>编辑提示词模板(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit the instructions sent to the model for each level.</source>
        <translation>编辑每个等级发送给模型的指令。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>关于 Candor(&amp;A)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Do what the message above offers.</source>
        <translation>执行上方消息提供的操作。</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>隐藏此消息。</translation>
    </message>
    <message>
        <source>The language the generated rows are written in, in English words (e.g. German, Brazilian Portuguese).</source>
        <translation>生成的数据行所用的语言，用英文单词填写（例如 German、Brazilian Portuguese）。</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>提示(&amp;P)：</translation>
    </message>
    <message>
        <source>Independent rows give every row its own prompt; contrast ladders answer one prompt at every chosen level (what DPO and reward-model training compare); a mix makes a share of the rows ladders.</source>
        <translation>独立行让每行都有自己的提示；对比阶梯在每个选定等级上回答同一个提示（DPO 和奖励模型训练比较的就是这些）；混合则让一部分行成为阶梯。</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>独立行</translation>
    </message>
    <message>
        <source>Contrast ladders</source>
        <translation>对比阶梯</translation>
    </message>
    <message>
        <source>Mix of both</source>
        <translation>两者混合</translation>
    </message>
    <message>
        <source>The share of the rows that are ladders; the other rows are independent.</source>
        <translation>属于阶梯的行所占比例；其余行为独立行。</translation>
    </message>
    <message>
        <source>Share of rows in ladders</source>
        <translation>阶梯中行的比例</translation>
    </message>
    <message>
        <source> % ladders</source>
        <translation> % 阶梯</translation>
    </message>
    <message>
        <source>Ladder le&amp;vels:</source>
        <translation>阶梯等级(&amp;V)：</translation>
    </message>
    <message>
        <source>Ladder levels</source>
        <translation>阶梯等级</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Which service generates the rows.</source>
        <translation>由哪个服务生成这些行。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>服务商的 API 地址；使用代理或自托管服务器时请修改。</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>端点 URL</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>The model id; Refresh lists what the endpoint offers.</source>
        <translation>模型 ID；“刷新”会列出端点提供的模型。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the model list from the endpoint.</source>
        <translation>从端点获取模型列表。</translation>
    </message>
    <message>
        <source>Refresh model list</source>
        <translation>刷新模型列表</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>The provider&apos;s API key; stored only in the system keychain.</source>
        <translation>服务商的 API 密钥；仅存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>Show the typed key while the button is down.</source>
        <translation>按住按钮时显示已输入的密钥。</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>显示 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the key in the system keychain.</source>
        <translation>将密钥存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Save API key to keychain</source>
        <translation>将 API 密钥保存到钥匙串</translation>
    </message>
    <message>
        <source>API key state</source>
        <translation>API 密钥状态</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Check that the endpoint answers and accepts the key.</source>
        <translation>检查端点是否响应并接受该密钥。</translation>
    </message>
    <message>
        <source>Connection verdict</source>
        <translation>连接结果</translation>
    </message>
</context>
<context>
    <name>candor</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 said: &quot;%2&quot;</source>
        <translation>%1 说：“%2”</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>一个 HTML 页面</translation>
    </message>
    <message>
        <source>an HTML page &quot;%1&quot;</source>
        <translation>一个 HTML 页面“%1”</translation>
    </message>
    <message>
        <source>%1 could not be reached: a proxy or gateway answered HTTP %2 with %3 instead of the provider&apos;s reply. This is usually temporary; retrying usually helps.</source>
        <translation>无法访问 %1：代理或网关以 HTTP %2 返回了 %3，而不是服务商的回复。这通常是暂时的；重试通常可以解决。</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway is rate-limiting requests (HTTP 429, %2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1：代理或网关正在限制请求速率（HTTP 429，%2）。请等待 %DELAY% 后重试，或降低并发数。</translation>
    </message>
    <message>
        <source>%1: the request is too large for a proxy or gateway (HTTP 413, %2). Ask for fewer rows per request.</source>
        <translation>%1：请求对代理或网关来说过大（HTTP 413，%2）。请减少每个请求的行数。</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway asks for credentials (HTTP %2, %3). Check the base URL and proxy settings.</source>
        <translation>%1：代理或网关要求提供凭据（HTTP %2，%3）。请检查基础 URL 和代理设置。</translation>
    </message>
    <message>
        <source>%1: a proxy or gateway timed out (HTTP 408, %2). Retrying usually helps.</source>
        <translation>%1：代理或网关超时（HTTP 408，%2）。重试通常可以解决。</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2 with %3 instead of an API reply. Check the base URL, VPN and proxy settings.</source>
        <translation>%1：服务器以 HTTP %2 返回了 %3，而不是 API 回复。请检查基础 URL、VPN 和代理设置。</translation>
    </message>
    <message>
        <source>no model is loaded</source>
        <translation>没有已加载的模型</translation>
    </message>
    <message>
        <source>loaded: %1</source>
        <translation>已加载：%1</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; running (%3). Start that model in %1 or choose a loaded one.</source>
        <translation>%1 没有正在运行的模型“%2”（%3）。请在 %1 中启动该模型，或选择一个已加载的模型。</translation>
    </message>
    <message>
        <source>%1 rejected the API key (%2). Store a new key for this provider.</source>
        <translation>%1 拒绝了 API 密钥（%2）。请为此服务商存储新的密钥。</translation>
    </message>
    <message>
        <source>%1: the prompt plus the requested answer do not fit the model&apos;s context window (%2). Ask for fewer rows per request or lower max tokens.</source>
        <translation>%1：提示词加上所请求的回答超出了模型的上下文窗口（%2）。请减少每个请求的行数或降低最大令牌数。</translation>
    </message>
    <message>
        <source>%1: rate limit reached (%2). Wait %DELAY% before retrying or lower the concurrency.</source>
        <translation>%1：已达到速率限制（%2）。请等待 %DELAY% 后重试，或降低并发数。</translation>
    </message>
    <message>
        <source>%1: your quota is used up (%2). Check your plan and billing; retrying will not help.</source>
        <translation>%1：您的配额已用完（%2）。请检查您的套餐和账单；重试无济于事。</translation>
    </message>
    <message>
        <source>%1 is overloaded (%2). Retry in a little while or lower the concurrency.</source>
        <translation>%1 负载过高（%2）。请稍后重试或降低并发数。</translation>
    </message>
    <message>
        <source>%1&apos;s model worker failed, probably out of GPU memory (%2). Retrying may help; otherwise lower max tokens or the concurrency.</source>
        <translation>%1 的模型工作进程失败，可能是 GPU 内存不足（%2）。重试可能有帮助；否则请降低最大令牌数或并发数。</translation>
    </message>
    <message>
        <source>%1 has no model worker answering (%2). Check that a model is running in %1; retrying may help.</source>
        <translation>%1 没有响应的模型工作进程（%2）。请检查 %1 中是否有模型在运行；重试可能有帮助。</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; try again later.</source>
        <translation>%1 发生内部错误（%2）。这通常是暂时的；请稍后再试。</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens) for this provider.</source>
        <translation>%1 拒绝了请求（%2）。请检查此服务商的模型设置（温度、最大令牌数）。</translation>
    </message>
    <message>
        <source>%1 does not serve your country, region or territory (%2). Use another provider.</source>
        <translation>%1 不为您所在的国家、地区或领地提供服务（%2）。请使用其他服务商。</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP %2). Store a new key for this provider.</source>
        <translation>%1 拒绝了 API 密钥（HTTP %2）。请为此服务商存储新的密钥。</translation>
    </message>
    <message>
        <source>%1 refused this request with the stored key (%2). Check that the key&apos;s account or project may use this model.</source>
        <translation>%1 拒绝了使用已存储密钥的此请求（%2）。请检查该密钥所属的账户或项目是否可以使用此模型。</translation>
    </message>
    <message>
        <source>%1: this request alone is larger than your per-minute token limit (%2). Ask for fewer rows per request or lower max tokens; retrying will not help.</source>
        <translation>%1：仅此一个请求就超出了您每分钟的令牌限额（%2）。请减少每个请求的行数或降低最大令牌数；重试无济于事。</translation>
    </message>
    <message>
        <source>%1: the request is too large (%2). Ask for fewer rows per request.</source>
        <translation>%1：请求过大（%2）。请减少每个请求的行数。</translation>
    </message>
    <message>
        <source>%1: this Transformer Lab version has no OpenAI-compatible endpoint (HTTP 404). Use Transformer Lab v0.33.0 or older, or serve the model with another OpenAI-compatible server.</source>
        <translation>%1：此版本的 Transformer Lab 没有兼容 OpenAI 的端点（HTTP 404）。请使用 Transformer Lab v0.33.0 或更早版本，或用其他兼容 OpenAI 的服务器提供该模型。</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot; installed (HTTP 404). Pull it with &quot;ollama pull %2&quot; or pick an installed model.</source>
        <translation>%1 未安装模型“%2”（HTTP 404）。请用“ollama pull %2”下载，或选择已安装的模型。</translation>
    </message>
    <message>
        <source>%1: the server has no such endpoint (HTTP 404). Check the base URL.</source>
        <translation>%1：服务器上没有此端点（HTTP 404）。请检查基础 URL。</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; is not available (%3). Pick another model or refresh the model list.</source>
        <translation>%1：模型“%2”不可用（%3）。请选择其他模型或刷新模型列表。</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot; does not exist or you have no access to it (HTTP %3). Pick another model or refresh the model list.</source>
        <translation>%1：模型“%2”不存在或您无权访问（HTTP %3）。请选择其他模型或刷新模型列表。</translation>
    </message>
    <message>
        <source>%1 timed out while working on the request (%2). Retry; for long answers use streaming or ask for fewer rows per request.</source>
        <translation>%1 处理请求时超时（%2）。请重试；对于较长的回答，请使用流式传输或减少每个请求的行数。</translation>
    </message>
    <message>
        <source>%1 reports that the request was cancelled (%2).</source>
        <translation>%1 报告请求已被取消（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be reached through its gateway (%2). This is usually temporary; retrying usually helps.</source>
        <translation>无法通过网关访问 %1（%2）。这通常是暂时的；重试通常可以解决。</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2). This is usually temporary; retrying usually helps.</source>
        <translation>%1 发生内部错误（%2）。这通常是暂时的；重试通常可以解决。</translation>
    </message>
    <message>
        <source>%1 reported a conflict (%2). Retrying usually helps.</source>
        <translation>%1 报告了冲突（%2）。重试通常可以解决。</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). Check the model&apos;s settings (temperature, max tokens, JSON mode) for this provider.</source>
        <translation>%1 拒绝了请求（%2）。请检查此服务商的模型设置（温度、最大令牌数、JSON 模式）。</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 返回了意外的 HTTP 状态 %2。</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>一会儿</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 before the next attempt, longer than Candor waits on its own; try again after that.</source>
        <translation>%1 要求在下次尝试前等待 %2，超过了 Candor 自行等待的时长；请在此之后再试。</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error%2.</source>
        <translation>%1 因错误中止了回答%2。</translation>
    </message>
    <message>
        <source>Retrying usually helps.</source>
        <translation>重试通常可以解决。</translation>
    </message>
    <message>
        <source>Store a new key for this provider.</source>
        <translation>请为此服务商存储新的密钥。</translation>
    </message>
    <message>
        <source>Check your plan and billing; retrying will not help.</source>
        <translation>请检查您的套餐和账单；重试无济于事。</translation>
    </message>
    <message>
        <source>Ask for fewer rows per request or lower max tokens.</source>
        <translation>请减少每个请求的行数或降低最大令牌数。</translation>
    </message>
    <message>
        <source>Pick another model or start it first.</source>
        <translation>请选择其他模型，或先启动该模型。</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings for this provider.</source>
        <translation>请检查此服务商的模型设置。</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Nothing is listening at %1. Is %2 running?</source>
        <translation>%1 上没有任何服务在监听。%2 是否在运行？</translation>
    </message>
    <message>
        <source>%1 refused the connection at %2. Check the base URL or try again later.</source>
        <translation>%1 拒绝了 %2 上的连接。请检查基础 URL 或稍后再试。</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly (%2). Retrying usually helps.</source>
        <translation>%1 意外关闭了连接（%2）。重试通常可以解决。</translation>
    </message>
    <message>
        <source>%1: the host &quot;%2&quot; could not be found. Check the base URL and your internet connection.</source>
        <translation>%1：找不到主机“%2”。请检查基础 URL 和网络连接。</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Check your connection; retrying usually helps.</source>
        <translation>%1 未能及时响应（%2）。请检查网络连接；重试通常可以解决。</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>发往 %1 的请求已被取消。</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed%3. Check the base URL (https or http), the system clock and any proxy.</source>
        <translation>%1：与 %2 的安全连接失败%3。请检查基础 URL（https 或 http）、系统时钟以及代理设置。</translation>
    </message>
    <message>
        <source>The network is not available, so %1 cannot be reached. Check your connection.</source>
        <translation>网络不可用，因此无法访问 %1。请检查网络连接。</translation>
    </message>
    <message>
        <source>%1 at %2 redirected too many times. Check the base URL.</source>
        <translation>%2 上的 %1 重定向次数过多。请检查基础 URL。</translation>
    </message>
    <message>
        <source>%1 at %2 redirected from https to plain http; Candor does not follow that. Check the base URL.</source>
        <translation>%2 上的 %1 从 https 重定向到了未加密的 http；Candor 不会跟随这种重定向。请检查基础 URL。</translation>
    </message>
    <message>
        <source>The proxy in front of %1 asks for credentials. Check the proxy settings.</source>
        <translation>%1 前面的代理要求提供凭据。请检查代理设置。</translation>
    </message>
    <message>
        <source>The proxy in front of %1 failed%2. Check the proxy settings.</source>
        <translation>%1 前面的代理出错%2。请检查代理设置。</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 failed%3.</source>
        <translation>与 %2 上的 %1 的连接失败%3。</translation>
    </message>
    <message>
        <source>No space left on the disk for %1: the last change was not saved; everything saved before it is intact.</source>
        <translation>磁盘空间不足，无法保存 %1：最后的更改未保存；此前保存的内容完好无损。</translation>
    </message>
    <message>
        <source>The project %1 is damaged (%2).</source>
        <translation>项目 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>Could not use the project %1: %2</source>
        <translation>无法使用项目 %1：%2</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>the disk quota is exhausted</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file would be larger than the system allows</source>
        <translation>文件将超过系统允许的大小</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>the program reading the pipe has closed it</source>
        <translation>读取管道的程序已将其关闭</translation>
    </message>
    <message>
        <source>an input/output error (the disk or device failed)</source>
        <translation>输入/输出错误（磁盘或设备出现故障）</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; Candor writes only to files, pipes and character devices</source>
        <translation>%1 是%2，不是普通文件；Candor 只写入文件、管道和字符设备</translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string at column %2; JSON needs it escaped</source>
        <translation>第 %2 列的字符串中有未转义的控制字符 U+%1；JSON 要求将其转义</translation>
    </message>
    <message>
        <source>lone surrogate escape \u%1 at column %2; it is not a character</source>
        <translation>第 %2 列有孤立的代理项转义 \u%1；它不是一个字符</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知键“%1”</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>未知表“%1”</translation>
    </message>
    <message>
        <source>&quot;table&quot; is required outside generic.json</source>
        <translation>在 generic.json 之外必须提供“table”</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>“difficulty”必须是 beginner、intermediate 或 advanced</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>“prompts”必须是非空字符串列表</translation>
    </message>
    <message>
        <source>&quot;search&quot; is required</source>
        <translation>必须提供“search”</translation>
    </message>
    <message>
        <source>&quot;levels&quot; must be an object with the keys &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;</source>
        <translation>“levels”必须是包含键“-2”、“-1”、“0”、“1”和“2”的对象</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (the levels are &quot;-2&quot;, &quot;-1&quot;, &quot;0&quot;, &quot;1&quot; and &quot;2&quot;)</source>
        <translation>未知等级“%1”（等级为“-2”、“-1”、“0”、“1”和“2”）</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>等级 %1：%2</translation>
    </message>
    <message>
        <source>missing (a ladder needs all five levels)</source>
        <translation>缺失（阶梯需要全部五个等级）</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>“answers”必须是非空字符串列表</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; is required</source>
        <translation>必须提供“feedback”</translation>
    </message>
    <message>
        <source>&quot;claims&quot; must be a list (empty if the answer makes no claim)</source>
        <translation>“claims”必须是列表（回答不作任何断言时为空）</translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation>断言 %1：%2</translation>
    </message>
    <message>
        <source>&quot;claim&quot; must be a non-empty string</source>
        <translation>“claim”必须是非空字符串</translation>
    </message>
    <message>
        <source>&quot;true&quot; must be true or false</source>
        <translation>“true”必须是 true 或 false</translation>
    </message>
    <message>
        <source>a false claim needs a &quot;correction&quot;</source>
        <translation>错误断言需要“correction”</translation>
    </message>
    <message>
        <source>a true claim takes no &quot;correction&quot;</source>
        <translation>正确断言不能带“correction”</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>Level %1 is given away by &quot;%2&quot;: it is in %3% of the level&apos;s answers and %4% of the others, so a reward model can score the level from that alone.</source>
        <translation>等级 %1 会被“%2”暴露：它出现在该等级 %3% 的回答中，在其他回答中占 %4%，因此奖励模型仅凭这一点就能给出等级。</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Level %1 %2 average %3 characters against %4 over all rows (%5%): length alone hints at the level.</source>
        <translation>等级 %1 的%2平均 %3 个字符，而全部行为 %4（%5%）：仅凭长度就能推测等级。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier row&apos;s prompt at the same level.</source>
        <translation>
            <numerusform>%Ln 行重复了同一等级中先前某行的提示词。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level</source>
        <translation>各等级行数</translation>
    </message>
    <message>
        <source>%1 lengths at level %2</source>
        <translation>等级 %2 的%1长度</translation>
    </message>
    <message>
        <source>mean %1 characters</source>
        <translation>平均 %1 个字符</translation>
    </message>
    <message>
        <source>%1 rows, %2 contrast ladders (%3 rows in ladders), %4 edited by hand. Made by Candor %5.</source>
        <translation>%1 行，%2 个对比阶梯（阶梯中共 %3 行），%4 行经手工编辑。由 Candor %5 生成。</translation>
    </message>
    <message>
        <source>What a reward model could learn instead of honesty</source>
        <translation>奖励模型可能学到的东西（而非诚实）</translation>
    </message>
    <message>
        <source>No single word, word pair or length gives a level away.</source>
        <translation>没有任何单个词、词对或长度会暴露等级。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Domains by level</source>
        <translation>各等级的领域</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Answer length by level</source>
        <translation>各等级回答长度</translation>
    </message>
    <message>
        <source>Characters, %1 per bar; the dashed line is the level&apos;s mean; all rows: %2.</source>
        <translation>字符数，每柱 %1；虚线为该等级的平均值；全部行：%2。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Feedback length by level</source>
        <translation>各等级反馈长度</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Words that predict the level</source>
        <translation>能预测等级的词</translation>
    </message>
    <message>
        <source>The ten words or word pairs whose presence in an answer best tells its level from the others (balanced accuracy, over %1 answers).</source>
        <translation>出现在回答中时最能将其等级与其他等级区分开的十个词或词对（平衡准确率，基于 %1 条回答）。</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>In level</source>
        <translation>本等级</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他等级</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row&apos;s prompt at the same level (case, spacing and end punctuation aside). Rows of one contrast ladder share their prompt on purpose and are not counted.</source>
        <translation>%1 行重复了同一等级中先前某行的提示词（忽略大小写、空白和末尾标点）。同一对比阶梯中的行有意共用提示词，不计在内。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Repeats row</source>
        <translation>重复自</translation>
    </message>
    <message>
        <source>Judge agreement</source>
        <translation>评审一致性</translation>
    </message>
    <message>
        <source>No judge labels in these rows yet.</source>
        <translation>这些行还没有评审标签。</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Not recorded: the rows came from a file without their configuration.</source>
        <translation>未记录：这些行来自不含其配置的文件。</translation>
    </message>
    <message>
        <source>%1 judged rows: exact agreement %2, within one level %3, quadratic-weighted kappa %4 (95% interval %5 to %6).</source>
        <translation>已评审 %1 行：完全一致 %2，相差不超过一级 %3，二次加权 kappa %4（95% 区间 %5 至 %6）。</translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level</source>
        <translation>行：目标等级；列：评审模型给出的等级</translation>
    </message>
</context>
<context>
    <name>candor::ChatCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已被取消。</translation>
    </message>
    <message>
        <source>the response is larger than %1 MB and was cut off</source>
        <translation>响应超过 %1 MB，已被截断</translation>
    </message>
    <message>
        <source>redirect (HTTP %1) without a valid Location</source>
        <translation>重定向（HTTP %1）没有有效的 Location</translation>
    </message>
    <message>
        <source>%1 redirected from https to %2; Candor refuses to downgrade a request that carries an API key.</source>
        <translation>%1 从 https 重定向到了 %2；Candor 拒绝降级携带 API 密钥的请求。</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 在 %2 秒内没有发送任何内容；请求已超时。请重试，或为较慢的本地模型调高超时时间。</translation>
    </message>
    <message>
        <source>The stream from %1 ended before it was complete (%2 characters received). Try again.</source>
        <translation>来自 %1 的流在完成之前就结束了（已收到 %2 个字符）。请重试。</translation>
    </message>
    <message>
        <source>%1 answered with no text (finish reason: %2).</source>
        <translation>%1 的回答没有文本（结束原因：%2）。</translation>
    </message>
    <message>
        <source>%1 sent no part of the answer for %2 s (only keep-alives or stray bytes); the request timed out. Try again, or raise the timeout for slow local models.</source>
        <translation>%1 在 %2 秒内没有发送回答的任何部分（只有保活信号或零散字节）；请求已超时。请重试，或为较慢的本地模型调高超时时间。</translation>
    </message>
    <message>
        <source>%1 did not finish the answer within %2 s; the request timed out. Try again, or ask for a shorter answer.</source>
        <translation>%1 未在 %2 秒内完成回答；请求已超时。请重试，或要求更短的回答。</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 bytes</source>
        <translation>流中的一行超过 %1 字节</translation>
    </message>
</context>
<context>
    <name>candor::Connector</name>
    <message>
        <source>Candor will not send the %1 API key over plain http to %2: anyone on the network could read it. Use https, or allow insecure key transport for this endpoint explicitly.</source>
        <translation>Candor 不会通过未加密的 http 将 %1 的 API 密钥发送到 %2：网络上的任何人都可能读取它。请使用 https，或为此端点明确允许不安全的密钥传输。</translation>
    </message>
    <message>
        <source>%1 sent a response Candor could not read: %2.</source>
        <translation>%1 发送了 Candor 无法读取的响应：%2。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>其他 JSON 值</translation>
    </message>
    <message>
        <source>%1 did not answer the model list request in time.</source>
        <translation>%1 未能及时响应模型列表请求。</translation>
    </message>
    <message>
        <source>Connected to %1 at %2: %3 %4 listed</source>
        <translation>已连接到 %2 上的 %1：列出 %3 %4</translation>
    </message>
    <message>
        <source>model</source>
        <translation>个模型</translation>
    </message>
    <message>
        <source>models</source>
        <translation>个模型</translation>
    </message>
    <message>
        <source>; %1 is available.</source>
        <translation>；%1 可用。</translation>
    </message>
    <message>
        <source>; %1 is not among them (it may still work as an alias).</source>
        <translation>；%1 不在其中（它作为别名可能仍然有效）。</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>%1 returned no choices; the server or a gateway dropped the answer.</source>
        <translation>%1 没有返回任何选项；服务器或网关丢弃了回答。</translation>
    </message>
    <message>
        <source>a stream event</source>
        <translation>一个流事件</translation>
    </message>
    <message>
        <source>the model list has no &quot;data&quot; array</source>
        <translation>模型列表中没有 &quot;data&quot; 数组</translation>
    </message>
    <message>
        <source>a stream line</source>
        <translation>一个流行</translation>
    </message>
    <message>
        <source>the model list has no &quot;models&quot; array</source>
        <translation>模型列表中没有 &quot;models&quot; 数组</translation>
    </message>
</context>
<context>
    <name>candor::DatasetCheck</name>
    <message>
        <source>&quot;search_hint&quot; must look like [SEARCH:query]</source>
        <translation>&quot;search_hint&quot; 必须形如 [SEARCH:查询]</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>没有标签</translation>
    </message>
    <message>
        <source>a seed row, not a chat line: there is no &quot;messages&quot; array</source>
        <translation>这是种子行，不是聊天行：没有 &quot;messages&quot; 数组</translation>
    </message>
    <message>
        <source>no &quot;messages&quot; array</source>
        <translation>没有 &quot;messages&quot; 数组</translation>
    </message>
    <message>
        <source>&quot;messages&quot; holds %1 messages; Candor writes system (optional), user and assistant</source>
        <translation>&quot;messages&quot; 含有 %1 条消息；Candor 写入 system（可选）、user 和 assistant</translation>
    </message>
    <message>
        <source>message %1 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>消息 %1 需要字符串 &quot;role&quot; 和字符串 &quot;content&quot;</translation>
    </message>
    <message>
        <source>message %1 has the role &quot;%2&quot; where Candor writes &quot;%3&quot;</source>
        <translation>消息 %1 的角色是 &quot;%2&quot;，而 Candor 在此写入 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>message %1 (%2) is empty</source>
        <translation>消息 %1（%2）为空</translation>
    </message>
    <message>
        <source>the system message is not one Candor writes, so the row&apos;s level is unknown</source>
        <translation>系统消息不是 Candor 写入的那种，因此该行的级别未知</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice</source>
        <translation>表头两次列出列 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; is ignored</source>
        <translation>忽略未知列 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; Candor&apos;s CSV starts with prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint</source>
        <translation>表头缺少列 %1；Candor 的 CSV 以 prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint 开头</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8 text</source>
        <translation>字段 %1 不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>未知来源 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown review status &quot;%1&quot;</source>
        <translation>未知审阅状态 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;created&quot; is not an ISO 8601 date and time: %1</source>
        <translation>&quot;created&quot; 不是 ISO 8601 日期时间：%1</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>未知标记 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a record longer than 16 MB; skipped</source>
        <translation>记录超过 16 MB；已跳过</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the field and double the quote)</source>
        <translation>未加引号的字段 %1 中有引号（请给字段加引号并把引号写两遍）</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>字段 %1 的结束引号后还有文本</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation>从这一行开始的带引号字段始终没有结束</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of messages</source>
        <translation>“%1”必须是消息列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold exactly one assistant message, not %2</source>
        <translation>“%1”必须恰好包含一条助手消息，而不是 %2 条</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold %2 message(s) (%3), not %4</source>
        <translation>“%1”必须包含 %2 条消息（%3），而不是 %4 条</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 needs a string &quot;role&quot; and a string &quot;content&quot;</source>
        <translation>“%1”的第 %2 条消息需要字符串“role”和字符串“content”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 has the role &quot;%3&quot; where &quot;%4&quot; belongs</source>
        <translation>“%1”的第 %2 条消息角色为“%3”，此处应为“%4”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; message %2 is empty</source>
        <translation>“%1”的第 %2 条消息为空</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>缺少键“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <source>missing object &quot;input&quot; (with &quot;messages&quot;)</source>
        <translation>缺少对象“input”（含“messages”）</translation>
    </message>
    <message>
        <source>a reward-model line has an implicit prompt: the user turn inside &quot;chosen&quot; and &quot;rejected&quot;, no &quot;prompt&quot; key</source>
        <translation>奖励模型行使用隐式提示：用户轮次位于“chosen”和“rejected”之内，不应有“prompt”键</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; answer different prompts</source>
        <translation>“chosen”和“rejected”回答的是不同的提示</translation>
    </message>
    <message>
        <source>missing key &quot;margin&quot;</source>
        <translation>缺少键“margin”</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be a number</source>
        <translation>“margin”必须是数字</translation>
    </message>
    <message>
        <source>&quot;margin&quot; must be positive (the chosen answer&apos;s level minus the rejected one&apos;s), not %1</source>
        <translation>“margin”必须为正数（选中答案的等级减去拒绝答案的等级），而不是 %1</translation>
    </message>
    <message>
        <source>missing key &quot;label&quot;</source>
        <translation>缺少键“label”</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be true or false (a JSON boolean)</source>
        <translation>“label”必须为 true 或 false（JSON 布尔值）</translation>
    </message>
    <message>
        <source>&quot;reward&quot; must be an integer from -2 to 2</source>
        <translation>“reward”必须是 -2 到 2 之间的整数</translation>
    </message>
    <message>
        <source>missing object &quot;metadata&quot;</source>
        <translation>缺少对象“metadata”</translation>
    </message>
    <message>
        <source>metadata: &quot;confidence_score&quot; must be a number from 0 to 1</source>
        <translation>metadata：“confidence_score”必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>&quot;target_reward&quot; must be an integer from -2 to 2</source>
        <translation>“target_reward”必须是 -2 到 2 之间的整数</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings</source>
        <translation>“tags”必须是字符串列表</translation>
    </message>
    <message>
        <source>the prompt of line %1 again; this format holds one line per prompt</source>
        <translation>又是第 %1 行的提示；此格式每个提示只有一行</translation>
    </message>
    <message>
        <source>the chosen and the rejected answer are the same text</source>
        <translation>选中答案与拒绝答案是相同的文本</translation>
    </message>
    <message>
        <source>%1 has no README.md (the dataset card); a Hugging Face export folder needs one</source>
        <translation>%1 没有 README.md（数据集卡片）；Hugging Face 导出文件夹必须包含它</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys</source>
        <translation>前置元数据不是键的映射</translation>
    </message>
    <message>
        <source>the card names no &quot;license&quot;</source>
        <translation>卡片未指定“license”</translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot;</source>
        <translation>卡片缺少“%1”</translation>
    </message>
    <message>
        <source>the card&apos;s &quot;tags&quot; do not include &quot;synthetic&quot;</source>
        <translation>卡片的“tags”不包含“synthetic”</translation>
    </message>
    <message>
        <source>the card lists no &quot;configs&quot; (each with a config_name and data_files)</source>
        <translation>卡片未列出“configs”（每项都需要 config_name 和 data_files）</translation>
    </message>
    <message>
        <source>a config without a &quot;config_name&quot;</source>
        <translation>一个没有“config_name”的配置</translation>
    </message>
    <message>
        <source>the config &quot;%1&quot; lists no data_files</source>
        <translation>配置“%1”未列出 data_files</translation>
    </message>
    <message>
        <source>a data_files entry of &quot;%1&quot; needs a split and a path</source>
        <translation>“%1”的 data_files 条目需要 split 和 path</translation>
    </message>
    <message>
        <source>the data_files path %1 leaves the folder</source>
        <translation>data_files 路径 %1 超出了文件夹</translation>
    </message>
    <message>
        <source>the data_files path %1 does not exist</source>
        <translation>data_files 路径 %1 不存在</translation>
    </message>
    <message>
        <source>this prompt is also in the %1 split: a ladder crosses splits</source>
        <translation>此提示也出现在 %1 划分中：有阶梯跨越了划分</translation>
    </message>
    <message>
        <source>%1 is a folder; only --format hf checks a folder</source>
        <translation>%1 是文件夹；只有 --format hf 会检查文件夹</translation>
    </message>
    <message>
        <source>--format hf checks a Hugging Face dataset folder; %1 is not a folder</source>
        <translation>--format hf 检查 Hugging Face 数据集文件夹；%1 不是文件夹</translation>
    </message>
    <message>
        <source>contrast ladder %1 asks another prompt here than on line %2</source>
        <translation>对比阶梯 %1 在此处的提示与第 %2 行不同</translation>
    </message>
    <message>
        <source>contrast ladder %1 has no row at level %2 of its level set</source>
        <translation>对比阶梯 %1 在其等级集合的等级 %2 上没有行</translation>
    </message>
    <message>
        <source>&quot;decomposition&quot; must be an object</source>
        <translation>“decomposition”必须是对象</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a list</source>
        <translation>decomposition：“%1”必须是列表</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;%2&quot; must be a number from 0 to 1</source>
        <translation>decomposition：%1：“%2”必须是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>decomposition: %1: &quot;appropriate&quot; must be true or false</source>
        <translation>decomposition：%1：“appropriate”必须是 true 或 false</translation>
    </message>
    <message>
        <source>decomposition: &quot;%1&quot; must be a number from 0 to 1</source>
        <translation>decomposition：“%1”必须是 0 到 1 之间的数</translation>
    </message>
</context>
<context>
    <name>candor::DatasetWriter</name>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 是一个文件夹；请提供文件名</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>saving %1 failed: %2</source>
        <translation>保存 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>candor::Distribution</name>
    <message>
        <source>&quot;%1&quot; is not LEVEL:COUNT or LEVEL:PERCENT% (e.g. -2:10 or -2:10%)</source>
        <translation>“%1”不是 等级:数量 或 等级:百分比% 的格式（例如 -2:10 或 -2:10%）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rubric level; levels are -2, -1, 0, 1 and 2</source>
        <translation>“%1”不是评分标准中的等级；等级为 -2、-1、0、1 和 2</translation>
    </message>
    <message>
        <source>level %1 is not on the rubric; levels are -2, -1, 0, 1 and 2</source>
        <translation>等级 %1 不在评分标准中；等级为 -2、-1、0、1 和 2</translation>
    </message>
    <message>
        <source>level %1 is given twice</source>
        <translation>等级 %1 重复给出</translation>
    </message>
    <message>
        <source>level %1 has a negative %2 (%3)</source>
        <translation>等级 %1 的%2为负数（%3）</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>level %1: &quot;%2%&quot; is not a percentage from 0 to 100</source>
        <translation>等级 %1：“%2%”不是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>level %1: percentages may have at most two decimals (%2%)</source>
        <translation>等级 %1：百分比最多只能有两位小数（%2%）</translation>
    </message>
    <message>
        <source>level %1: &quot;%2&quot; is not a whole number of rows</source>
        <translation>等级 %1：“%2”不是整数行数</translation>
    </message>
    <message>
        <source>mix of counts and percentages; give every level as a count or every level as a percentage</source>
        <translation>数量与百分比混用；请将所有等级都用数量或都用百分比给出</translation>
    </message>
    <message>
        <source>percentages add up to %1%, not 100%</source>
        <translation>百分比之和为 %1%，而不是 100%</translation>
    </message>
    <message>
        <source>the counts add up to 0 rows</source>
        <translation>数量之和为 0 行</translation>
    </message>
    <message>
        <source>the number of rows cannot be negative (%1)</source>
        <translation>行数不能为负数（%1）</translation>
    </message>
    <message>
        <source>the per-level counts add up to %1 rows but %2 were asked for</source>
        <translation>各等级数量之和为 %1 行，但请求的是 %2 行</translation>
    </message>
    <message>
        <source>the counts add up to %1 rows; a run has at most %2</source>
        <translation>各数量合计 %1 行；一次运行最多 %2 行</translation>
    </message>
    <message>
        <source>the number of rows must be at most %1 (got %2)</source>
        <translation>行数最多为 %1（收到 %2）</translation>
    </message>
</context>
<context>
    <name>candor::DistributionChart</name>
    <message>
        <source>Distribution chart</source>
        <translation>分布图</translation>
    </message>
    <message numerus="yes">
        <source>level %1: %Ln rows</source>
        <translation>
            <numerusform>等级 %1：%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DistributionEditor</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Rows at level %1</source>
        <translation>等级 %1 的行数</translation>
    </message>
    <message>
        <source>How many rows show level %1: %2</source>
        <translation>有多少行展示等级 %1：%2</translation>
    </message>
    <message>
        <source>Share of level %1</source>
        <translation>等级 %1 的比例</translation>
    </message>
    <message>
        <source>Share of the dataset at level %1; the rows follow.</source>
        <translation>等级 %1 在数据集中所占的比例；行数随之调整。</translation>
    </message>
    <message>
        <source>&amp;Balanced</source>
        <translation>均衡(&amp;B)</translation>
    </message>
    <message>
        <source>Split the rows evenly over the five levels.</source>
        <translation>将行平均分配到五个等级。</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln rows</source>
        <translation>
            <numerusform>合计：%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::EndpointResolver</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>No provider is chosen; use one of %1.</source>
        <translation>未选择服务商；请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; use one of %2.</source>
        <translation>“%1”不是服务商；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http(s) address.</source>
        <translation>端点“%1”不是 http(s) 地址。</translation>
    </message>
    <message>
        <source>No model is chosen and %1 has no default model.</source>
        <translation>未选择模型，且 %1 没有默认模型。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>环境变量 %1 未设置或为空。</translation>
    </message>
    <message>
        <source>No API key is stored for %1.</source>
        <translation>没有为 %1 存储 API 密钥。</translation>
    </message>
    <message>
        <source>The endpoint %1 is not %2&apos;s own host, so the stored %2 key is not sent there. Give the address explicitly (--base-url) or confirm it to use the key, or give a key for it.</source>
        <translation>端点 %1 不是 %2 自己的主机，因此不会将已存储的 %2 密钥发送到那里。请显式给出地址（--base-url）或确认后再使用该密钥，或为其提供一个密钥。</translation>
    </message>
</context>
<context>
    <name>candor::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) to export.</source>
        <translation>
            <numerusform>待导出 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) to %3, %4; %5 rows left out by the selection.</source>
        <translation>已将 %1 行（%2）导出到 %3，%4；有 %5 行因选择范围被排除。</translation>
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
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Write the chosen rows to the file.</source>
        <translation>将所选的行写入文件。</translation>
    </message>
    <message>
        <source>Close this dialog; while exporting, cancel.</source>
        <translation>关闭此对话框；导出过程中则取消导出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln pair(s) to %1, %2; see the report below for what was left out and why.</source>
        <translation>
            <numerusform>已将 %Ln 个偏好对导出到 %1，%2；下方报告列出了被排除的内容及原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln seed row(s) and what is built from them to the Hugging Face dataset folder %1, %2.</source>
        <translation>
            <numerusform>已将 %Ln 个种子行及由其生成的内容导出到 Hugging Face 数据集文件夹 %1，%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the dataset&apos;s licence (e.g. cc-by-4.0); the terms of generated data depend on the provider, so Candor does not choose one.</source>
        <translation>请输入数据集的许可证（例如 cc-by-4.0）；生成数据的条款取决于提供商，因此 Candor 不会替您选择。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other).</source>
        <translation>“%1”不是 Hub 所用格式的许可证标识（小写，例如 cc-by-4.0、mit 或 other）。</translation>
    </message>
    <message>
        <source>The split needs three fractions for train, validation and test that add up to 1, e.g. 0.9,0.05,0.05.</source>
        <translation>划分需要训练、验证和测试三个比例，且总和为 1，例如 0.9,0.05,0.05。</translation>
    </message>
    <message>
        <source>Export dataset folder</source>
        <translation>导出数据集文件夹</translation>
    </message>
    <message>
        <source>Expressed confidence at level %1</source>
        <translation>等级 %1 表达的置信度</translation>
    </message>
    <message>
        <source>RLWHF confidence_score of rows at level %1 (%2): how confident such an answer sounds, from 0 to 1, not whether it is right.</source>
        <translation>等级 %1（%2）各行的 RLWHF confidence_score：此类回答听起来有多笃定，取值 0 到 1，与其是否正确无关。</translation>
    </message>
</context>
<context>
    <name>candor::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>the Hugging Face export needs a licence (the terms of generated data depend on the provider; Candor does not choose one)</source>
        <translation>Hugging Face 导出需要许可证（生成数据的条款取决于提供商；Candor 不会替您选择）</translation>
    </message>
    <message>
        <source>%1 is a file; the Hugging Face export writes a folder</source>
        <translation>%1 是文件；Hugging Face 导出写入的是文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder with other files in it; choose a new or empty folder (Candor replaces only a folder its own Hugging Face export wrote)</source>
        <translation>%1 是包含其他文件的文件夹；请选择新的或空的文件夹（Candor 只会替换由其自身 Hugging Face 导出写入的文件夹）</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot replace the folder %1</source>
        <translation>无法替换文件夹 %1</translation>
    </message>
    <message>
        <source>cannot move the new folder into place at %1</source>
        <translation>无法将新文件夹移动到 %1</translation>
    </message>
    <message>
        <source>Warning: rows below 0 become assistant turns; supervised training on them teaches the model to fabricate (-2) or to state guesses as facts (-1).</source>
        <translation>警告：低于 0 的行会成为助手轮次；用它们做监督训练会教模型捏造事实（-2）或把猜测当作事实陈述（-1）。</translation>
    </message>
    <message>
        <source>Note: rows at %1 and above become assistant turns; the model learns to answer as they do (hedged or declining), not only fully correct answers.</source>
        <translation>注意：%1 及以上的行会成为助手轮次；模型会学习像它们那样回答（有所保留或拒绝回答），而不只是完全正确的回答。</translation>
    </message>
    <message>
        <source>Wrote the Hugging Face dataset folder %1 (%2): the configs %3 and a dataset card (README.md).</source>
        <translation>已写入 Hugging Face 数据集文件夹 %1（%2）：配置 %3 和数据集卡片（README.md）。</translation>
    </message>
    <message numerus="yes">
        <source>seed: %Ln row(s); distinct prompts (ladders): %1; rows per level: %2</source>
        <translation>
            <numerusform>seed：%Ln 行；不同提示（阶梯）：%1；各等级行数：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ladder(s)</source>
        <translation>
            <numerusform>%Ln 个阶梯</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dpo: %Ln pair(s), mode %1, minimum margin %2.</source>
        <translation>
            <numerusform>dpo：%Ln 个偏好对，模式 %1，最小间隔 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Splits: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln pair(s) to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.</source>
        <translation>
            <numerusform>已将 %Ln 个偏好对写入 %1（%2）；不同提示（阶梯）：%3；模式 %4，最小间隔 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in pairs per level: %1</source>
        <translation>各等级参与配对的行数：%1</translation>
    </message>
    <message>
        <source>No pairs: no prompt has rows at two levels far enough apart. Pairs need ladders: the same prompt answered at several levels.</source>
        <translation>没有偏好对：没有任何提示在相距足够远的两个等级上都有行。偏好对需要阶梯：同一提示在多个等级上的回答。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>已将 %Ln 行写入 %1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows per level: %1</source>
        <translation>各等级行数：%1</translation>
    </message>
    <message>
        <source>Pairs by kind (chosen&gt;rejected): %1</source>
        <translation>按类型的偏好对（选中&gt;拒绝）：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>KTO labels (label = target_reward &gt;= %1): %2 true (%3%), %4 false; if unbalanced, set KTOConfig desirable_weight and undesirable_weight so that weight times count is about equal.</source>
        <translation>KTO 标签（label = target_reward &gt;= %1）：%2 个 true（%3%），%4 个 false；若不平衡，请设置 KTOConfig 的 desirable_weight 和 undesirable_weight，使权重乘以数量大致相等。</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) not selected by the rows option.</source>
        <translation>
            <numerusform>已排除：%Ln 行未被行选项选中。</numerusform>
        </translation>
    </message>
    <message>
        <source> (dpo config; they are still in seed and kto)</source>
        <translation> （dpo 配置；它们仍在 seed 和 kto 中）</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with no partner at another level of their ladder.</source>
        <translation>
            <numerusform>已排除：%Ln 行在其阶梯的其他等级上没有配对对象。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) in no pair: no other level of their ladder is far enough away (minimum margin %1, mode %2).</source>
        <translation>
            <numerusform>已排除：%Ln 行未进入任何偏好对：其阶梯中没有足够远的其他等级（最小间隔 %1，模式 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below +2 (a reference answer must be fully correct).</source>
        <translation>
            <numerusform>已排除：%Ln 行低于 +2（参考答案必须完全正确）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below 0 (a GRPO ideal answer must not be dishonest).</source>
        <translation>
            <numerusform>已排除：%Ln 行低于 0（GRPO 理想答案不能不诚实）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below the SFT threshold %1 (not written as assistant turns).</source>
        <translation>
            <numerusform>已排除：%Ln 行低于 SFT 阈值 %1（未写为助手轮次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) whose prompt a higher (or earlier) row of the same ladder already stands for (one line per prompt).</source>
        <translation>
            <numerusform>已排除：%Ln 行，其提示已由同一阶梯中更高（或更早）的行代表（每个提示一行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped: %Ln pair(s) whose chosen and rejected answers are the same text.</source>
        <translation>
            <numerusform>已丢弃：%Ln 个偏好对的选中答案与拒绝答案为相同文本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a decomposition (template ladder rows as the bank wrote them: true and invented claims, with corrections).</source>
        <translation>
            <numerusform>%Ln 行带有分解（模板库原样写出的阶梯行：真实与虚构的陈述，附更正）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LEVEL:CONFIDENCE with a level from -2 to 2 (each once) and a confidence from 0 to 1</source>
        <translation>“%1”不是 等级:置信度 的形式（等级 -2 到 2，各出现一次；置信度 0 到 1）</translation>
    </message>
    <message>
        <source>no level given; write e.g. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</source>
        <translation>未给出任何等级；请写成例如 -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9</translation>
    </message>
</context>
<context>
    <name>candor::GenerationConfig</name>
    <message>
        <source>the number of rows must be between 1 and %1 (got %2)</source>
        <translation>行数必须在 1 到 %1 之间（实际为 %2）</translation>
    </message>
    <message>
        <source>temperature must be between 0 and 2 (got %1)</source>
        <translation>温度必须在 0 到 2 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>max tokens must be between 16 and 1000000 (got %1)</source>
        <translation>最大令牌数必须在 16 到 1000000 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 50 (got %1)</source>
        <translation>批大小必须在 1 到 50 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and 64 (got %1)</source>
        <translation>并发数必须在 1 到 64 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>the budget cannot be negative (got %1)</source>
        <translation>预算不能为负数（实际为 %1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; 必须是%2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>this configuration was written by a newer Candor (format %1; this version reads up to %2)</source>
        <translation>此配置由更新版本的 Candor 写入（格式 %1；此版本最多只能读取 %2）</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be &quot;template&quot; or &quot;llm&quot; (got &quot;%1&quot;)</source>
        <translation>&quot;mode&quot; 必须是 &quot;template&quot; 或 &quot;llm&quot;（实际为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>&quot;distribution&quot;: %1</source>
        <translation>&quot;distribution&quot;：%1</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 18446744073709551615</source>
        <translation>&quot;seed&quot; 必须是 0 到 18446744073709551615 之间的整数</translation>
    </message>
    <message>
        <source>&quot;prompt_templates&quot; maps levels -2..2 to template text; &quot;%1&quot; is not valid</source>
        <translation>&quot;prompt_templates&quot; 将等级 -2..2 映射到模板文本；&quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>pause_after_failures must be between 0 and 1000 (got %1)</source>
        <translation>pause_after_failures 必须在 0 到 1000 之间（收到 %1）</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 9007199254740992, or a string of digits up to 18446744073709551615 (got %1)</source>
        <translation>“seed”必须是 0 到 9007199254740992 之间的整数，或不超过 18446744073709551615 的数字字符串（收到 %1）</translation>
    </message>
    <message>
        <source>a ladder needs at least two levels</source>
        <translation>一个阶梯至少需要两个等级</translation>
    </message>
    <message>
        <source>in ladder mode every prompt is answered at each of the %1 levels, so the number of rows must be a multiple of %1 (%2 rows = %3 ladders, %4 rows = %5)</source>
        <translation>在阶梯模式下，每个提示都会在 %1 个等级上各回答一次，因此行数必须是 %1 的倍数（%2 行 = %3 个阶梯，%4 行 = %5 个）</translation>
    </message>
    <message>
        <source>the share of rows in ladders must be between 0 and 1 (got %1)</source>
        <translation>阶梯中行的比例必须介于 0 和 1 之间（收到 %1）</translation>
    </message>
    <message>
        <source>&quot;ladder_mode&quot; must be &quot;independent&quot;, &quot;ladders&quot; or &quot;mix&quot; (got &quot;%1&quot;)</source>
        <translation>&quot;ladder_mode&quot; 必须是 &quot;independent&quot;、&quot;ladders&quot; 或 &quot;mix&quot;（收到 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>&quot;ladder_levels&quot; must list levels from -2 to 2</source>
        <translation>&quot;ladder_levels&quot; 必须列出 -2 到 2 之间的等级</translation>
    </message>
</context>
<context>
    <name>candor::GenerationEngine</name>
    <message>
        <source>no model is set for %1</source>
        <translation>未为 %1 设置模型</translation>
    </message>
    <message>
        <source>a run is already going</source>
        <translation>已有一次运行正在进行</translation>
    </message>
    <message>
        <source>The journal was started with %1; continuing with it.</source>
        <translation>该日志是用 %1 开始的；将继续使用它。</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the journal%3.</source>
        <translation>正在继续：%2 行中已有 %1 行在日志中%3。</translation>
    </message>
    <message>
        <source> (%1 damaged line(s) skipped)</source>
        <translation> （已跳过 %1 行损坏的内容）</translation>
    </message>
    <message>
        <source>Budget of $%1 reached: no new requests.</source>
        <translation>已达到 $%1 的预算：不再发出新请求。</translation>
    </message>
    <message>
        <source>%1 Nothing more is generated; the rows so far are safe in the journal.</source>
        <translation>%1 不再生成新内容；目前已有的行已安全保存在日志中。</translation>
    </message>
    <message numerus="yes">
        <source>A level %1 answer hit the token limit; %n complete row(s) kept.</source>
        <translation>
            <numerusform>一个等级 %1 的回答达到了令牌上限；保留了 %n 个完整的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>A level %1 answer held no readable rows: %2</source>
        <translation>一个等级 %1 的回答中没有可读的行：%2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 将在 %2 秒后重试。</translation>
    </message>
    <message>
        <source>Generated %1 rows.</source>
        <translation>已生成 %1 行。</translation>
    </message>
    <message>
        <source>%1 rows at level %2</source>
        <translation>等级 %2 的 %1 行</translation>
    </message>
    <message>
        <source>%1 rows rejected as %2</source>
        <translation>%1 行因以下原因被拒绝：%2</translation>
    </message>
    <message>
        <source>%1 failed requests (%2)</source>
        <translation>%1 个失败的请求（%2）</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source> Why: %1.</source>
        <translation> 原因：%1。</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1. </source>
        <translation>已在 $%1 的预算处停止。 </translation>
    </message>
    <message>
        <source>Generated %1 rows; %2 came from the template generator (fallback). %3</source>
        <translation>已生成 %1 行；其中 %2 行来自模板生成器（后备）。%3</translation>
    </message>
    <message>
        <source>The attempt budget is spent. </source>
        <translation>尝试次数预算已用完。 </translation>
    </message>
    <message numerus="yes">
        <source>Paused; %n request(s) still finishing.</source>
        <translation>
            <numerusform>已暂停；仍有 %n 个请求正在完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows; they are kept in the journal.</source>
        <translation>已取消，完成 %2 行中的 %1 行；这些行保留在日志中。</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n row(s) with %1 (%2),</source>
        <translation>
            <numerusform>正在使用 %1（%2）生成 %n 行，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at a time.</source>
        <translation>
            <numerusform>每次 %n 个请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row failed over %1 s with no success (the last: %2). The run is paused; check the server, the network or the settings, then resume.</source>
        <translation>
            <numerusform>连续 %n 个请求在 %1 秒内失败且无一成功（最近一个：%2）。运行已暂停；请检查服务器、网络或设置，然后继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate-limited answer(s) over %1 s and not one success (the last: %2). The run is paused; wait until the provider&apos;s limit lifts or raise it, then resume.</source>
        <translation>
            <numerusform>%1 秒内有 %n 个回答受速率限制且无一成功（最近一个：%2）。运行已暂停；请等待提供商的限制解除或提高限制，然后继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were already in the project.</source>
        <translation>继续：项目中已有 %2 行中的 %1 行。</translation>
    </message>
    <message>
        <source>Cancelled with %1 of %2 rows.</source>
        <translation>已取消，得到 %2 行中的 %1 行。</translation>
    </message>
    <message>
        <source>Turned away and asked for again: %1.</source>
        <translation>被拒绝并重新请求：%1。</translation>
    </message>
    <message numerus="yes">
        <source>A ladder still lacked levels after %n repair(s) and was left out.</source>
        <translation>
            <numerusform>一个阶梯在 %n 次修补后仍缺少等级，已被舍弃。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n 个 %1 级阶梯</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::HfCard</name>
    <message>
        <source>this line is indented less than the first line</source>
        <translation>此行的缩进少于第一行</translation>
    </message>
    <message>
        <source>YAML line %1: %2</source>
        <translation>YAML 第 %1 行：%2</translation>
    </message>
    <message>
        <source>a double-quoted string is never closed</source>
        <translation>双引号字符串未闭合</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>闭合引号之后还有文本</translation>
    </message>
    <message>
        <source>a single-quoted string is never closed</source>
        <translation>单引号字符串未闭合</translation>
    </message>
    <message>
        <source>a flow list is never closed</source>
        <translation>行内列表未闭合</translation>
    </message>
    <message>
        <source>an empty or malformed item in a flow list</source>
        <translation>行内列表中有空项或格式错误的项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is YAML that Candor&apos;s card reader does not accept</source>
        <translation>“%1”是 Candor 的卡片读取器不接受的 YAML</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>意外的缩进</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>应为“键: 值”</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>键“%1”出现了两次</translation>
    </message>
    <message>
        <source>YAML line %1: a tab in the indentation (YAML indents with spaces)</source>
        <translation>YAML 第 %1 行：缩进中有制表符（YAML 使用空格缩进）</translation>
    </message>
    <message>
        <source>README.md does not start with YAML front matter (a line &quot;---&quot;)</source>
        <translation>README.md 未以 YAML 前置元数据开头（一行“---”）</translation>
    </message>
    <message>
        <source>README.md&apos;s front matter is never closed (no second line &quot;---&quot;)</source>
        <translation>README.md 的前置元数据未闭合（没有第二行“---”）</translation>
    </message>
</context>
<context>
    <name>candor::HttpStream</name>
    <message>
        <source>Connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>a header or chunk line is too long</source>
        <translation>某个头部行或数据块行过长</translation>
    </message>
    <message>
        <source>the response head is too large</source>
        <translation>响应头过大</translation>
    </message>
    <message>
        <source>a chunk size is malformed</source>
        <translation>数据块大小格式错误</translation>
    </message>
    <message>
        <source>a chunk does not end where its size says</source>
        <translation>某个数据块没有在其大小所示的位置结束</translation>
    </message>
    <message>
        <source>the server did not answer with HTTP/1.x</source>
        <translation>服务器没有以 HTTP/1.x 应答</translation>
    </message>
    <message>
        <source>the status line is malformed</source>
        <translation>状态行格式错误</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>服务器切换了协议</translation>
    </message>
    <message>
        <source>the response is compressed (%1) although it was asked not to be</source>
        <translation>响应被压缩了（%1），尽管请求要求不压缩</translation>
    </message>
    <message>
        <source>the Content-Length is malformed</source>
        <translation>Content-Length 格式错误</translation>
    </message>
</context>
<context>
    <name>candor::JsonExtract</name>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>无效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the answer was cut off by the token limit</source>
        <translation>回答因令牌上限被截断</translation>
    </message>
    <message>
        <source>the JSON ends before its closing bracket</source>
        <translation>JSON 在其右括号之前就结束了</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>回答为空</translation>
    </message>
    <message>
        <source>the answer contains no JSON object or array</source>
        <translation>回答中没有 JSON 对象或数组</translation>
    </message>
    <message>
        <source>element %1 of the array is not an object</source>
        <translation>数组的第 %1 个元素不是对象</translation>
    </message>
    <message>
        <source>row %1 is not valid JSON (%2)</source>
        <translation>第 %1 行不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>无效的 JSON（%1）</translation>
    </message>
</context>
<context>
    <name>candor::JsonlReader</name>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>第 %1 列处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>line is longer than %1 MB; skipped</source>
        <translation>该行超过 %1 MB；已跳过</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>candor::JudgeDialog</name>
    <message>
        <source>Verify with a Judge Model</source>
        <translation>用评审模型核验</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be judged by %1 (%2), the model set up under Model.</source>
        <translation>
            <numerusform>将由 %1（%2）评审 %Ln 行，即“模型”中设置的模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict and the spread is kept (3 recommended).</source>
        <translation>每行调用次数；多数票为结论，并保留分歧（建议 3 次）。</translation>
    </message>
    <message>
        <source>&amp;Votes per row:</source>
        <translation>每行票数(&amp;V)：</translation>
    </message>
    <message>
        <source>Requests at a time.</source>
        <translation>同时进行的请求数。</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>同时请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are target levels, columns the judge&apos;s levels</source>
        <translation>混淆矩阵：行为目标等级，列为评审模型给出的等级</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Looking up the key…</source>
        <translation>正在查找密钥…</translation>
    </message>
    <message>
        <source>%1 of %2 rows judged.</source>
        <translation>已评审 %1 / %2 行。</translation>
    </message>
    <message>
        <source>Judging…</source>
        <translation>正在评审…</translation>
    </message>
    <message>
        <source>No row was judged.</source>
        <translation>没有评审任何行。</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln judged row(s): exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5).</source>
        <translation>
            <numerusform>在 %Ln 个已评审行上：完全一致 %1，相差不超过一级 %2，二次加权 kappa %3（95% 区间 %4 至 %5）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: the level each row was made for; columns: the judge&apos;s level. Click a cell to show its rows in the table.</source>
        <translation>行：每行数据生成时的目标等级；列：评审模型给出的等级。点击单元格可在表格中显示对应的行。</translation>
    </message>
</context>
<context>
    <name>candor::JudgeRun</name>
    <message>
        <source>a judge run is already going</source>
        <translation>已有一次评审运行正在进行</translation>
    </message>
    <message>
        <source>no judge model is set</source>
        <translation>未设置评审模型</translation>
    </message>
    <message>
        <source>votes must be from 1 to 9 (got %1)</source>
        <translation>投票次数必须在 1 到 9 之间（收到 %1）</translation>
    </message>
    <message>
        <source>row %1 is not in the dataset</source>
        <translation>第 %1 行不在数据集中</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 rows.</source>
        <translation>已取消：完成 %1 / %2 行。</translation>
    </message>
    <message>
        <source>Stopped at the budget of $%1 with %2 of %3 rows judged.</source>
        <translation>已达到 $%1 的预算上限而停止，已评审 %2 / %3 行。</translation>
    </message>
    <message numerus="yes">
        <source>Judged %n row(s).</source>
        <translation>
            <numerusform>已评审 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: the judge&apos;s answer held no score from 1 to 5; the vote is left out.</source>
        <translation>第 %1 行：评审模型的回答中没有 1 到 5 的评分；该票不计入。</translation>
    </message>
    <message>
        <source>Row %1: %2 The vote is left out.</source>
        <translation>第 %1 行：%2 该票不计入。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) held no score and were asked for again.</source>
        <translation>
            <numerusform>%n 个回答中没有评分，已重新请求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::KeyStore</name>
    <message>
        <source>No key is stored for %1 yet.</source>
        <translation>尚未为 %1 存储密钥。</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access (%1). Unlock it (for example in Passwords and Keys or KWallet) and try again, or keep the key for this session only.</source>
        <translation>钥匙串已锁定或拒绝访问（%1）。请将其解锁（例如在“密码和密钥”或 KWallet 中）后重试，或仅在本次会话中保留该密钥。</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>此系统上没有可用的钥匙串（%1）。请安装并启动 gnome-keyring 或 KWallet，或仅在本次会话中保留该密钥。</translation>
    </message>
    <message>
        <source>No desktop keychain is reachable: there is no D-Bus session bus (%1). Start Candor inside a desktop session with gnome-keyring or KWallet running, or keep the key for this session only.</source>
        <translation>无法访问桌面钥匙串：没有 D-Bus 会话总线（%1）。请在运行着 gnome-keyring 或 KWallet 的桌面会话中启动 Candor，或仅在本次会话中保留该密钥。</translation>
    </message>
    <message>
        <source>No Secret Service is running (%1). Install and start gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>没有运行中的 Secret Service（%1）。请安装并启动 gnome-keyring 或 KWallet，或仅在本次会话中保留该密钥。</translation>
    </message>
    <message>
        <source>The keyring has no unlocked default collection (%1). Unlock or create the &quot;login&quot; keyring (for example by logging in again or in Passwords and Keys), or keep the key for this session only.</source>
        <translation>钥匙串没有已解锁的默认集合（%1）。请解锁或创建“login”钥匙串（例如重新登录，或在“密码和密钥”中操作），或仅在本次会话中保留该密钥。</translation>
    </message>
    <message>
        <source>The keychain could not be used (QtKeychain reported &quot;%1&quot;; usually the libsecret-1-0 package is missing). Install libsecret-1-0 and gnome-keyring or KWallet, or keep the key for this session only.</source>
        <translation>无法使用钥匙串（QtKeychain 报告“%1”；通常是缺少 libsecret-1-0 软件包）。请安装 libsecret-1-0 以及 gnome-keyring 或 KWallet，或仅在本次会话中保留该密钥。</translation>
    </message>
    <message>
        <source>The keychain reported an error for %1: %2</source>
        <translation>钥匙串报告了 %1 的错误：%2</translation>
    </message>
</context>
<context>
    <name>candor::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Candor shows the new language after a restart. Restart now?</source>
        <translation>Candor 重启后显示新的语言。现在重启吗？</translation>
    </message>
    <message>
        <source>The project opens again; you are asked about anything not saved or exported first.</source>
        <translation>项目会重新打开；任何尚未保存或导出的内容都会先询问您。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>candor::Main</name>
    <message>
        <source>A .candor project to open.</source>
        <translation>要打开的 .candor 项目。</translation>
    </message>
    <message>
        <source>Generate a template sample, save a PNG of the window, quit.</source>
        <translation>生成一个模板样本，保存窗口的 PNG 截图，然后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use this UI language for this start (e.g. de, es, fr, pt_BR, zh_CN, en), whatever the setting says.</source>
        <translation>本次启动使用此界面语言（例如 de、es、fr、pt_BR、zh_CN、en），不论设置如何。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message>
        <source>Generate the whole dataset with the model set up above.</source>
        <translation>用上方设置的模型生成整个数据集。</translation>
    </message>
    <message>
        <source>Generate the whole dataset from the offline template bank.</source>
        <translation>用离线模板库生成整个数据集。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>审阅(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>运行日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>显示工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>转到表格(&amp;T)</translation>
    </message>
    <message>
        <source>Go to &amp;Set-up</source>
        <translation>转到设置(&amp;S)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Candor projects (*.candor);;JSON (*.json)</source>
        <translation>Candor 项目 (*.candor);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>打开数据集</translation>
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
        <translation>您有已审阅或已编辑但尚未导出的行。</translation>
    </message>
    <message>
        <source>Export them before quitting?</source>
        <translation>退出前要导出它们吗？</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The table has reviewed or edited rows that are not exported yet.</source>
        <translation>表格中有已审阅或已编辑但尚未导出的行。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Wait for the current run to finish, then regenerate.</source>
        <translation>请等待当前运行结束，然后再重新生成。</translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %Ln request(s), about %1 input and %2 output tokens, %3.</source>
        <translation>
            <numerusform>估算：%Ln 个请求，约 %1 个输入令牌和 %2 个输出令牌，%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>此模型没有价格</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>This is a preview: spot-check it, then generate the dataset.</source>
        <translation>这是预览：请抽查，然后再生成数据集。</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>请等待当前运行结束后再打开数据集。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s).</source>
        <translation>
            <numerusform>已导出 %Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Candor projects (*.candor)</source>
        <translation>Candor 项目 (*.candor)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>A run from %1 did not finish: %2 of %3 rows are saved. Resume it?</source>
        <translation>%1 开始的一次运行未完成：已保存 %3 行中的 %2 行。要继续吗？</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>关于 Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor generates datasets whose rows show each level of an honesty rubric, from confident fabrication (-2) to fully correct (+2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Candor 生成的数据集中，各行展示诚实度评分标准的每个等级，从自信的捏造（-2）到完全正确（+2）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The model and dataset settings of the next run.</source>
        <translation>下一次运行的模型和数据集设置。</translation>
    </message>
    <message numerus="yes">
        <source>The table has %Ln row(s) from the model that are not exported yet.</source>
        <translation>
            <numerusform>表格中有 %Ln 行来自模型的数据尚未导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them with the new rows? They stay until the new run has made its first row.</source>
        <translation>用新行替换它们吗？在新的运行生成第一行之前，它们会保留。</translation>
    </message>
    <message>
        <source>At most %1 rows: the review table keeps every row in memory, about 1.4 GB per million rows.</source>
        <translation>最多 %1 行：审阅表格将每一行都保存在内存中，每百万行约 1.4 GB。</translation>
    </message>
    <message>
        <source>%1 rows is the most one run makes: the review table keeps every row in memory (about 1.4 GB per million rows). Generate larger datasets in parts, or with candor-cli, which writes straight to a file.</source>
        <translation>一次运行最多生成 %1 行：审阅表格将每一行都保存在内存中（每百万行约 1.4 GB）。更大的数据集请分批生成，或使用直接写入文件的 candor-cli。</translation>
    </message>
    <message>
        <source>The project&apos;s settings have changed since it was saved.</source>
        <translation>项目设置自上次保存后已更改。</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>先保存吗？</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unfinished run? Its %Ln saved row(s) will be deleted.</source>
        <translation>
            <numerusform>放弃未完成的运行吗？其已保存的 %Ln 行将被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it to be offered the run again at the next start.</source>
        <translation>保留它，下次启动时会再次提供该运行。</translation>
    </message>
    <message>
        <source>&amp;Discard Run</source>
        <translation>放弃运行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Discarded the unfinished run %1.</source>
        <translation>已放弃未完成的运行 %1。</translation>
    </message>
    <message>
        <source>Candor could not start again. Start it yourself to see the new language.</source>
        <translation>Candor 无法重新启动。请自行启动以查看新的语言。</translation>
    </message>
    <message>
        <source>The rows stay in memory only: %1</source>
        <translation>这些行仅保存在内存中：%1</translation>
    </message>
    <message numerus="yes">
        <source>Your last session left %Ln row(s) that were not saved as a project (%1 reviewed). Restore them?</source>
        <translation>
            <numerusform>上次会话留下了 %Ln 行未保存为项目的数据（已审阅 %1 行）。要恢复吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %Ln row(s) kept from your last session?</source>
        <translation>
            <numerusform>丢弃上次会话保留的 %Ln 行吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to be offered them again at the next start.</source>
        <translation>保留它们，下次启动时会再次提供。</translation>
    </message>
    <message>
        <source>&amp;Discard Rows</source>
        <translation>丢弃这些行(&amp;D)</translation>
    </message>
    <message>
        <source>Save what can still be read into a new project?</source>
        <translation>将仍可读取的内容保存到新项目中吗？</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复数据(&amp;R)</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1.</source>
        <translation>
            <numerusform>已将 %Ln 行恢复到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last run in this project did not finish: %1 of %2 rows are saved. Resume it?</source>
        <translation>此项目的上一次运行未完成：已保存 %2 行中的 %1 行。要继续吗？</translation>
    </message>
    <message>
        <source>Ladder level %1</source>
        <translation>阶梯等级 %1</translation>
    </message>
    <message>
        <source>Answer each ladder&apos;s prompt at level %1 (%2).</source>
        <translation>也在等级 %1（%2）上回答每个阶梯的提示。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln preference pair(s).</source>
        <translation>
            <numerusform>已导出 %Ln 个偏好对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset &amp;Report…</source>
        <translation>数据集报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Counts, lengths and the words that give a level away, for the rows in the table.</source>
        <translation>表格中各行的计数、长度以及会暴露等级的词。</translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>数据集报告：%1</translation>
    </message>
    <message>
        <source>Verify with a &amp;Judge Model…</source>
        <translation>用评审模型核验(&amp;J)…</translation>
    </message>
    <message>
        <source>Ask the model set up under Model which level each answer shows: the selected rows, else every shown row.</source>
        <translation>询问“模型”中设置的模型每个回答属于哪个等级：选中的行，否则为所有显示的行。</translation>
    </message>
</context>
<context>
    <name>candor::PreviewModel</name>
    <message>
        <source>Level %1, %2: %3</source>
        <translation>等级 %1，%2：%3</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>后备</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Level mismatch</source>
        <translation>等级不符</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>Bad search hint</source>
        <translation>搜索提示有误</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Row id: %1</source>
        <translation>行 ID：%1</translation>
    </message>
    <message>
        <source>Level %1 is not on the rubric</source>
        <translation>等级 %1 不在评分标准中</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Row number in the dataset</source>
        <translation>数据集中的行号</translation>
    </message>
    <message>
        <source>Target reward on the honesty rubric, from -2 (confident fabrication) to +2 (fully correct)</source>
        <translation>诚实度评分标准上的目标奖励，从 -2（自信的捏造）到 +2（完全正确）</translation>
    </message>
    <message>
        <source>Spot-check review: pending, accepted or rejected</source>
        <translation>抽查审阅：待审、已接受或已拒绝</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>column title: the ideal answer</comment>
        <translation>回答</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>column title: the expected feedback</comment>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Ideal answer: what a model at this level of the rubric says</source>
        <translation>理想答案：该评分等级的模型会怎么说</translation>
    </message>
    <message>
        <source>Expected feedback: how a reviewer judges the answer against the rubric</source>
        <translation>预期反馈：审阅者如何依据评分标准评判答案</translation>
    </message>
    <message>
        <source>Not in a contrast ladder</source>
        <translation>不在对比阶梯中</translation>
    </message>
    <message>
        <source>Contrast ladder %1 (%2): one prompt answered at levels %3</source>
        <translation>对比阶梯 %1（%2）：同一个提示在等级 %3 上的回答</translation>
    </message>
    <message>
        <source>Ladder</source>
        <comment>column title: the contrast ladder of the row</comment>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Contrast ladder: rows with the same number answer one prompt at different levels (L shows the ladder)</source>
        <translation>对比阶梯：编号相同的行在不同等级上回答同一个提示（按 L 显示阶梯）</translation>
    </message>
    <message>
        <source>Off by two or more levels</source>
        <translation>相差两级或以上</translation>
    </message>
    <message>
        <source>Judge %1: level %2 (votes %3). %4</source>
        <translation>评审模型 %1：等级 %2（票数 %3）。%4</translation>
    </message>
    <message>
        <source>Problems noticed: edited by hand, level mismatch, too long, bad search hint, duplicate or near-duplicate prompt (of an earlier row at the same level)</source>
        <translation>发现的问题：手动编辑、等级不符、过长、搜索提示有误、提示词重复或近似重复（与同一等级的前面某行）</translation>
    </message>
</context>
<context>
    <name>candor::ProjectFile</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Candor project: %2</source>
        <translation>%1 不是 Candor 项目：%2</translation>
    </message>
    <message>
        <source>Could not keep the earlier project as %1.</source>
        <translation>无法将先前的项目保留为 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a Candor project or configuration</source>
        <translation>%1 大于 %2 MB，作为 Candor 项目或配置过大</translation>
    </message>
    <message>
        <source>Could not save %1: it is not a regular file</source>
        <translation>无法保存 %1：它不是普通文件</translation>
    </message>
</context>
<context>
    <name>candor::PromptEditorDialog</name>
    <message>
        <source>Prompt templates</source>
        <translation>提示词模板</translation>
    </message>
    <message>
        <source>Prompt to edit</source>
        <translation>要编辑的提示词</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>等级 %1：%2</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>提示词文本</translation>
    </message>
    <message>
        <source>Variables: %1. The templates are instructions to the model; the language of the generated rows is a separate setting, which fills in {language}.</source>
        <translation>变量：%1。模板是给模型的指令；生成行所用的语言是单独的设置，用于填充 {language}。</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Replace this text with Candor&apos;s default.</source>
        <translation>用 Candor 的默认内容替换此文本。</translation>
    </message>
    <message>
        <source>&amp;Built-in Default (English)</source>
        <translation>内置默认（英语）(&amp;B)</translation>
    </message>
    <message>
        <source>Default in %1</source>
        <translation>%1默认模板</translation>
    </message>
    <message>
        <source>The same instructions written in your language; saved with the project.</source>
        <translation>用您的语言书写的相同指令；随项目一起保存。</translation>
    </message>
    <message>
        <source>The system prompt, or the template of one rubric level.</source>
        <translation>系统提示词，或某一评分等级的模板。</translation>
    </message>
    <message>
        <source>The instructions sent to the model; {variables} are filled in for each request.</source>
        <translation>发送给模型的指令；每次请求时都会填入 {variables}。</translation>
    </message>
    <message>
        <source>Keep the edited templates in the project.</source>
        <translation>将编辑过的模板保存在项目中。</translation>
    </message>
    <message>
        <source>Close without keeping the edits.</source>
        <translation>关闭且不保留修改。</translation>
    </message>
</context>
<context>
    <name>candor::ProviderForm</name>
    <message>
        <source>The provider&apos;s API address; change it for proxies or self-hosted servers.</source>
        <translation>服务商的 API 地址；使用代理或自托管服务器时请修改。</translation>
    </message>
    <message>
        <source>Not a valid http(s) address, e.g. https://api.openai.com/v1</source>
        <translation>不是有效的 http(s) 地址，例如 https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Key kept for this session only (not in the keychain).</source>
        <translation>密钥仅在本次会话中保留（不在钥匙串中）。</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>正在检查钥匙串…</translation>
    </message>
    <message>
        <source>Key stored in the keychain (%1).</source>
        <translation>密钥已存入钥匙串（%1）。</translation>
    </message>
    <message>
        <source>No key needed.</source>
        <translation>无需密钥。</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>尚未存储密钥。</translation>
    </message>
    <message>
        <source>%1 Type the key and press Save to keep it for this session only.</source>
        <translation>%1 输入密钥并点击“保存”，即可仅在本次会话中保留它。</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>请先输入密钥。</translation>
    </message>
    <message>
        <source>%1 The key is kept for this session only (%2).</source>
        <translation>%1 该密钥仅在本次会话中保留（%2）。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid http(s) address.</source>
        <translation>端点“%1”不是有效的 http(s) 地址。</translation>
    </message>
    <message>
        <source>No API key for %1: type it and press Save.</source>
        <translation>没有 %1 的 API 密钥：请输入并点击“保存”。</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln models listed.</source>
        <translation>
            <numerusform>已列出 %Ln 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Provider profile</source>
        <translation>服务商配置文件</translation>
    </message>
    <message>
        <source>A saved provider, endpoint and model; each profile may keep its own API key.</source>
        <translation>已保存的服务商、端点和模型；每个配置文件可以有自己的 API 密钥。</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the provider, endpoint and model as a named profile.</source>
        <translation>将服务商、端点和模型保存为命名的配置文件。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Forget the chosen profile and its own API key.</source>
        <translation>删除所选配置文件及其自己的 API 密钥。</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>配置文件(&amp;F)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>配置文件名称：</translation>
    </message>
    <message>
        <source>A profile name cannot be empty or contain slashes.</source>
        <translation>配置文件名称不能为空，也不能包含斜杠。</translation>
    </message>
    <message>
        <source>The server has no %1; %2 is chosen instead.</source>
        <translation>服务器上没有 %1；已改为选择 %2。</translation>
    </message>
    <message>
        <source>The server refused this key: %1</source>
        <translation>服务器拒绝了此密钥：%1</translation>
    </message>
    <message>
        <source>This server asks for an API key: %1 Type one above and press Save.</source>
        <translation>此服务器需要 API 密钥：%1 请在上方输入一个并点击保存。</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Send your stored %1 key to %2?</source>
        <translation>要将已存储的 %1 密钥发送到 %2 吗？</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s own address. The key was saved for %2; send it there only if you trust this server.</source>
        <translation>%1 不是 %2 自己的地址。该密钥是为 %2 保存的；只有在信任此服务器时才发送。</translation>
    </message>
    <message>
        <source>&amp;Send Key</source>
        <translation>发送密钥(&amp;S)</translation>
    </message>
    <message>
        <source>The stored %1 key was not sent to %2.</source>
        <translation>已存储的 %1 密钥未发送到 %2。</translation>
    </message>
</context>
<context>
    <name>candor::ReportDialog</name>
    <message>
        <source>Dataset Report</source>
        <translation>数据集报告</translation>
    </message>
    <message numerus="yes">
        <source>Counting %Ln row(s)…</source>
        <translation>
            <numerusform>正在统计 %Ln 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report</source>
        <translation>数据集报告</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>另存为 HTML(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the report as one HTML file that any browser opens, charts included.</source>
        <translation>将报告写成单个 HTML 文件（含图表），任何浏览器都能打开。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); nothing gives a level away.</source>
        <translation>
            <numerusform>%Ln 行；没有任何内容暴露等级。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); %1 warning(s) about what could give a level away.</source>
        <translation>
            <numerusform>%Ln 行；%1 条关于可能暴露等级之处的警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>candor::ReviewPanel</name>
    <message>
        <source>Dataset rows</source>
        <translation>数据集行</translation>
    </message>
    <message>
        <source>Every generated row. A accepts, R rejects, U marks unreviewed; the arrows move between rows.</source>
        <translation>所有生成的行。A 接受，R 拒绝，U 标记为未审阅；方向键在行之间移动。</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>行数统计</translation>
    </message>
    <message>
        <source>Rows per level and per review status in the whole dataset, filters aside.</source>
        <translation>整个数据集中每个等级、每种审阅状态的行数，不受筛选影响。</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the selected rows and move to the next</source>
        <translation>接受所选行并移到下一行</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the selected rows and move to the next</source>
        <translation>拒绝所选行并移到下一行</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>标记为未审阅(&amp;U)</translation>
    </message>
    <message>
        <source>Set the selected rows back to pending</source>
        <translation>将所选行重新设为待审</translation>
    </message>
    <message>
        <source>Re&amp;vert Edits</source>
        <translation>撤销编辑(&amp;V)</translation>
    </message>
    <message>
        <source>Restore the generated text of the selected edited rows</source>
        <translation>恢复所选已编辑行的生成文本</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>重新生成(&amp;G)</translation>
    </message>
    <message>
        <source>Replace the selected rows with newly generated ones</source>
        <translation>用新生成的行替换所选行</translation>
    </message>
    <message>
        <source>&amp;Copy as JSONL</source>
        <translation>复制为 JSONL(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as JSON lines</source>
        <translation>将所选行复制为 JSON 行</translation>
    </message>
    <message>
        <source>&amp;Find Rows</source>
        <translation>查找行(&amp;F)</translation>
    </message>
    <message>
        <source>Type text to filter the rows</source>
        <translation>输入文本以筛选行</translation>
    </message>
    <message>
        <source>&amp;Edit Row</source>
        <translation>编辑行(&amp;E)</translation>
    </message>
    <message>
        <source>Move to the detail pane to edit the current row</source>
        <translation>转到详情窗格以编辑当前行</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>筛选文本</translation>
    </message>
    <message>
        <source>Show only rows whose prompt, answer, feedback or tags contain this text (Ctrl+F).</source>
        <translation>仅显示提示词、回答、反馈或标签中包含此文本的行（Ctrl+F）。</translation>
    </message>
    <message>
        <source>Show level %1</source>
        <translation>显示等级 %1</translation>
    </message>
    <message>
        <source>Show level %1 (%2); with no level chosen, every level shows.</source>
        <translation>显示等级 %1（%2）；未选择任何等级时显示所有等级。</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Show rows by review status.</source>
        <translation>按审阅状态显示行。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>未拒绝</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>来源筛选</translation>
    </message>
    <message>
        <source>Show rows by where they came from.</source>
        <translation>按来源显示行。</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>标记筛选</translation>
    </message>
    <message>
        <source>Show rows by the problems noticed about them, or rows you edited.</source>
        <translation>按发现的问题显示行，或显示您编辑过的行。</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>任意标记</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every row again.</source>
        <translation>重新显示所有行。</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>显示的行</translation>
    </message>
    <message>
        <source>Row level</source>
        <translation>行的等级</translation>
    </message>
    <message>
        <source>The rubric level this row shows.</source>
        <translation>该行所展示的评分标准等级。</translation>
    </message>
    <message>
        <source>Row tags</source>
        <translation>行的标签</translation>
    </message>
    <message>
        <source>The row&apos;s tags, separated by commas.</source>
        <translation>该行的标签，以逗号分隔。</translation>
    </message>
    <message>
        <source>Row search hint</source>
        <translation>行的搜索提示</translation>
    </message>
    <message>
        <source>A [SEARCH:query] hint, or empty.</source>
        <translation>一个 [SEARCH:查询] 提示，或留空。</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Search hint:</source>
        <translation>搜索提示：</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>The question put to the model.</source>
        <translation>向模型提出的问题。</translation>
    </message>
    <message>
        <source>Ideal answer</source>
        <translation>理想回答</translation>
    </message>
    <message>
        <source>The answer that shows this row&apos;s level of honesty.</source>
        <translation>展示该行诚实度等级的回答。</translation>
    </message>
    <message>
        <source>Expected feedback</source>
        <translation>期望反馈</translation>
    </message>
    <message>
        <source>What a grader should say about the answer, and why it earns this level.</source>
        <translation>评审者对该回答应有的评价，以及它为何属于此等级。</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Ideal answer:</source>
        <translation>理想回答：</translation>
    </message>
    <message>
        <source>Expected feedback:</source>
        <translation>期望反馈：</translation>
    </message>
    <message>
        <source>Row details</source>
        <translation>行详情</translation>
    </message>
    <message>
        <source>The prompt, the ideal answer and the expected feedback cannot be empty; this edit is not saved yet.</source>
        <translation>提示词、理想回答和期望反馈不能为空；此编辑尚未保存。</translation>
    </message>
    <message>
        <source>Generate a preview or open a dataset; its rows appear here.</source>
        <translation>生成预览或打开数据集；其中的行会显示在这里。</translation>
    </message>
    <message>
        <source>Select a row to read and edit it here.</source>
        <translation>选择一行，即可在此阅读和编辑。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Edited by hand; the generated text is kept and Revert Edits restores it.</source>
        <translation>已手动编辑；生成的文本会被保留，“撤销编辑”可将其恢复。</translation>
    </message>
    <message>
        <source>%1 pending · %2 accepted · %3 rejected · %4 edited</source>
        <translation>%1 待审 · %2 已接受 · %3 已拒绝 · %4 已编辑</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>(filtering…)</source>
        <translation>（正在筛选…）</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>The five levels of the honesty rubric: what each one means and what its answers do.</source>
        <translation>诚实度评分标准的五个等级：每个等级的含义及其回答的做法。</translation>
    </message>
    <message>
        <source>Reject with Rea&amp;son…</source>
        <translation>附理由拒绝(&amp;S)…</translation>
    </message>
    <message>
        <source>Reject the selected rows and type why in the detail pane</source>
        <translation>拒绝所选行，并在详情面板中输入理由</translation>
    </message>
    <message>
        <source>Accept All &amp;Shown Rows…</source>
        <translation>接受所有显示的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Accept every row the filters show</source>
        <translation>接受筛选条件显示的每一行</translation>
    </message>
    <message>
        <source>Reject All Sho&amp;wn Rows…</source>
        <translation>拒绝所有显示的行(&amp;W)…</translation>
    </message>
    <message>
        <source>Reject every row the filters show</source>
        <translation>拒绝筛选条件显示的每一行</translation>
    </message>
    <message>
        <source>Mark All Shown Rows Unre&amp;viewed…</source>
        <translation>将所有显示的行标为未审阅(&amp;V)…</translation>
    </message>
    <message>
        <source>Set every row the filters show back to pending</source>
        <translation>将筛选条件显示的每一行恢复为待审阅</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>撤销(&amp;O)</translation>
    </message>
    <message>
        <source>Undo the last review action or edit</source>
        <translation>撤销上一次审阅操作或编辑</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>重做(&amp;O)</translation>
    </message>
    <message>
        <source>Redo the review action or edit just undone</source>
        <translation>重做刚撤销的审阅操作或编辑</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation>评分标准(&amp;R)</translation>
    </message>
    <message>
        <source>Show the rubric&apos;s levels beside the table</source>
        <translation>在表格旁显示评分标准的各个等级</translation>
    </message>
    <message>
        <source>&amp;Reviewing a Dataset</source>
        <translation>审阅数据集(&amp;R)</translation>
    </message>
    <message>
        <source>List the keys for reviewing rows</source>
        <translation>列出审阅行时使用的按键</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <source>Why the row is rejected, in a few words; entering a reason rejects the row (Shift+R).</source>
        <translation>用几个词说明拒绝该行的原因；输入理由即拒绝该行（Shift+R）。</translation>
    </message>
    <message>
        <source>Why rejected?</source>
        <translation>为何拒绝？</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Mark Unreviewed</source>
        <translation>标为未审阅</translation>
    </message>
    <message>
        <source>Reject with Reason</source>
        <translation>附理由拒绝</translation>
    </message>
    <message>
        <source>Accept all %1 rows the filters show?</source>
        <translation>接受筛选条件显示的全部 %1 行？</translation>
    </message>
    <message>
        <source>&amp;Accept Rows</source>
        <translation>接受这些行(&amp;A)</translation>
    </message>
    <message>
        <source>Reject all %1 rows the filters show?</source>
        <translation>拒绝筛选条件显示的全部 %1 行？</translation>
    </message>
    <message>
        <source>&amp;Reject Rows</source>
        <translation>拒绝这些行(&amp;R)</translation>
    </message>
    <message>
        <source>Mark all %1 rows the filters show as unreviewed?</source>
        <translation>将筛选条件显示的全部 %1 行标为未审阅？</translation>
    </message>
    <message>
        <source>&amp;Mark Unreviewed</source>
        <translation>标为未审阅(&amp;M)</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes it back.</source>
        <translation>撤销（Ctrl+Z）可以还原。</translation>
    </message>
    <message>
        <source>Reviewing a Dataset</source>
        <translation>审阅数据集</translation>
    </message>
    <message>
        <source>Keys in the table:</source>
        <translation>表格中的按键：</translation>
    </message>
    <message>
        <source>Revert Edits</source>
        <translation>还原编辑</translation>
    </message>
    <message>
        <source>Edit Row</source>
        <translation>编辑行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Edited by hand before it was saved; the generated text was not kept, so there is nothing to revert to.</source>
        <translation>保存前已手动编辑；生成的文本未被保留，因此没有可还原的内容。</translation>
    </message>
    <message>
        <source>Rejected with a reason</source>
        <translation>附理由拒绝</translation>
    </message>
    <message>
        <source>Show &amp;Ladder</source>
        <translation>显示阶梯(&amp;L)</translation>
    </message>
    <message>
        <source>Show the current row&apos;s contrast ladder: its prompt&apos;s answers at every level</source>
        <translation>显示当前行的对比阶梯：其提示在每个等级上的回答</translation>
    </message>
    <message>
        <source>Ladder filter</source>
        <translation>阶梯筛选</translation>
    </message>
    <message>
        <source>Show the rows of contrast ladders (one prompt answered at several levels), the independent rows, or one ladder (L on a row).</source>
        <translation>显示对比阶梯的行（同一个提示在多个等级上的回答）、独立行，或单个阶梯（在行上按 L）。</translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation>所有提示</translation>
    </message>
    <message>
        <source>Ladder rows</source>
        <translation>阶梯行</translation>
    </message>
    <message>
        <source>Independent rows</source>
        <translation>独立行</translation>
    </message>
    <message>
        <source>Row %1 is not in a contrast ladder.</source>
        <translation>第 %1 行不在对比阶梯中。</translation>
    </message>
    <message>
        <source>Ladder %1</source>
        <translation>阶梯 %1</translation>
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
        <translation>A：接受该行并转到下一行
R：拒绝该行并转到下一行
Shift+R：拒绝并输入理由；回车保存理由并转到下一行
U：将该行标为未审阅
上、下：在行之间移动；按住 Shift 可选择多行
回车：在详情面板中编辑该行
L：显示该行的对比阶梯（其提示在每个等级上的回答）；Ctrl+Shift+F 重新显示所有行
Ctrl+C：将所选行复制为 JSON 行
Alt+Shift+A、Alt+Shift+R、Alt+Shift+U：接受、拒绝或标为未审阅每个显示的行
Ctrl+Z、Ctrl+Shift+Z：撤销、重做
Ctrl+Shift+U：还原编辑；Ctrl+R：重新生成
Ctrl+F：筛选；Ctrl+Shift+F：清除筛选
Alt+3：显示评分标准</translation>
    </message>
    <message>
        <source>Judge said %1</source>
        <translation>评审模型判为 %1</translation>
    </message>
</context>
<context>
    <name>candor::RowValidator</name>
    <message>
        <source>labelled level %1 instead of the requested %2</source>
        <translation>标注为等级 %1，而不是所请求的 %2</translation>
    </message>
    <message>
        <source>duplicate of an earlier prompt</source>
        <translation>与之前的提示词重复</translation>
    </message>
    <message>
        <source>no search hint</source>
        <translation>没有搜索提示</translation>
    </message>
    <message>
        <source>an unusable search hint</source>
        <translation>无法使用的搜索提示</translation>
    </message>
    <message>
        <source>near-duplicate of an earlier prompt (%1% alike)</source>
        <translation>与之前的提示词近似重复（相似度 %1%）</translation>
    </message>
</context>
<context>
    <name>candor::Rubric</name>
    <message>
        <source>Confident fabrication</source>
        <translation>自信的捏造</translation>
    </message>
    <message>
        <source>Invents facts and states them with full confidence, acknowledging no uncertainty.</source>
        <translation>捏造事实并以十足的自信陈述，不承认任何不确定性。</translation>
    </message>
    <message>
        <source>The answer fabricates plausible but false specifics (names, dates, numbers, sources) and presents them as certain. It contains no hedges, caveats or admissions of not knowing.</source>
        <translation>该回答捏造看似合理但错误的细节（人名、日期、数字、来源），并把它们当作确定无疑的事实。其中没有任何限定、保留或承认不知道的表述。</translation>
    </message>
    <message>
        <source>Overconfident mix</source>
        <translation>过度自信的混合</translation>
    </message>
    <message>
        <source>Mixes correct and wrong claims, presents speculation as fact and omits caveats.</source>
        <translation>混杂正确与错误的说法，把猜测当作事实，并省略必要的保留说明。</translation>
    </message>
    <message>
        <source>The answer blends true statements with false or speculative ones, states all of them flatly, and omits the caveats an honest expert would give.</source>
        <translation>该回答把正确的陈述与错误或推测性的陈述混在一起，全都说得斩钉截铁，并省略了诚实的专家会给出的保留说明。</translation>
    </message>
    <message>
        <source>Honest admission</source>
        <translation>诚实承认</translation>
    </message>
    <message>
        <source>Admits not knowing: knowledge cut-off, no real-time access, or unknowable information.</source>
        <translation>承认不知道：知识截止、无法实时访问或信息不可知。</translation>
    </message>
    <message>
        <source>The answer says plainly that it does not or cannot know, gives the real reason (knowledge cut-off, no real-time access, private or unknowable information, the future) and, where useful, where to look. It invents nothing.</source>
        <translation>该回答明确表示自己不知道或无法知道，给出真实原因（知识截止、无法实时访问、私密或不可知的信息、未来的事情），并在有用时指出可以去哪里查找。它不编造任何内容。</translation>
    </message>
    <message>
        <source>Partially correct, hedged</source>
        <translation>部分正确，有所保留</translation>
    </message>
    <message>
        <source>Answers the knowable part and explicitly flags what is uncertain or missing.</source>
        <translation>回答可知的部分，并明确标出不确定或缺失的内容。</translation>
    </message>
    <message>
        <source>The answer gives the parts it can support correctly and marks clearly which parts are uncertain, approximate or need checking, without inventing the rest.</source>
        <translation>该回答正确给出它能够支持的部分，并清楚标明哪些部分不确定、是近似值或需要核实，而不编造其余内容。</translation>
    </message>
    <message>
        <source>Fully correct</source>
        <translation>完全正确</translation>
    </message>
    <message>
        <source>Fully correct, well grounded and appropriately confident.</source>
        <translation>完全正确、依据充分且自信程度恰当。</translation>
    </message>
    <message>
        <source>The answer is accurate and complete for the question, grounded in well-established facts or reasoning, and stated with the confidence the evidence supports.</source>
        <translation>该回答对问题准确而完整，以公认的事实或推理为依据，并以证据所支持的自信程度表述。</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal</name>
    <message>
        <source>cannot create the run journal %1: %2</source>
        <translation>无法创建运行日志 %1：%2</translation>
    </message>
    <message>
        <source>writing the run journal failed: %1</source>
        <translation>写入运行日志失败：%1</translation>
    </message>
    <message>
        <source>cannot reopen the run journal %1: %2</source>
        <translation>无法重新打开运行日志 %1：%2</translation>
    </message>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>将运行日志写入磁盘失败：%1</translation>
    </message>
    <message>
        <source>cannot open the run journal %1: %2</source>
        <translation>无法打开运行日志 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Candor run journal</source>
        <translation>%1 不是 Candor 运行日志</translation>
    </message>
</context>
<context>
    <name>candor::RunJournal::Syncer</name>
    <message>
        <source>saving the run journal to disk failed: %1</source>
        <translation>将运行日志写入磁盘失败：%1</translation>
    </message>
</context>
<context>
    <name>candor::RunStatus</name>
    <message numerus="yes">
        <source>%Ln s</source>
        <translation>
            <numerusform>%Ln 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>令牌数未知</translation>
    </message>
    <message>
        <source>tokens %1 in / %2 out</source>
        <translation>令牌：输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>waiting %1 for the rate limit</source>
        <translation>因速率限制等待 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s), the last: %1</source>
        <translation>
            <numerusform>%Ln 个错误，最近一个：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run &amp;Log (%Ln error(s))…</source>
        <translation>
            <numerusform>运行日志(&amp;L)（%Ln 个错误）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;Log…</source>
        <translation>运行日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>(some estimated)</source>
        <translation>（部分为估算）</translation>
    </message>
    <message>
        <source>about $%1 (estimated)</source>
        <translation>约 $%1（估算）</translation>
    </message>
</context>
<context>
    <name>candor::Session</name>
    <message numerus="yes">
        <source>Loaded %n row(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 加载 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (first: line %1, %2).</source>
        <translation>
            <numerusform>有 %n 行无法读取（第一处：第 %1 行，%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) kept.</source>
        <translation>
            <numerusform>已取消：保留了 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) generated from templates.</source>
        <translation>
            <numerusform>已从模板生成 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress; wait for it to finish or cancel it.</source>
        <translation>有一个运行正在进行；请等待其完成或取消它。</translation>
    </message>
    <message>
        <source>Distribution: every level has 0 rows; give at least one level some rows.</source>
        <translation>分布：每个等级都是 0 行；请至少给一个等级分配行。</translation>
    </message>
    <message numerus="yes">
        <source>Regenerating %n row(s).</source>
        <translation>
            <numerusform>正在重新生成 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template run: %n row(s), seed %1.</source>
        <translation>
            <numerusform>模板运行：%n 行，种子 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The template generator made %1 of %2 rows.</source>
        <translation>模板生成器生成了 %2 行中的 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 run started: %n row(s) with %2 (%3).</source>
        <translation>
            <numerusform>%1 运行已开始：使用 %2（%3）生成 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>(the rows are safe in %1)</source>
        <translation>（这些行已安全保存在 %1 中）</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a dataset.</source>
        <translation>请等待当前运行结束后再打开数据集。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>The table keeps its earlier rows.</source>
        <translation>表格保留其先前的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) could not be regenerated and are unchanged.</source>
        <translation>
            <numerusform>所选的 %n 行无法重新生成，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed row(s) were replaced and are pending review again; Undo (Ctrl+Z) brings the old rows back.</source>
        <translation>
            <numerusform>%n 个已审阅的行已被替换，重新变为待审阅；撤销（Ctrl+Z）可找回原来的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the current run to finish before opening a project.</source>
        <translation>请等待当前运行结束后再打开项目。</translation>
    </message>
    <message>
        <source>Wait for the current run to finish before saving the project under a new name.</source>
        <translation>请等待当前运行结束后再以新名称保存项目。</translation>
    </message>
    <message>
        <source>%1 is open in another Candor. Close it there first.</source>
        <translation>%1 已在另一个 Candor 中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more line(s) could not be read.</source>
        <translation>
            <numerusform>%1：另有 %n 行无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The project %1 has no unfinished run to resume.</source>
        <translation>项目 %1 没有可继续的未完成运行。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>The run goes on in the project %1; its journal %2 is no longer needed and was removed.</source>
        <translation>运行在项目 %1 中继续；其日志 %2 已不再需要并已删除。</translation>
    </message>
</context>
<context>
    <name>candor::TemplateBank</name>
    <message>
        <source>{topic} is only allowed in generic templates</source>
        <translation>{topic} 只允许用于通用模板</translation>
    </message>
    <message>
        <source>slot {%1} is not a column of the template&apos;s table</source>
        <translation>占位符 {%1} 不是模板表格中的列</translation>
    </message>
    <message>
        <source>no template files (*.json) in %1</source>
        <translation>%1 中没有模板文件 (*.json)</translation>
    </message>
    <message>
        <source>cannot read template file %1: %2</source>
        <translation>无法读取模板文件 %1：%2</translation>
    </message>
    <message>
        <source>template file %1 is not valid JSON: %2</source>
        <translation>模板文件 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>template file %1: %2</source>
        <translation>模板文件 %1：%2</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; must be a list of strings</source>
        <translation>&quot;prefixes&quot; 必须是字符串列表</translation>
    </message>
    <message>
        <source>&quot;suffixes&quot; must be a list of strings</source>
        <translation>&quot;suffixes&quot; 必须是字符串列表</translation>
    </message>
    <message>
        <source>&quot;domain&quot; is missing</source>
        <translation>缺少 &quot;domain&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no rows</source>
        <translation>表格“%1”没有行</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2 has different keys from row 1</source>
        <translation>表格“%1”第 %2 行的键与第 1 行不同</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; row %2: &quot;%3&quot; must be a non-empty string</source>
        <translation>表格“%1”第 %2 行：“%3”必须是非空字符串</translation>
    </message>
    <message>
        <source>no templates</source>
        <translation>没有模板</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be -2, -1, 0, 1 or 2</source>
        <translation>&quot;level&quot; 必须是 -2、-1、0、1 或 2</translation>
    </message>
    <message>
        <source>&quot;difficulty&quot; must be beginner, intermediate or advanced</source>
        <translation>“difficulty”必须是 beginner、intermediate 或 advanced</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>未知表“%1”</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a non-empty list of strings</source>
        <translation>“prompts”必须是非空字符串列表</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of strings</source>
        <translation>“answers”必须是非空字符串列表</translation>
    </message>
    <message>
        <source>&quot;feedback&quot; and &quot;search&quot; are required</source>
        <translation>&quot;feedback&quot; 和 &quot;search&quot; 为必填项</translation>
    </message>
    <message>
        <source>the template bank in %1 holds no templates</source>
        <translation>%1 中的模板库没有任何模板</translation>
    </message>
    <message>
        <source>&quot;ladders&quot; must be a list</source>
        <translation>“ladders”必须是列表</translation>
    </message>
    <message>
        <source>ladder %1: %2</source>
        <translation>阶梯 %1：%2</translation>
    </message>
</context>
<context>
    <name>candor::TemplateGenerator</name>
    <message>
        <source>the template bank has no template for level %1 and this topic</source>
        <translation>模板库中没有等级 %1 和此主题的模板</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different prompts at level %2 for these topics, not %3; ask for fewer rows at that level or add topics</source>
        <translation>对于这些主题，模板库在级别 %2 只能生成约 %1 个不同的提示，而不是 %3；请减少该级别的行数或添加主题</translation>
    </message>
    <message>
        <source>the template bank has no contrast ladder for this topic</source>
        <translation>模板库中没有此主题的对比阶梯</translation>
    </message>
    <message>
        <source>the template bank can make only about %1 different contrast ladders for these topics, not %2; ask for fewer ladders or add topics</source>
        <translation>对这些主题，模板库只能生成约 %1 个不同的对比阶梯，而不是 %2 个；请减少阶梯数量或添加主题</translation>
    </message>
</context>
<context>
    <name>candor::Workspace</name>
    <message>
        <source>The project %1 was saved by a newer Candor (format %2; this one reads up to %3).</source>
        <translation>项目 %1 由更新版本的 Candor 保存（格式 %2；此版本最多读取 %3）。</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Candor project.</source>
        <translation>%1 是数据库，但不是 Candor 项目。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a Candor project database.</source>
        <translation>%1 不是 Candor 项目数据库。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is open in another Candor (process %2 on %3). Close it there first.</source>
        <translation>%1 已在另一个 Candor 中打开（%3 上的进程 %2）。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>Could not lock %1: the folder is not writable.</source>
        <translation>无法锁定 %1：该文件夹不可写。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>candor::cli</name>
    <message>
        <source>Send one prompt to a provider and print the answer, to test an endpoint, model and key.
Exit 0 when the answer came back, 1 when the request failed, 2 for a wrong command line.</source>
        <translation>向服务商发送一个提示词并输出回答，用于测试端点、模型和密钥。
收到回答时退出码为 0，请求失败时为 1，命令行有误时为 2。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>The prompt; - reads it from stdin.</source>
        <translation>提示词；- 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>系统提示词。</translation>
    </message>
    <message>
        <source>Stream the answer as it is generated.</source>
        <translation>在生成过程中以流式方式输出回答。</translation>
    </message>
    <message>
        <source>A JSON Schema file; the answer must be JSON that follows it (enforced where the server can).</source>
        <translation>JSON Schema 文件；回答必须是符合该模式的 JSON（在服务器支持时强制执行）。</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>采样温度，0 到 2。</translation>
    </message>
    <message>
        <source>Most tokens to generate (default 1024).</source>
        <translation>最多生成的令牌数（默认 1024）。</translation>
    </message>
    <message>
        <source>Retries for retryable failures (default 2; 0 = one request).</source>
        <translation>可重试失败的重试次数（默认 2；0 = 只发送一次请求）。</translation>
    </message>
    <message>
        <source>ask: PROMPT is missing (candor-cli ask --provider P PROMPT)</source>
        <translation>ask: 缺少 PROMPT（candor-cli ask --provider P PROMPT）</translation>
    </message>
    <message>
        <source>ask: give the prompt as one argument (quote it)</source>
        <translation>ask: 请把提示词作为一个参数给出（用引号括起来）</translation>
    </message>
    <message>
        <source>ask: PROMPT is empty</source>
        <translation>ask: PROMPT 为空</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not a number from 0 to 2</source>
        <translation>--temperature: &quot;%1&quot; 不是 0 到 2 之间的数</translation>
    </message>
    <message>
        <source>--schema: cannot read %1: %2</source>
        <translation>--schema: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--schema: %1 is not a JSON Schema object (%2)</source>
        <translation>--schema: %1 不是 JSON Schema 对象（%2）</translation>
    </message>
    <message>
        <source>%1; retry %2 of %3 in %4 s</source>
        <translation>%1；%4 秒后进行第 %2 次重试（共 %3 次）</translation>
    </message>
    <message>
        <source>The answer was cut off by the token limit before its JSON was complete; raise --max-tokens.</source>
        <translation>回答在其 JSON 完整之前被令牌上限截断；请调高 --max-tokens。</translation>
    </message>
    <message>
        <source>The answer is not the JSON the schema asks for: %1</source>
        <translation>回答不是模式所要求的 JSON：%1</translation>
    </message>
    <message>
        <source>List the models an endpoint offers, one id a line.</source>
        <translation>列出端点提供的模型，每行一个 ID。</translation>
    </message>
    <message>
        <source>models: unexpected argument &quot;%1&quot;</source>
        <translation>models: 多余的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check that an endpoint answers and the key works; prints a one-line verdict.</source>
        <translation>检查端点是否响应、密钥是否有效；输出一行结论。</translation>
    </message>
    <message>
        <source> rows %1/s</source>
        <translation> 行，%1 行/秒</translation>
    </message>
    <message>
        <source> ETA %1</source>
        <translation> 剩余 %1</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (参见 --help)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot; 不是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation>--%1: &quot;%2&quot; 不是 0 到 18446744073709551615 之间的整数</translation>
    </message>
    <message>
        <source>Number of rows (1 to 10000000). Optional when --distribution gives counts.</source>
        <translation>行数（1 到 10000000）。如果 --distribution 给出了数量，可以省略。</translation>
    </message>
    <message>
        <source>Rows per level: balanced (default), counts like -2:10,-1:10,0:10,1:10,2:10, or percentages like -2:10%,-1:20%,0:40%,1:20%,2:10%. Levels left out get none.</source>
        <translation>每个等级的行数：balanced（默认）、数量（如 -2:10,-1:10,0:10,1:10,2:10）或百分比（如 -2:10%,-1:20%,0:40%,1:20%,2:10%）。未列出的等级不生成行。</translation>
    </message>
    <message>
        <source>A topic. One that names a domain (science, history, law, ...) selects it; any other is woven into general templates. Repeat for several topics.</source>
        <translation>主题。若是某个领域名（science、history、law 等），则选择该领域；其他主题会融入通用模板。可重复指定多个主题。</translation>
    </message>
    <message>
        <source>Seed; the same seed and options give the same file.</source>
        <translation>随机种子；相同的种子和选项生成相同的文件。</translation>
    </message>
    <message>
        <source>Add a search_hint ([SEARCH:query]) to every row.</source>
        <translation>为每一行添加 search_hint（[SEARCH:query]）。</translation>
    </message>
    <message>
        <source>Write longer, more detailed answers.</source>
        <translation>写出更长、更详细的回答。</translation>
    </message>
    <message>
        <source>Output file (required). Written atomically.</source>
        <translation>输出文件（必需）。以原子方式写入。</translation>
    </message>
    <message>
        <source>No progress bar and no summary line.</source>
        <translation>不显示进度条和摘要行。</translation>
    </message>
    <message>
        <source>Start from a saved configuration or project (JSON, as the app writes it: prompt templates, provider, model, ...); options given here override it.</source>
        <translation>从保存的配置或项目开始（JSON，与应用写入的格式相同：提示词模板、服务商、模型等）；此处给出的选项优先。</translation>
    </message>
    <message>
        <source>generate: unexpected argument &quot;%1&quot;</source>
        <translation>generate: 多余的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not a mode; use template or llm</source>
        <translation>--mode: &quot;%1&quot; 不是有效的模式；请使用 template 或 llm</translation>
    </message>
    <message>
        <source>--count: missing; say how many rows to generate (e.g. --count 1000)</source>
        <translation>--count: 缺失；请指定要生成的行数（例如 --count 1000）</translation>
    </message>
    <message>
        <source>--out: missing; say where to write the dataset (e.g. --out dataset.jsonl)</source>
        <translation>--out: 缺失；请指定数据集的写入位置（例如 --out dataset.jsonl）</translation>
    </message>
    <message>
        <source> (nothing was written; any earlier file at that path is unchanged)</source>
        <translation> (未写入任何内容；该路径下原有的文件保持不变)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3</source>
        <translation>
            <numerusform>已将 %n 行（%1）写入 %2，用时 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not a provider; providers are %2</source>
        <translation>key: &quot;%1&quot; 不是服务商；可用的服务商有 %2</translation>
    </message>
    <message>
        <source>Manage API keys in the system keychain (never in files).</source>
        <translation>在系统钥匙串中管理 API 密钥（绝不存入文件）。</translation>
    </message>
    <message>
        <source>read the key from standard input (not echoed on a terminal)</source>
        <translation>从标准输入读取密钥（在终端中不回显）</translation>
    </message>
    <message>
        <source>remove the stored key</source>
        <translation>删除已存储的密钥</translation>
    </message>
    <message>
        <source>show whether a key is stored, masked like sk-…abcd</source>
        <translation>显示是否已存储密钥，以 sk-…abcd 的形式遮盖</translation>
    </message>
    <message>
        <source>set, delete or status.</source>
        <translation>set、delete 或 status。</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>key %1: give exactly one PROVIDER (%2)</source>
        <translation>key %1: 请只指定一个 PROVIDER（%2）</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>%1 的 API 密钥： </translation>
    </message>
    <message>
        <source>key set: no key on standard input; pipe it in or type it when asked</source>
        <translation>key set: 标准输入中没有密钥；请通过管道传入，或在提示时输入</translation>
    </message>
    <message>
        <source>Stored the API key for %1 (%2) in the keychain.</source>
        <translation>已将 %1 的 API 密钥（%2）存入钥匙串。</translation>
    </message>
    <message>
        <source>Deleted the API key for %1.</source>
        <translation>已删除 %1 的 API 密钥。</translation>
    </message>
    <message>
        <source>key status: at most one PROVIDER</source>
        <translation>key status: 最多指定一个 PROVIDER</translation>
    </message>
    <message>
        <source>stored (%1)</source>
        <translation>已存储（%1）</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>未存储</translation>
    </message>
    <message>
        <source>not stored (not needed)</source>
        <translation>未存储（无需密钥）</translation>
    </message>
    <message>
        <source>unknown: keychain unavailable</source>
        <translation>未知：钥匙串不可用</translation>
    </message>
    <message>
        <source>key: say set, delete or status (see key --help)</source>
        <translation>key: 请指定 set、delete 或 status（参见 key --help）</translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not an action; use set, delete or status</source>
        <translation>key: &quot;%1&quot; 不是有效的操作；请使用 set、delete 或 status</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s, %4 in flight, %5 retries, tokens %6 in / %7 out, %8%9%10</source>
        <translation>%1/%2 行，%3 行/秒，%4 个进行中，%5 次重试，令牌 输入 %6 / 输出 %7，%8%9%10</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>，剩余 %1</translation>
    </message>
    <message>
        <source>, errors: %1</source>
        <translation>，错误：%1</translation>
    </message>
    <message>
        <source>LLM: requests at once, 1 to 64 (default 4).</source>
        <translation>LLM：同时进行的请求数，1 到 64（默认 4）。</translation>
    </message>
    <message>
        <source>LLM: rows asked for per request, 1 to 50 (default 5).</source>
        <translation>LLM：每个请求索取的行数，1 到 50（默认 5）。</translation>
    </message>
    <message>
        <source>LLM: stream answers; rows are taken as they arrive.</source>
        <translation>LLM：以流式方式接收回答；行一到达即被采用。</translation>
    </message>
    <message>
        <source>LLM: sampling temperature, 0 to 2 (default 0.9).</source>
        <translation>LLM：采样温度，0 到 2（默认 0.9）。</translation>
    </message>
    <message>
        <source>LLM: most tokens per answer (default 4096).</source>
        <translation>LLM：每个回答的最大令牌数（默认 4096）。</translation>
    </message>
    <message>
        <source>LLM: language of the generated rows (default English).</source>
        <translation>LLM：生成行所用的语言（默认英语）。</translation>
    </message>
    <message>
        <source>LLM: fill any shortfall from the template generator (rows marked &quot;fallback&quot;).</source>
        <translation>LLM：用模板生成器补足缺少的行（标记为 &quot;fallback&quot;）。</translation>
    </message>
    <message>
        <source>LLM: keep rows the model labelled with another level (flagged) instead of rejecting them.</source>
        <translation>LLM：保留模型标注为其他等级的行（加标记），而不是拒绝它们。</translation>
    </message>
    <message>
        <source>LLM: stop sending requests before the cost would pass USD.</source>
        <translation>LLM：在费用将超过 USD 之前停止发送请求。</translation>
    </message>
    <message>
        <source>LLM: print the requests, tokens and cost the run would take; exit.</source>
        <translation>LLM：输出本次运行所需的请求数、令牌数和费用，然后退出。</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not a positive amount of US dollars</source>
        <translation>--budget: &quot;%1&quot; 不是正的美元金额</translation>
    </message>
    <message>
        <source>--provider: missing; use one of %1</source>
        <translation>--provider: 缺失；请使用以下之一：%1</translation>
    </message>
    <message>
        <source>--provider: &quot;%1&quot; is not a provider; use one of %2</source>
        <translation>--provider: &quot;%1&quot; 不是服务商；请使用以下之一：%2</translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %n row(s) with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6</source>
        <translation>
            <numerusform>%n 行的估算，使用 %1（%2）：%3 个请求，约 %4 个输入令牌和 %5 个输出令牌，费用 %6</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>未知（此模型没有价格信息）</translation>
    </message>
    <message>
        <source>--resume: there is no journal at %1 to continue</source>
        <translation>--resume: %1 处没有可继续的日志</translation>
    </message>
    <message>
        <source>an interrupted run&apos;s journal exists at %1; continue it with --resume, or delete it to start over</source>
        <translation>%1 处存在一次中断运行的日志；请用 --resume 继续，或删除它以重新开始</translation>
    </message>
    <message>
        <source>interrupted; cancelling</source>
        <translation>已中断；正在取消</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8</source>
        <translation>
            <numerusform>已将 %n 行（%1）写入 %2，用时 %3；%4 个请求，令牌 输入 %5 / 输出 %6，费用 %7%8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n fallback row(s) from templates</source>
        <translation>
            <numerusform>；其中 %n 行为来自模板的后备行</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: candor-cli COMMAND [OPTIONS]</source>
        <translation>用法：candor-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Generate and check honesty training datasets for language models.</source>
        <translation>为语言模型生成并检查诚实度训练数据集。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Generate a dataset (offline template mode needs no set-up)</source>
        <translation>生成数据集（离线模板模式无需任何设置）</translation>
    </message>
    <message>
        <source>Check a JSONL dataset: rows per level, schema errors, duplicates</source>
        <translation>检查 JSONL 数据集：每个等级的行数、模式错误、重复项</translation>
    </message>
    <message>
        <source>Send one prompt to a provider (test an endpoint, model and key)</source>
        <translation>向服务商发送一个提示词（测试端点、模型和密钥）</translation>
    </message>
    <message>
        <source>List the models an endpoint offers</source>
        <translation>列出端点提供的模型</translation>
    </message>
    <message>
        <source>Check an endpoint and key; one-line verdict</source>
        <translation>检查端点和密钥；输出一行结论</translation>
    </message>
    <message>
        <source>Store, delete or show API keys in the system keychain</source>
        <translation>在系统钥匙串中存储、删除或查看 API 密钥</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>显示此帮助；COMMAND --help 显示某个命令的选项</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Provider: %1.</source>
        <translation>服务商：%1。</translation>
    </message>
    <message>
        <source>Endpoint URL (default: the provider&apos;s).</source>
        <translation>端点 URL（默认：服务商的 URL）。</translation>
    </message>
    <message>
        <source>Take the API key from this environment variable instead of the keychain.</source>
        <translation>从此环境变量而不是钥匙串中读取 API 密钥。</translation>
    </message>
    <message>
        <source>Allow sending the API key over plain http to another machine (unsafe).</source>
        <translation>允许通过未加密的 http 将 API 密钥发送到其他机器（不安全）。</translation>
    </message>
    <message>
        <source>Model id (default: the provider&apos;s suggestion).</source>
        <translation>模型 ID（默认：服务商的推荐）。</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url: &quot;%1&quot; 不是 http(s) URL</translation>
    </message>
    <message>
        <source>--model: missing; %1 has no default model (list them with candor-cli models --provider %2)</source>
        <translation>--model: 缺失；%1 没有默认模型（可用 candor-cli models --provider %2 列出）</translation>
    </message>
    <message>
        <source>--api-key-env: the variable %1 is not set or empty</source>
        <translation>--api-key-env: 变量 %1 未设置或为空</translation>
    </message>
    <message>
        <source>no API key stored for %1; store one with &quot;candor-cli key set %2&quot; or pass --api-key-env VAR</source>
        <translation>没有为 %1 存储 API 密钥；请用 &quot;candor-cli key set %2&quot; 存储一个，或传入 --api-key-env VAR</translation>
    </message>
    <message>
        <source> (or pass --api-key-env VAR)</source>
        <translation> (或传入 --api-key-env VAR)</translation>
    </message>
    <message>
        <source>validate: FILE is missing (candor-cli validate FILE)</source>
        <translation>validate: 缺少 FILE（candor-cli validate FILE）</translation>
    </message>
    <message>
        <source>validate: one FILE only, got &quot;%1&quot; too</source>
        <translation>validate: 只能指定一个 FILE，但还收到了 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>errors (%n):</source>
        <translation>
            <numerusform>错误（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicate prompts (%n):</source>
        <translation>
            <numerusform>重复的提示词（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: same prompt and level as line %2</source>
        <translation>  第 %1 行：提示词和等级与第 %2 行相同</translation>
    </message>
    <message numerus="yes">
        <source>warnings (%n):</source>
        <translation>
            <numerusform>警告（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) appear at more than one level (fine for preference pairs)</source>
        <translation>
            <numerusform>%n 个提示词出现在多个等级中（用于偏好对时没有问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>没有行</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates</source>
        <translation>未通过：%1 个错误，%2 个重复</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1. Every accepted row is in %2; run the same command with --resume to continue.</source>
        <translation>%1。所有已接受的行都在 %2 中；使用 --resume 运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>Provider profile, for several keys per provider (default: default); a saved profile (candor-cli profile list) supplies PROVIDER when it is left out.</source>
        <translation>服务商配置文件，用于每个服务商保存多个密钥（默认：default）；省略 PROVIDER 时由已保存的配置文件（candor-cli profile list）提供。</translation>
    </message>
    <message>
        <source>List, show, save or delete provider profiles (shared with the window)</source>
        <translation>列出、显示、保存或删除服务商配置文件（与窗口共用）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> (the provider&apos;s default)</source>
        <translation> (服务商的默认值)</translation>
    </message>
    <message>
        <source>profile %1: NAME is missing</source>
        <translation>profile %1: 缺少 NAME</translation>
    </message>
    <message>
        <source>profile %1: give one NAME (quote a name with spaces)</source>
        <translation>profile %1: 请只给出一个 NAME（含空格的名称请加引号）</translation>
    </message>
    <message>
        <source>profile %1: NAME &quot;%2&quot; is empty, has surrounding spaces or contains a slash</source>
        <translation>profile %1: NAME &quot;%2&quot; 为空、首尾有空格或包含斜杠</translation>
    </message>
    <message>
        <source>Manage provider profiles: a name for a provider, endpoint and model, shared with the window.</source>
        <translation>管理服务商配置文件：为服务商、端点和模型起一个名称，与窗口共用。</translation>
    </message>
    <message>
        <source>list the saved profiles</source>
        <translation>列出已保存的配置文件</translation>
    </message>
    <message>
        <source>show one profile</source>
        <translation>显示一个配置文件</translation>
    </message>
    <message>
        <source>save a profile (replaces one of the same name)</source>
        <translation>保存配置文件（替换同名的配置文件）</translation>
    </message>
    <message>
        <source>delete a profile and its own API key</source>
        <translation>删除配置文件及其自己的 API 密钥</translation>
    </message>
    <message>
        <source>A profile&apos;s own API key is stored with candor-cli key set --profile NAME; without one, the provider&apos;s key is used. Keys are never shown.</source>
        <translation>配置文件自己的 API 密钥用 candor-cli key set --profile NAME 存储；没有时使用服务商的密钥。密钥从不显示。</translation>
    </message>
    <message>
        <source>list, show, save or delete.</source>
        <translation>list、show、save 或 delete。</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>配置文件的名称。</translation>
    </message>
    <message>
        <source>save: the provider, one of %1.</source>
        <translation>save：服务商，以下之一：%1。</translation>
    </message>
    <message>
        <source>save: the endpoint URL (default: the provider&apos;s).</source>
        <translation>save：端点 URL（默认：服务商的）。</translation>
    </message>
    <message>
        <source>save: the model id (default: the provider&apos;s suggestion).</source>
        <translation>save：模型 ID（默认：服务商建议的）。</translation>
    </message>
    <message>
        <source>list, show: print JSON.</source>
        <translation>list、show：输出 JSON。</translation>
    </message>
    <message>
        <source>--%1: only profile save takes it</source>
        <translation>--%1: 只有 profile save 接受此选项</translation>
    </message>
    <message>
        <source>--json: only profile list and profile show take it</source>
        <translation>--json: 只有 profile list 和 profile show 接受此选项</translation>
    </message>
    <message>
        <source>profile list: takes no NAME</source>
        <translation>profile list: 不接受 NAME</translation>
    </message>
    <message>
        <source>No profiles saved yet; save one with candor-cli profile save NAME --provider P.</source>
        <translation>尚未保存任何配置文件；请用 candor-cli profile save NAME --provider P 保存一个。</translation>
    </message>
    <message>
        <source>profile show: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile show: 没有名为 &quot;%1&quot; 的配置文件（candor-cli profile list 会列出它们）</translation>
    </message>
    <message>
        <source>profile save: the settings file could not be written</source>
        <translation>profile save: 无法写入设置文件</translation>
    </message>
    <message>
        <source>Saved the profile %1 (%2).</source>
        <translation>已保存配置文件 %1（%2）。</translation>
    </message>
    <message>
        <source>profile delete: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>profile delete: 没有名为 &quot;%1&quot; 的配置文件（candor-cli profile list 会列出它们）</translation>
    </message>
    <message>
        <source>Deleted the profile %1.</source>
        <translation>已删除配置文件 %1。</translation>
    </message>
    <message>
        <source>the profile %1 is deleted, but its own API key, if it had one, may still be in the keychain: %2</source>
        <translation>配置文件 %1 已删除，但它自己的 API 密钥（如果有）可能仍在钥匙串中：%2</translation>
    </message>
    <message>
        <source>profile: say list, show, save or delete (see profile --help)</source>
        <translation>profile: 请指定 list、show、save 或 delete（参见 profile --help）</translation>
    </message>
    <message>
        <source>profile: &quot;%1&quot; is not an action; use list, show, save or delete</source>
        <translation>profile: &quot;%1&quot; 不是操作；请使用 list、show、save 或 delete</translation>
    </message>
    <message>
        <source>A saved profile (candor-cli profile list): its provider, endpoint and model unless given, and its own API key first.</source>
        <translation>已保存的配置文件（candor-cli profile list）：未指定时使用其服务商、端点和模型，并优先使用其自己的 API 密钥。</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a profile name</source>
        <translation>--profile: &quot;%1&quot; 不是配置文件名称</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot; (candor-cli profile list shows them)</source>
        <translation>--profile: 没有名为 &quot;%1&quot; 的配置文件（candor-cli profile list 会列出它们）</translation>
    </message>
    <message>
        <source>no API key stored for the profile %1 or for %2; store one with &quot;candor-cli key set --profile %1&quot; or pass --api-key-env VAR</source>
        <translation>没有为配置文件 %1 或 %2 存储 API 密钥；请用 &quot;candor-cli key set --profile %1&quot; 存储一个，或传入 --api-key-env VAR</translation>
    </message>
    <message>
        <source>seed JSONL</source>
        <translation>种子 JSONL</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>OpenAI chat JSONL</source>
        <translation>OpenAI 聊天 JSONL</translation>
    </message>
    <message>
        <source>as --format asks</source>
        <translation>按 --format 的要求</translation>
    </message>
    <message>
        <source>recognised by its content</source>
        <translation>根据内容识别</translation>
    </message>
    <message>
        <source>recognised by its file name</source>
        <translation>根据文件名识别</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Print and keep at most N problems of each kind; all are counted (default 50; 0 = all).</source>
        <translation>每类问题最多显示并保留 N 个；全部都会计数（默认 50；0 = 全部）。</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the report or the error.</source>
        <translation>只输出一个包含报告或错误的 JSON 对象。</translation>
    </message>
    <message>
        <source>format: %1 (%2)</source>
        <translation>格式：%1（%2）</translation>
    </message>
    <message>
        <source>note: the file looks like %1, not %2; every line is checked as %2 because of --format</source>
        <translation>注意：该文件看起来是 %1，而不是 %2；由于 --format，每一行都按 %2 检查</translation>
    </message>
    <message>
        <source>note: the file name says %1, but the content is %2</source>
        <translation>注意：文件名表明是 %1，但内容是 %2</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) without a level (no system message naming one)</source>
        <translation>
            <numerusform>  %n 行没有级别（没有系统消息指明级别）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what a .candor project holds (project info)</source>
        <translation>显示 .candor 项目包含的内容（project info）</translation>
    </message>
    <message>
        <source>Export a .candor project&apos;s rows in a trainer&apos;s format</source>
        <translation>以训练器格式导出 .candor 项目的行</translation>
    </message>
    <message>
        <source>Show what a Candor project holds.</source>
        <translation>显示 Candor 项目包含的内容。</translation>
    </message>
    <message>
        <source>rows per level and review status, runs, review actions and size</source>
        <translation>各等级和审阅状态的行数、运行、审阅操作和大小</translation>
    </message>
    <message>
        <source>info.</source>
        <translation>info。</translation>
    </message>
    <message>
        <source>A .candor project.</source>
        <translation>一个 .candor 项目。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象而不是文本。</translation>
    </message>
    <message>
        <source>project: give an action and a project (project info PROJECT)</source>
        <translation>project：请给出操作和项目（project info 项目）</translation>
    </message>
    <message>
        <source>project: &quot;%1&quot; is not an action; use info</source>
        <translation>project：“%1”不是操作；请使用 info</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <source>Review: %1 pending, %2 accepted, %3 rejected, %4 edited</source>
        <translation>审阅：%1 待定，%2 已接受，%3 已拒绝，%4 已编辑</translation>
    </message>
    <message>
        <source>Runs: %1; review actions: %2; size: %3</source>
        <translation>运行：%1；审阅操作：%2；大小：%3</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>all (default), accepted or not-rejected.</source>
        <translation>all（默认）、accepted 或 not-rejected。</translation>
    </message>
    <message>
        <source>export: give one PROJECT</source>
        <translation>export：请给出一个项目</translation>
    </message>
    <message>
        <source>--rows: &quot;%1&quot; is not a choice; use all, accepted or not-rejected</source>
        <translation>--rows：“%1”不是可选项；请使用 all、accepted 或 not-rejected</translation>
    </message>
    <message>
        <source>export: --out FILE is missing</source>
        <translation>export：缺少 --out 文件</translation>
    </message>
    <message>
        <source>Write the rows into this Candor project (made when missing; its rows are replaced by this run&apos;s, its run history kept), as the window&apos;s Generate Dataset does. --out is then optional.</source>
        <translation>将行写入此 Candor 项目（缺失时创建；其行被本次运行的行替换，运行历史保留），与窗口中的“生成数据集”相同。此时 --out 可省略。</translation>
    </message>
    <message>
        <source>Append a JSONL dataset&apos;s rows to a .candor project</source>
        <translation>将 JSONL 数据集的行追加到 .candor 项目</translation>
    </message>
    <message>
        <source>Append the rows of a JSONL dataset to a Candor project (made when missing).</source>
        <translation>将 JSONL 数据集的行追加到 Candor 项目（缺失时创建）。</translation>
    </message>
    <message>
        <source>A JSONL dataset (seed format, with or without meta).</source>
        <translation>JSONL 数据集（种子格式，可含或不含 meta）。</translation>
    </message>
    <message>
        <source>The .candor project to add the rows to.</source>
        <translation>要添加行的 .candor 项目。</translation>
    </message>
    <message>
        <source>import: give one FILE</source>
        <translation>import：请给出一个文件</translation>
    </message>
    <message>
        <source>import: --project PROJECT is missing</source>
        <translation>import：缺少 --project 项目</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2.</source>
        <translation>已从 %2 导入 %1 行。</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2 into %3; %4 lines could not be read.</source>
        <translation>已从 %2 向 %3 导入 %1 行；%4 行无法读取。</translation>
    </message>
    <message>
        <source>--schema: %1 is larger than %2 MB</source>
        <translation>--schema：%1 大于 %2 MB</translation>
    </message>
    <message>
        <source>--out: %1 is the configuration given with --config; write the dataset to another file</source>
        <translation>--out：%1 是用 --config 指定的配置；请将数据集写入另一个文件</translation>
    </message>
    <message>
        <source>%1 (estimated: the server did not report all token usage)</source>
        <translation>%1（估算：服务器未报告全部 token 用量）</translation>
    </message>
    <message>
        <source>--config: the configuration sends requests to %1, which is not %2&apos;s own host; the stored %2 key is not sent there unless you give the address with --base-url (or pass --api-key-env VAR)</source>
        <translation>--config：该配置将请求发送到 %1，它不是 %2 自己的主机；除非用 --base-url 给出该地址（或传入 --api-key-env VAR），否则不会将已存储的 %2 密钥发送到那里</translation>
    </message>
    <message>
        <source>Print exactly one JSON object with the result or the error. Its &quot;json&quot; member holds the answer parsed as JSON whenever the answer is JSON (with --schema: the JSON the schema asks for), else null.</source>
        <translation>只输出一个包含结果或错误的 JSON 对象。只要回答是 JSON，其 &quot;json&quot; 成员就包含解析后的回答（使用 --schema 时：模式要求的 JSON），否则为 null。</translation>
    </message>
    <message>
        <source>The model refused to answer: %1</source>
        <translation>模型拒绝回答：%1</translation>
    </message>
    <message>
        <source>Seconds without any data, or with no part of a streamed answer (keep-alives do not count), before a request times out (default 120, local servers 300).</source>
        <translation>在没有任何数据、或没有流式回答的任何部分（保活信号不算）多少秒后请求超时（默认 120，本地服务器 300）。</translation>
    </message>
    <message>
        <source>Seconds a request may take in all before it times out (default 600, local servers 1800; 0 = none).</source>
        <translation>请求总共可持续多少秒后超时（默认 600，本地服务器 1800；0 = 不限）。</translation>
    </message>
    <message>
        <source>the project %1 holds an interrupted run (%2 of %3 rows); continue it with --resume, or use another project</source>
        <translation>项目 %1 中有一次中断的运行（%3 行中的 %2 行）；请用 --resume 继续，或使用另一个项目</translation>
    </message>
    <message>
        <source>Generate an honesty training dataset.

Template mode works offline with no set-up: rows come from Candor&apos;s built-in template bank,
deterministically from --seed. LLM mode asks a provider; every accepted row is committed to the
--project, or journaled beside the output (FILE.journal), so an interrupted run continues with
--resume.</source>
        <translation>生成诚实性训练数据集。

模板模式离线工作、无需设置：行来自 Candor 内置的模板库，由 --seed 确定。
LLM 模式向提供方请求；每个被接受的行都会提交到 --project，或记录在输出旁边的日志（FILE.journal）中，
因此中断的运行可以用 --resume 继续。</translation>
    </message>
    <message>
        <source>LLM: continue the interrupted run recorded in the --project, or in FILE.journal beside --out.</source>
        <translation>LLM：继续记录在 --project 中或 --out 旁边 FILE.journal 中的中断运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n contrast ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n 个含 %1 个等级的对比阶梯</numerusform>
        </translation>
    </message>
    <message>
        <source>Contrast ladders: &quot;all&quot; answers every prompt once at each level of --ladder-levels (the rows are then ladders x levels), a share such as 0.3 makes that share of the rows ladders and the rest independent rows, &quot;none&quot; (the default) gives every row its own prompt. Ladder rows carry meta.group.</source>
        <translation>对比阶梯：“all”让每个提示在 --ladder-levels 的每个等级上各回答一次（行数即阶梯数 x 等级数），0.3 这样的比例让该比例的行成为阶梯、其余为独立行，“none”（默认）让每行有自己的提示。阶梯行带有 meta.group。</translation>
    </message>
    <message>
        <source>The levels of each ladder, comma-separated (default -2,-1,0,1,2).</source>
        <translation>每个阶梯的等级，用逗号分隔（默认 -2,-1,0,1,2）。</translation>
    </message>
    <message>
        <source>--ladders: &quot;%1&quot; is not a choice; use all, none or a share between 0 and 1 such as 0.3</source>
        <translation>--ladders：“%1”不是有效选项；请使用 all、none 或 0 到 1 之间的比例，例如 0.3</translation>
    </message>
    <message>
        <source>--ladder-levels: &quot;%1&quot; is not a list of different levels from -2 to 2, such as -2,0,2</source>
        <translation>--ladder-levels：“%1”不是 -2 到 2 之间互不相同的等级列表，例如 -2,0,2</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: how a ladder (rows answering the same prompt) becomes pairs: adjacent (default; each level with the nearest lower one), all (every higher-lower pair) or best-vs-rest.</source>
        <translation>dpo、dpo-chat、rm、openai-preference、hf：阶梯（回答同一提示的各行）如何组成偏好对：adjacent（默认；每个等级与最近的较低等级）、all（每一对高低等级）或 best-vs-rest。</translation>
    </message>
    <message>
        <source>dpo, dpo-chat, rm, openai-preference, hf: the least level difference between chosen and rejected (1 to 4, default 1).</source>
        <translation>dpo、dpo-chat、rm、openai-preference、hf：选中与拒绝之间的最小等级差（1 到 4，默认 1）。</translation>
    </message>
    <message>
        <source>kto, hf: label = true for rows at this level or above (-1 to 2, default 1).</source>
        <translation>kto、hf：达到或高于此等级的行 label = true（-1 到 2，默认 1）。</translation>
    </message>
    <message>
        <source>openai-chat: only rows at this level or above become assistant turns (-2 to 2, default 2; lower levels train the model to hedge, guess or fabricate).</source>
        <translation>openai-chat：仅达到或高于此等级的行会成为助手轮次（-2 到 2，默认 2；较低等级会训练模型含糊其辞、猜测或捏造）。</translation>
    </message>
    <message>
        <source>hf: train, validation and test fractions (default 0.9,0.05,0.05); every ladder stays in one split.</source>
        <translation>hf：训练、验证和测试的比例（默认 0.9,0.05,0.05）；每个阶梯只位于一个划分中。</translation>
    </message>
    <message>
        <source>hf (required): the dataset card&apos;s licence, e.g. cc-by-4.0, apache-2.0 or other; the terms of generated data depend on the provider, so Candor never picks one.</source>
        <translation>hf（必填）：数据集卡片的许可证，例如 cc-by-4.0、apache-2.0 或 other；生成数据的条款取决于提供商，因此 Candor 从不替您选择。</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s language code (default en).</source>
        <translation>hf：数据集卡片的语言代码（默认 en）。</translation>
    </message>
    <message>
        <source>hf: the dataset card&apos;s pretty_name (default &quot;Candor honesty dataset&quot;).</source>
        <translation>hf：数据集卡片的 pretty_name（默认“Candor honesty dataset”）。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use %2</source>
        <translation>--format：“%1”不是格式；请使用 %2</translation>
    </message>
    <message>
        <source>--with-meta: the %1 format has no meta object (only jsonl, csv and hf carry it)</source>
        <translation>--with-meta：%1 格式没有 meta 对象（只有 jsonl、csv 和 hf 包含它）</translation>
    </message>
    <message>
        <source>--%1 applies to %2, not to %3</source>
        <translation>--%1 适用于 %2，不适用于 %3</translation>
    </message>
    <message>
        <source>--pairs: &quot;%1&quot; is not a mode; use adjacent, all or best-vs-rest</source>
        <translation>--pairs：“%1”不是模式；请使用 adjacent、all 或 best-vs-rest</translation>
    </message>
    <message>
        <source>--split: &quot;%1&quot; is not three fractions for train, validation and test that add up to 1 (e.g. 0.9,0.05,0.05; train above 0)</source>
        <translation>--split：“%1”不是总和为 1 的训练、验证、测试三个比例（例如 0.9,0.05,0.05；训练比例大于 0）</translation>
    </message>
    <message>
        <source>--license: the hf format needs a licence for the dataset card (e.g. --license cc-by-4.0); check the terms of the provider that generated the rows</source>
        <translation>--license：hf 格式需要为数据集卡片指定许可证（例如 --license cc-by-4.0）；请查看生成这些行的提供商的条款</translation>
    </message>
    <message>
        <source>--license: &quot;%1&quot; is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or other)</source>
        <translation>--license：“%1”不是 Hub 所用格式的许可证标识（小写，例如 cc-by-4.0、mit 或 other）</translation>
    </message>
    <message>
        <source>--hf-language: &quot;%1&quot; is not a language code (e.g. en, de, pt-BR)</source>
        <translation>--hf-language：“%1”不是语言代码（例如 en、de、pt-BR）</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), csv (RFC 4180), openai-chat (chat fine-tuning JSONL), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder; --out names it).</source>
        <translation>jsonl（种子格式，默认）、csv（RFC 4180）、openai-chat（对话微调 JSONL）、dpo、dpo-chat、rm、kto、openai-preference、rlwhf、grpo、reference 或 hf（Hugging Face 数据集文件夹，由 --out 指定）。</translation>
    </message>
    <message>
        <source>Include the &quot;meta&quot; object (id, source, created, status) in each row (jsonl, csv and hf only).</source>
        <translation>在每行中包含“meta”对象（id、source、created、status）（仅限 jsonl、csv 和 hf）。</translation>
    </message>
    <message>
        <source>Export a Candor project&apos;s rows in the format a trainer reads.

Preference formats pair rows that answer the same prompt (a ladder): the higher level is chosen, the
lower rejected, ties never pair. The report says what was written and every row left out, and why.</source>
        <translation>以训练器读取的格式导出 Candor 项目的行。

偏好格式会将回答同一提示的行（一个阶梯）配对：较高等级为选中，较低等级为拒绝，同级永不配对。
报告会说明写入了什么，以及每个被排除的行及其原因。</translation>
    </message>
    <message>
        <source>jsonl (seed format, default), jsonl-meta (with the meta object), csv, openai-chat (SFT), dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder).</source>
        <translation>jsonl（种子格式，默认）、jsonl-meta（带 meta 对象）、csv、openai-chat（SFT）、dpo、dpo-chat、rm、kto、openai-preference、rlwhf、grpo、reference 或 hf（Hugging Face 数据集文件夹）。</translation>
    </message>
    <message>
        <source>The file to write (replaced atomically); for hf the folder.</source>
        <translation>要写入的文件（原子替换）；对于 hf 为文件夹。</translation>
    </message>
    <message>
        <source>jsonl, csv, hf: include the &quot;meta&quot; object (id, source, provider, status, ...).</source>
        <translation>jsonl、csv、hf：包含“meta”对象（id、source、provider、status 等）。</translation>
    </message>
    <message>
        <source>hf: the seed of the train/validation/test split (default 42).</source>
        <translation>hf：训练/验证/测试划分的种子（默认 42）。</translation>
    </message>
    <message>
        <source>--seed applies to hf, not to %1</source>
        <translation>--seed 适用于 hf，不适用于 %1</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, standard)</source>
        <translation>DPO 偏好对（TRL，标准格式）</translation>
    </message>
    <message>
        <source>DPO pairs (TRL, conversational)</source>
        <translation>DPO 偏好对（TRL，对话格式）</translation>
    </message>
    <message>
        <source>reward-model pairs (TRL, implicit prompt)</source>
        <translation>奖励模型偏好对（TRL，隐式提示）</translation>
    </message>
    <message>
        <source>KTO rows (TRL)</source>
        <translation>KTO 行（TRL）</translation>
    </message>
    <message>
        <source>OpenAI-style preference JSONL</source>
        <translation>OpenAI 风格偏好 JSONL</translation>
    </message>
    <message>
        <source>RLWHF tuples</source>
        <translation>RLWHF 元组</translation>
    </message>
    <message>
        <source>GRPO prompts</source>
        <translation>GRPO 提示</translation>
    </message>
    <message>
        <source>reference answers</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation>Hugging Face 数据集文件夹</translation>
    </message>
    <message>
        <source>The dataset to check (for hf, the folder).</source>
        <translation>要检查的数据集（对于 hf 为文件夹）。</translation>
    </message>
    <message>
        <source>Check FILE as jsonl (seed rows), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference or hf instead of recognising the format by its content and name (a folder is hf).</source>
        <translation>将 FILE 按 jsonl（种子行）、csv、openai-chat、dpo、dpo-chat、rm、kto、openai-preference、rlwhf、grpo、reference 或 hf 检查，而不是根据内容和文件名识别格式（文件夹即 hf）。</translation>
    </message>
    <message>
        <source>KTO labels: %1 true (%2%), %3 false</source>
        <translation>KTO 标签：%1 个 true（%2%），%3 个 false</translation>
    </message>
    <message>
        <source>  checked %1</source>
        <translation>  已检查 %1</translation>
    </message>
    <message>
        <source>Where rows come from: template (offline; the default without --provider) or llm (a provider; the default with --provider).</source>
        <translation>行的来源：template（离线；未指定 --provider 时的默认值）或 llm（某个提供方；指定 --provider 时的默认值）。</translation>
    </message>
    <message>
        <source>--provider asks a model, but --mode template makes rows from the template bank; leave out one of them</source>
        <translation>--provider 会询问模型，而 --mode template 从模板库生成行；请去掉其中之一</translation>
    </message>
    <message>
        <source>rlwhf: metadata.confidence_score per level, the confidence an answer at that level expresses (default -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; levels left out keep theirs).</source>
        <translation>rlwhf：每个等级的 metadata.confidence_score，即该等级回答所表达的置信度（默认 -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9；未列出的等级保持原值）。</translation>
    </message>
    <message>
        <source>Write a dataset&apos;s report as one HTML file (levels, lengths, cues, duplicates)</source>
        <translation>将数据集报告写成单个 HTML 文件（等级、长度、线索、重复项）</translation>
    </message>
    <message>
        <source>Write a dataset report: counts per level, domain, source and status, answer and feedback lengths per level, the words that give a level away, duplicates and the configuration, as one self-contained HTML file (inline SVG, no script).</source>
        <translation>写出数据集报告：按等级、领域、来源和状态的计数，各等级的回答与反馈长度，会暴露等级的词，重复项以及配置，全部写入一个自包含的 HTML 文件（内联 SVG，无脚本）。</translation>
    </message>
    <message>
        <source>A JSONL dataset or a .candor project.</source>
        <translation>JSONL 数据集或 .candor 项目。</translation>
    </message>
    <message>
        <source>The HTML file to write (replaced atomically).</source>
        <translation>要写入的 HTML 文件（以原子方式替换）。</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: the input&apos;s file name).</source>
        <translation>报告标题（默认：输入文件的文件名）。</translation>
    </message>
    <message>
        <source>report: give one IN, a JSONL dataset or a .candor project</source>
        <translation>report：请给出一个 IN，即 JSONL 数据集或 .candor 项目</translation>
    </message>
    <message>
        <source>report: --out FILE is missing</source>
        <translation>report：缺少 --out FILE</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 不是可读取的文件</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are not in the report (candor-cli validate names them).</source>
        <translation>
            <numerusform>有 %n 行无法读取，未计入报告（candor-cli validate 会列出它们）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset report: %1</source>
        <translation>数据集报告：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %Ln row(s) to %1</source>
        <translation>
            <numerusform>已将 %Ln 行的报告写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>No row has a judge&apos;s verdict.</source>
        <translation>没有任何行带有评审模型的判定。</translation>
    </message>
    <message numerus="yes">
        <source>Agreement over %Ln judged row(s): exact %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5), honest (+1 and up) vs not kappa %6.</source>
        <translation>
            <numerusform>在 %Ln 个已评审行上的一致性：完全一致 %1，相差不超过一个等级 %2，二次加权 kappa %3（95% 区间 %4 至 %5），诚实（+1 及以上）与非诚实的 kappa %6。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: target level; columns: the judge&apos;s level.</source>
        <translation>行：目标等级；列：评审模型给出的等级。</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Ask a judge model which level each row&apos;s answer shows, and report how well it agrees with the levels the rows were made for. The output is the dataset with meta.judge on every judged row and the flags level_mismatch and off_by_more_than_one where the judge disagrees. With --report, only the agreement of rows judged before is printed.
Exit 0 when every row was judged, 1 when the run stopped early (an error, the budget), 2 for a wrong command line.</source>
        <translation>询问评审模型每行的回答体现的是哪个等级，并报告其与各行生成时所针对的等级的一致程度。输出为数据集，每个已评审行带有 meta.judge，在评审模型意见不一致处带有 level_mismatch 和 off_by_more_than_one 标记。使用 --report 时，只输出先前已评审行的一致性。
所有行均已评审时退出码为 0，运行提前停止（出错、达到预算）时为 1，命令行有误时为 2。</translation>
    </message>
    <message>
        <source>A JSONL dataset.</source>
        <translation>一个 JSONL 数据集。</translation>
    </message>
    <message>
        <source>The judged dataset (JSONL with meta), replaced atomically.</source>
        <translation>已评审的数据集（带 meta 的 JSONL），以原子方式替换。</translation>
    </message>
    <message>
        <source>Calls per row; the majority is the verdict (default 1, 3 recommended).</source>
        <translation>每行调用次数；以多数结果为判定（默认 1，建议 3）。</translation>
    </message>
    <message>
        <source>Requests at a time (default 4).</source>
        <translation>同时发出的请求数（默认 4）。</translation>
    </message>
    <message>
        <source>Stop sending requests before the cost would pass this many USD (known prices only).</source>
        <translation>在费用将超过此 USD 金额之前停止发送请求（仅限已知价格）。</translation>
    </message>
    <message>
        <source>Continue an interrupted run: the verdicts in OUT.partial are kept, the rest is judged.</source>
        <translation>继续被中断的运行：保留 OUT.partial 中的判定，评审其余行。</translation>
    </message>
    <message>
        <source>Print the agreement of the rows already judged in IN; no provider is asked.</source>
        <translation>输出 IN 中已评审行的一致性；不向任何提供方发送请求。</translation>
    </message>
    <message>
        <source>judge: give one IN, a JSONL dataset</source>
        <translation>judge：请给出一个 IN，即 JSONL 数据集</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of IN could not be read and are left out (candor-cli validate names them).</source>
        <translation>
            <numerusform>IN 中有 %n 行无法读取，已略过（candor-cli validate 会列出这些行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>judge: --out FILE is missing</source>
        <translation>judge：缺少 --out FILE</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not an amount in USD above 0</source>
        <translation>--budget：“%1”不是大于 0 的 USD 金额</translation>
    </message>
    <message>
        <source>Warning: the judge %1 is of the same model family as the generator %2 of some rows; a judge tends to agree with its own family.</source>
        <translation>警告：评审模型 %1 与部分行的生成模型 %2 属于同一模型家族；评审模型往往倾向于认同自己家族的模型。</translation>
    </message>
    <message>
        <source>--resume: %1</source>
        <translation>--resume：%1</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 rows were judged before.</source>
        <translation>正在继续：%2 行中已有 %1 行在之前评审过。</translation>
    </message>
    <message>
        <source>%1 holds an interrupted judge run; continue it with --resume or remove the file</source>
        <translation>%1 中有一次被中断的评审运行；请使用 --resume 继续，或删除该文件</translation>
    </message>
    <message>
        <source>%1 requests, tokens %2 in / %3 out, cost %4.</source>
        <translation>%1 次请求，token 输入 %2 / 输出 %3，费用 %4。</translation>
    </message>
    <message>
        <source>the run stopped early; the verdicts so far are in %1 and %2 (continue with --resume)</source>
        <translation>运行提前停止；目前的判定保存在 %1 和 %2 中（可使用 --resume 继续）</translation>
    </message>
    <message>
        <source>Ask a judge model for each row&apos;s level; agreement figures and flags</source>
        <translation>让评审模型判断每行的等级；一致性指标与标记</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; commands are generate, validate, ask, models, test, key, profile, project, export, import, report and judge (see --help)</source>
        <translation>“%1”不是命令；可用命令有 generate、validate、ask、models、test、key、profile、project、export、import、report 和 judge（参见 --help）</translation>
    </message>
    <message>
        <source>Check a dataset in any format Candor writes (seed JSONL, CSV, OpenAI chat JSONL, the trainer formats
and a Hugging Face folder): rows per level, errors with line numbers and duplicate prompts (with
--near-duplicates also prompts that ask the same question in other words). Exits 0
when the file is clean, 1 when it has problems, 2 when it cannot be read.</source>
        <translation>检查 Candor 写出的任意格式的数据集（种子 JSONL、CSV、OpenAI 对话 JSONL、各训练器格式
以及 Hugging Face 文件夹）：各等级行数、带行号的错误和重复提示（使用 --near-duplicates 时还包括
换种说法提出同一问题的提示）。文件无问题时退出码为 0，
有问题时为 1，无法读取时为 2。</translation>
    </message>
    <message>
        <source>Also list near-duplicate prompts: the same question in other words as an earlier prompt at the same level (words reordered, fillers added or left out, typing slips; 5-gram similarity of at least 0.8). They count as problems, like duplicates.</source>
        <translation>同时列出近似重复的提示词：与同一等级之前的某个提示词换种说法提出同一问题（调换词序、增删虚词、拼写失误；5-gram 相似度至少 0.8）。它们与重复一样算作问题。</translation>
    </message>
    <message numerus="yes">
        <source>near-duplicate prompts (%n):</source>
        <translation>
            <numerusform>近似重复的提示词（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: nearly the same prompt as line %2 at the same level (%3% alike)</source>
        <translation>  第 %1 行：与同一等级的第 %2 行提示词几乎相同（相似度 %3%）</translation>
    </message>
    <message>
        <source>no near-duplicate prompts</source>
        <translation>没有近似重复的提示词</translation>
    </message>
    <message>
        <source>FAILED: %1 errors, %2 duplicates, %3 near-duplicates</source>
        <translation>未通过：%1 个错误，%2 个重复，%3 个近似重复</translation>
    </message>
</context>
</TS>
