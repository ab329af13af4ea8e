// drill mock: the clock while coding, then the interviewer's questions, then the score card.
import { Box, Text, useStdout } from "ink";
import { readAnswer } from "../../mock/complexity-answer.js";
import { problemScore, remainingMs, totalScore, type Answer, type JudgedProblem, type MockState } from "../../mock/session.js";
import { Spinner } from "../components/Spinner.js";
import { drillCommand } from "../../invocation.js";

const clock = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
};

/** "; your code measured O(n)", or that the answer matches it. */
function spaceMeasured(judged: JudgedProblem | undefined, matches: boolean): string {
  const measured = judged?.probe?.space?.measured;
  if (!measured) return "";
  return matches ? ", matches what your code measured" : `; your code measured ${measured}`;
}

/** The answer as typed and as read: `"O(k)", read as O(n) with k = n/4`. */
function echo(answer: Answer): string {
  return `you said "${answer.text.trim()}", ${answer.readAs ? `read as ${answer.readAs}` : `which drill could not read (${answer.error ?? "no complexity in it"})`}`;
}

const mark = (ok: boolean | undefined) => (ok === undefined ? <Text dimColor>–</Text> : ok ? <Text color="green">✓</Text> : <Text color="red">✗</Text>);

/** A problem's statement while coding, cut to the terminal's height with where to read the rest. */
function Statement({ state, index }: { readonly state: MockState; readonly index: number }): React.JSX.Element {
  const { stdout } = useStdout();
  const problem = state.problems[index];
  const lines = (problem.statement ?? "").replace(/\n+$/, "").split("\n");
  const room = Math.max(10, (stdout.rows || 40) - 12);
  const more = lines.length - room;
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold>
        {state.problems.length > 1 ? `${index + 1}/${state.problems.length} ` : ""}
        {problem.title}
      </Text>
      <Text>{lines.slice(0, room).join("\n")}</Text>
      {more > 0 && <Text color="cyan">… {more} more lines: {drillCommand(`show ${problem.slug}`, { workspace: false })}</Text>}
    </Box>
  );
}

function Coding({ state }: { readonly state: MockState }): React.JSX.Element {
  const left = remainingMs(state);
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold color="cyan">
          drill mock
        </Text>{" "}
        <Text bold color={left <= 5 * 60 * 1000 ? "yellow" : undefined}>
          {clock(left)}
        </Text>{" "}
        left · tests run: {state.testsRun}
      </Text>
      {state.problems.map((p, i) => {
        const latest = state.latest[p.slug];
        return (
          <Text key={p.slug}>
            {"  "}
            {i + 1}. <Text bold>{p.title}</Text> <Text dimColor>[{p.lang}]</Text> — {p.file}
            {state.feedback && latest && (
              <Text color={latest.status === "passed" ? "green" : "red"}>
                {"  "}
                {latest.passed}/{latest.total}
              </Text>
            )}
          </Text>
        );
      })}
      <Text dimColor>
        Open the files in your editor; each save runs the cases{state.feedback ? "." : " (results stay hidden until you submit, as in an interview)."}
      </Text>
      {state.warned && <Text color="yellow">Five minutes left: get something working, then submit.</Text>}
      {state.statementShown !== undefined && <Statement state={state} index={state.statementShown} />}
      {state.phase === "confirm-quit" ? (
        <Text color="yellow">Leave the mock? s submit it as it stands · a abandon it (your files stay) · any other key to keep going</Text>
      ) : (
        <Text dimColor>
          <Text bold color="cyan">
            s
          </Text>{" "}
          submit ·{" "}
          <Text bold color="cyan">
            v
          </Text>{" "}
          {state.problems.length > 1 ? "statements, one by one" : state.statementShown === undefined ? "statement" : "hide the statement"} ·{" "}
          <Text bold color="cyan">
            q
          </Text>{" "}
          leave
        </Text>
      )}
    </Box>
  );
}

function Question({ state }: { readonly state: MockState }): React.JSX.Element {
  const q = state.question!;
  const problem = state.problems[q.problem];
  const judged = state.judged[problem.slug];
  const prompts = {
    time: "What is the time complexity of your solution? (for example O(n log n))",
    space: "And its extra space complexity, beyond the input and the output?",
    theory: problem.card?.question ?? "",
  };
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>
          Problem {q.problem + 1}/{state.problems.length}: {problem.title}
        </Text>{" "}
        <Text dimColor>
          {judged ? `${judged.passed}/${judged.total} cases${judged.probe?.measured ? `, measured ${judged.probe.measured}` : ""}` : ""}
        </Text>
      </Text>
      <Text color="cyan">Interviewer: {prompts[q.kind]}</Text>
      {q.kind === "theory" ? (
        q.revealed ? (
          <Box flexDirection="column">
            <Text>{problem.card?.answer}</Text>
            <Text bold>Did you know it? y / n</Text>
          </Box>
        ) : (
          <Text>
            &gt; {q.input}
            <Text inverse> </Text> <Text dimColor>(answer out loud or type, then enter to see the model answer)</Text>
          </Text>
        )
      ) : (
        <Box flexDirection="column">
          <Text>
            &gt; {q.input}
            <Text inverse> </Text> <Text dimColor>(enter to answer)</Text>
          </Text>
          {q.input.trim() ? <LiveReading text={q.input} sizes={problem.sizes} /> : null}
        </Box>
      )}
    </Box>
  );
}

/** How the answer being typed reads, before it is graded. */
function LiveReading({ text, sizes }: { readonly text: string; readonly sizes?: Readonly<Record<string, string>> }): React.JSX.Element {
  const reading = readAnswer(text, sizes);
  return reading.readAs ? <Text dimColor>  read as {reading.readAs}</Text> : <Text color="yellow">  drill cannot read this yet: {reading.error}</Text>;
}

function ScoreCard({ state }: { readonly state: MockState }): React.JSX.Element {
  const used = (state.endedAt ?? state.now) - state.startedAt;
  return (
    <Box flexDirection="column">
      <Text bold>
        Score card · {state.outcome === "timed-out" ? "time ran out" : state.outcome} after {clock(used)} · score {totalScore(state)}/100
      </Text>
      {state.problems.map((p) => {
        const j = state.judged[p.slug];
        const a = state.answers[p.slug] ?? {};
        return (
          <Box key={p.slug} flexDirection="column" marginTop={1}>
            <Text bold>
              {p.title} <Text dimColor>[{p.lang}] {problemScore(state, p.slug)}/100</Text>
            </Text>
            <Text>
              {"  "}
              {mark(j?.status === "passed")} correct: {j ? `${j.passed}/${j.total} cases` : "not judged"}
              {state.solvedAt[p.slug] !== undefined ? <Text dimColor> (first passed at {clock(state.solvedAt[p.slug])})</Text> : null}
            </Text>
            <Text>
              {"  "}
              {j?.probe?.status === "inconclusive" ? <Text color="yellow">?</Text> : mark(j?.probe ? j.probe.ok : undefined)} fast enough:{" "}
              {!j?.probe ? "not probed (the cases must pass first)" : j.probe.status === "inconclusive" ? `inconclusive (too little evidence on this machine; not held against you), target ${p.target}` : `measured ${j.probe.measured ?? "?"}, target ${p.target}`}
            </Text>
            <Text>
              {"  "}
              {mark(a.time?.right)} time complexity: {a.time ? `${echo(a.time)}; target ${p.target}${a.time.matchesMeasured ? ", matches what your code measured" : ""}` : "not answered"}
            </Text>
            <Text>
              {"  "}
              {mark(a.space?.right)} space complexity: {a.space ? `${echo(a.space)}; accepted: ${p.space}${spaceMeasured(j, a.space.matchesMeasured)}` : "not answered"}
            </Text>
            {p.card ? (
              <Text>
                {"  "}
                {mark(a.theoryKnew)} follow-up: {p.card.question}
                {a.theoryKnew === false ? <Text dimColor> (due in {drillCommand("quiz")} now)</Text> : null}
              </Text>
            ) : (
              <Text dimColor>{"  "}– follow-up: this problem has no theory card, so its score leaves the follow-up out</Text>
            )}
          </Box>
        );
      })}
      {state.notSaved ? (
        <Text color="yellow">Not saved: {state.notSaved}. Press any key to leave.</Text>
      ) : (
        <Text dimColor>Saved to the history ({drillCommand("stats")}). Press any key to leave.</Text>
      )}
    </Box>
  );
}

export function MockScreen({ state }: { readonly state: MockState }): React.JSX.Element {
  if (!state.notice) return <Phase state={state} />;
  return (
    <Box flexDirection="column">
      <Phase state={state} />
      <Text color="red">{state.notice}</Text>
    </Box>
  );
}

function Phase({ state }: { readonly state: MockState }): React.JSX.Element {
  switch (state.phase) {
    case "coding":
    case "confirm-quit":
      return <Coding state={state} />;
    case "judging":
      return (
        <Text>
          <Spinner /> {state.outcome === "timed-out" ? "Time is up. " : ""}Judging: running the cases and timing your solutions…
        </Text>
      );
    case "questions":
      return <Question state={state} />;
    case "scorecard":
    case "done":
      return state.outcome === "abandoned" ? <Text>Mock abandoned; your files stay where they are.</Text> : <ScoreCard state={state} />;
  }
}
