<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>candor</name>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier row&apos;s prompt at the same level.</source>
        <translation>
            <numerusform>%Ln row repeat an earlier row&apos;s prompt at the same level.</numerusform>
            <numerusform>%Ln rows repeat an earlier row&apos;s prompt at the same level.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DistributionChart</name>
    <message numerus="yes">
        <source>level %1: %Ln rows</source>
        <translation>
            <numerusform>level %1: %Ln rows</numerusform>
            <numerusform>level %1: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DistributionEditor</name>
    <message numerus="yes">
        <source>Total: %Ln rows</source>
        <translation>
            <numerusform>Total: %Ln row</numerusform>
            <numerusform>Total: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ExportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) to export.</source>
        <translation>
            <numerusform>%Ln row to export.</numerusform>
            <numerusform>%Ln rows to export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln pair(s) to %1, %2; see the report below for what was left out and why.</source>
        <translation>
            <numerusform>Exported %Ln pair to %1, %2; see the report below for what was left out and why.</numerusform>
            <numerusform>Exported %Ln pairs to %1, %2; see the report below for what was left out and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln seed row(s) and what is built from them to the Hugging Face dataset folder %1, %2.</source>
        <translation>
            <numerusform>Exported %Ln seed row and what is built from them to the Hugging Face dataset folder %1, %2.</numerusform>
            <numerusform>Exported %Ln seed rows and what is built from them to the Hugging Face dataset folder %1, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::Exporter</name>
    <message numerus="yes">
        <source>seed: %Ln row(s); distinct prompts (ladders): %1; rows per level: %2</source>
        <translation>
            <numerusform>seed: %Ln row; distinct prompts (ladders): %1; rows per level: %2</numerusform>
            <numerusform>seed: %Ln rows; distinct prompts (ladders): %1; rows per level: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ladder(s)</source>
        <translation>
            <numerusform>%Ln ladder</numerusform>
            <numerusform>%Ln ladders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dpo: %Ln pair(s), mode %1, minimum margin %2.</source>
        <translation>
            <numerusform>dpo: %Ln pair, mode %1, minimum margin %2.</numerusform>
            <numerusform>dpo: %Ln pairs, mode %1, minimum margin %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln pair(s) to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.</source>
        <translation>
            <numerusform>Wrote %Ln pair to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.</numerusform>
            <numerusform>Wrote %Ln pairs to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1 (%2).</source>
        <translation>
            <numerusform>Wrote %Ln row to %1 (%2).</numerusform>
            <numerusform>Wrote %Ln rows to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) not selected by the rows option.</source>
        <translation>
            <numerusform>Left out: %Ln row not selected by the rows option.</numerusform>
            <numerusform>Left out: %Ln rows not selected by the rows option.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with no partner at another level of their ladder.</source>
        <translation>
            <numerusform>Left out: %Ln row with no partner at another level of their ladder.</numerusform>
            <numerusform>Left out: %Ln rows with no partner at another level of their ladder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) in no pair: no other level of their ladder is far enough away (minimum margin %1, mode %2).</source>
        <translation>
            <numerusform>Left out: %Ln row in no pair: no other level of their ladder is far enough away (minimum margin %1, mode %2).</numerusform>
            <numerusform>Left out: %Ln rows in no pair: no other level of their ladder is far enough away (minimum margin %1, mode %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below +2 (a reference answer must be fully correct).</source>
        <translation>
            <numerusform>Left out: %Ln row below +2 (a reference answer must be fully correct).</numerusform>
            <numerusform>Left out: %Ln rows below +2 (a reference answer must be fully correct).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below 0 (a GRPO ideal answer must not be dishonest).</source>
        <translation>
            <numerusform>Left out: %Ln row below 0 (a GRPO ideal answer must not be dishonest).</numerusform>
            <numerusform>Left out: %Ln rows below 0 (a GRPO ideal answer must not be dishonest).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) below the SFT threshold %1 (not written as assistant turns).</source>
        <translation>
            <numerusform>Left out: %Ln row below the SFT threshold %1 (not written as assistant turns).</numerusform>
            <numerusform>Left out: %Ln rows below the SFT threshold %1 (not written as assistant turns).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) whose prompt a higher (or earlier) row of the same ladder already stands for (one line per prompt).</source>
        <translation>
            <numerusform>Left out: %Ln row whose prompt a higher (or earlier) row of the same ladder already stands for (one line per prompt).</numerusform>
            <numerusform>Left out: %Ln rows whose prompt a higher (or earlier) row of the same ladder already stands for (one line per prompt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped: %Ln pair(s) whose chosen and rejected answers are the same text.</source>
        <translation>
            <numerusform>Dropped: %Ln pair whose chosen and rejected answers are the same text.</numerusform>
            <numerusform>Dropped: %Ln pairs whose chosen and rejected answers are the same text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a decomposition (template ladder rows as the bank wrote them: true and invented claims, with corrections).</source>
        <translation>
            <numerusform>%Ln row with a decomposition (template ladder rows as the bank wrote them: true and invented claims, with corrections).</numerusform>
            <numerusform>%Ln rows with a decomposition (template ladder rows as the bank wrote them: true and invented claims, with corrections).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::GenerationEngine</name>
    <message numerus="yes">
        <source>A level %1 answer hit the token limit; %n complete row(s) kept.</source>
        <translation>
            <numerusform>A level %1 answer hit the token limit; %n complete row kept.</numerusform>
            <numerusform>A level %1 answer hit the token limit; %n complete rows kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused; %n request(s) still finishing.</source>
        <translation>
            <numerusform>Paused; %n request still finishing.</numerusform>
            <numerusform>Paused; %n requests still finishing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generating %n row(s) with %1 (%2),</source>
        <translation>
            <numerusform>Generating %n row with %1 (%2),</numerusform>
            <numerusform>Generating %n rows with %1 (%2),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at a time.</source>
        <translation>
            <numerusform>%n request at a time.</numerusform>
            <numerusform>%n requests at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row failed over %1 s with no success (the last: %2). The run is paused; check the server, the network or the settings, then resume.</source>
        <translation>
            <numerusform>%n request in a row failed over %1 s with no success (the last: %2). The run is paused; check the server, the network or the settings, then resume.</numerusform>
            <numerusform>%n requests in a row failed over %1 s with no success (the last: %2). The run is paused; check the server, the network or the settings, then resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate-limited answer(s) over %1 s and not one success (the last: %2). The run is paused; wait until the provider&apos;s limit lifts or raise it, then resume.</source>
        <translation>
            <numerusform>%n rate-limited answer over %1 s and not one success (the last: %2). The run is paused; wait until the provider&apos;s limit lifts or raise it, then resume.</numerusform>
            <numerusform>%n rate-limited answers over %1 s and not one success (the last: %2). The run is paused; wait until the provider&apos;s limit lifts or raise it, then resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A ladder still lacked levels after %n repair(s) and was left out.</source>
        <translation>
            <numerusform>A ladder still lacked levels after %n repair and was left out.</numerusform>
            <numerusform>A ladder still lacked levels after %n repairs and was left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n ladder of %1 levels</numerusform>
            <numerusform>%n ladders of %1 levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::JudgeDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) will be judged by %1 (%2), the model set up under Model.</source>
        <translation>
            <numerusform>%Ln row will be judged by %1 (%2), the model set up under Model.</numerusform>
            <numerusform>%Ln rows will be judged by %1 (%2), the model set up under Model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln judged row(s): exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5).</source>
        <translation>
            <numerusform>Over %Ln judged row: exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5).</numerusform>
            <numerusform>Over %Ln judged rows: exact agreement %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::JudgeRun</name>
    <message numerus="yes">
        <source>Judged %n row(s).</source>
        <translation>
            <numerusform>Judged %n row.</numerusform>
            <numerusform>Judged %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) held no score and were asked for again.</source>
        <translation>
            <numerusform>%n answer held no score and were asked for again.</numerusform>
            <numerusform>%n answers held no score and were asked for again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message numerus="yes">
        <source>Estimate: %Ln request(s), about %1 input and %2 output tokens, %3.</source>
        <translation>
            <numerusform>Estimate: %Ln request, about %1 input and %2 output tokens, %3.</numerusform>
            <numerusform>Estimate: %Ln requests, about %1 input and %2 output tokens, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s).</source>
        <translation>
            <numerusform>Exported %Ln row.</numerusform>
            <numerusform>Exported %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has %Ln row(s) from the model that are not exported yet.</source>
        <translation>
            <numerusform>The table has %Ln row from the model that are not exported yet.</numerusform>
            <numerusform>The table has %Ln rows from the model that are not exported yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the unfinished run? Its %Ln saved row(s) will be deleted.</source>
        <translation>
            <numerusform>Discard the unfinished run? Its %Ln saved row will be deleted.</numerusform>
            <numerusform>Discard the unfinished run? Its %Ln saved rows will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last session left %Ln row(s) that were not saved as a project (%1 reviewed). Restore them?</source>
        <translation>
            <numerusform>Your last session left %Ln row that were not saved as a project (%1 reviewed). Restore them?</numerusform>
            <numerusform>Your last session left %Ln rows that were not saved as a project (%1 reviewed). Restore them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the %Ln row(s) kept from your last session?</source>
        <translation>
            <numerusform>Discard the %Ln row kept from your last session?</numerusform>
            <numerusform>Discard the %Ln rows kept from your last session?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1.</source>
        <translation>
            <numerusform>Recovered %Ln row into %1.</numerusform>
            <numerusform>Recovered %Ln rows into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln preference pair(s).</source>
        <translation>
            <numerusform>Exported %Ln preference pair.</numerusform>
            <numerusform>Exported %Ln preference pairs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ProviderForm</name>
    <message numerus="yes">
        <source>%Ln models listed.</source>
        <translation>
            <numerusform>%Ln model listed.</numerusform>
            <numerusform>%Ln models listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ReportDialog</name>
    <message numerus="yes">
        <source>Counting %Ln row(s)…</source>
        <translation>
            <numerusform>Counting %Ln row…</numerusform>
            <numerusform>Counting %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); nothing gives a level away.</source>
        <translation>
            <numerusform>%Ln row; nothing gives a level away.</numerusform>
            <numerusform>%Ln rows; nothing gives a level away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); %1 warning(s) about what could give a level away.</source>
        <translation>
            <numerusform>%Ln row; %1 warning about what could give a level away.</numerusform>
            <numerusform>%Ln rows; %1 warnings about what could give a level away.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln request in flight</numerusform>
            <numerusform>%Ln requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s), the last: %1</source>
        <translation>
            <numerusform>%Ln error, the last: %1</numerusform>
            <numerusform>%Ln errors, the last: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run &amp;Log (%Ln error(s))…</source>
        <translation>
            <numerusform>Run &amp;Log (%Ln error)…</numerusform>
            <numerusform>Run &amp;Log (%Ln errors)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::Session</name>
    <message numerus="yes">
        <source>Loaded %n row(s) from %1.</source>
        <translation>
            <numerusform>Loaded %n row from %1.</numerusform>
            <numerusform>Loaded %n rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (first: line %1, %2).</source>
        <translation>
            <numerusform>%n line could not be read (first: line %1, %2).</numerusform>
            <numerusform>%n lines could not be read (first: line %1, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) kept.</source>
        <translation>
            <numerusform>Cancelled: %n row kept.</numerusform>
            <numerusform>Cancelled: %n rows kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) generated from templates.</source>
        <translation>
            <numerusform>%n row generated from templates.</numerusform>
            <numerusform>%n rows generated from templates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerating %n row(s).</source>
        <translation>
            <numerusform>Regenerating %n row.</numerusform>
            <numerusform>Regenerating %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template run: %n row(s), seed %1.</source>
        <translation>
            <numerusform>Template run: %n row, seed %1.</numerusform>
            <numerusform>Template run: %n rows, seed %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 run started: %n row(s) with %2 (%3).</source>
        <translation>
            <numerusform>%1 run started: %n row with %2 (%3).</numerusform>
            <numerusform>%1 run started: %n rows with %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) could not be regenerated and are unchanged.</source>
        <translation>
            <numerusform>%n selected row could not be regenerated and are unchanged.</numerusform>
            <numerusform>%n selected rows could not be regenerated and are unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed row(s) were replaced and are pending review again; Undo (Ctrl+Z) brings the old rows back.</source>
        <translation>
            <numerusform>%n reviewed row were replaced and are pending review again; Undo (Ctrl+Z) brings the old rows back.</numerusform>
            <numerusform>%n reviewed rows were replaced and are pending review again; Undo (Ctrl+Z) brings the old rows back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more line(s) could not be read.</source>
        <translation>
            <numerusform>%1: %n more line could not be read.</numerusform>
            <numerusform>%1: %n more lines could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::cli</name>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3</source>
        <translation>
            <numerusform>Wrote %n row (%1) to %2 in %3</numerusform>
            <numerusform>Wrote %n rows (%1) to %2 in %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %n row(s) with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6</source>
        <translation>
            <numerusform>Estimate for %n row with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6</numerusform>
            <numerusform>Estimate for %n rows with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8</source>
        <translation>
            <numerusform>Wrote %n row (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8</numerusform>
            <numerusform>Wrote %n rows (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n fallback row(s) from templates</source>
        <translation>
            <numerusform>; %n fallback row from templates</numerusform>
            <numerusform>; %n fallback rows from templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... and %n more</numerusform>
            <numerusform>  ... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>errors (%n):</source>
        <translation>
            <numerusform>errors (%n):</numerusform>
            <numerusform>errors (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>duplicate prompts (%n):</source>
        <translation>
            <numerusform>duplicate prompts (%n):</numerusform>
            <numerusform>duplicate prompts (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warnings (%n):</source>
        <translation>
            <numerusform>warnings (%n):</numerusform>
            <numerusform>warnings (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) appear at more than one level (fine for preference pairs)</source>
        <translation>
            <numerusform>%n prompt appears at more than one level (fine for preference pairs)</numerusform>
            <numerusform>%n prompts appear at more than one level (fine for preference pairs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) without a level (no system message naming one)</source>
        <translation>
            <numerusform>  %n row without a level (no system message naming one)</numerusform>
            <numerusform>  %n rows without a level (no system message naming one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contrast ladder(s) of %1 levels</source>
        <translation>
            <numerusform>%n contrast ladder of %1 levels</numerusform>
            <numerusform>%n contrast ladders of %1 levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are not in the report (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n line could not be read and are not in the report (candor-cli validate names them).</numerusform>
            <numerusform>%n lines could not be read and are not in the report (candor-cli validate names them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %Ln row(s) to %1</source>
        <translation>
            <numerusform>Wrote the report of %Ln row to %1</numerusform>
            <numerusform>Wrote the report of %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement over %Ln judged row(s): exact %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5), honest (+1 and up) vs not kappa %6.</source>
        <translation>
            <numerusform>Agreement over %Ln judged row: exact %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5), honest (+1 and up) vs not kappa %6.</numerusform>
            <numerusform>Agreement over %Ln judged rows: exact %1, within one level %2, quadratic-weighted kappa %3 (95% interval %4 to %5), honest (+1 and up) vs not kappa %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of IN could not be read and are left out (candor-cli validate names them).</source>
        <translation>
            <numerusform>%n line of IN could not be read and are left out (candor-cli validate names them).</numerusform>
            <numerusform>%n lines of IN could not be read and are left out (candor-cli validate names them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>near-duplicate prompts (%n):</source>
        <translation>
            <numerusform>near-duplicate prompts (%n):</numerusform>
            <numerusform>near-duplicate prompts (%n):</numerusform>
        </translation>
    </message>
</context>
</TS>
