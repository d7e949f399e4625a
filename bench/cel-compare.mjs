// Compares the CEL library mops uses (@bufbuild/cel) with the alternative considered (@marcbachmann/cel-js):
// compile and evaluation speed on a typical policy, error positions, and a backtracking regex. The alternative
// is not a dependency; install it without saving to run this:
//   npm install --no-save @marcbachmann/cel-js && node bench/cel-compare.mjs
import * as bufbuild from '@bufbuild/cel';

let celJs;
try {
  celJs = await import('@marcbachmann/cel-js');
} catch {
  console.log('@marcbachmann/cel-js is not installed: npm install --no-save @marcbachmann/cel-js');
  process.exit(0);
}

const POLICY = "self.tier == 1 && self.status == 'active' ? self.approvals.exists(a, a.gate == 'legal' && a.status == 'approved') : true";
const docs = Array.from({ length: 1000 }, (_, i) => ({ id: `b${i}`, tier: (i % 3) + 1, status: i % 5 ? 'active' : 'closed', approvals: [{ gate: 'brief', status: 'approved' }, { gate: 'legal', status: i % 2 ? 'approved' : 'pending' }] }));
const time = (run) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const env = bufbuild.celEnv();
const planned = bufbuild.plan(env, bufbuild.parse(POLICY));
const cel = new celJs.Environment({ unlistedVariablesAreDyn: true });
const parsed = cel.parse(POLICY);
console.log('evaluations of a typical policy, 100,000 (µs each):');
console.log(`  @bufbuild/cel        ${(time(() => { for (let k = 0; k < 100; k++) for (const self of docs) planned({ self }); }) / 100).toFixed(1)}`);
console.log(`  @marcbachmann/cel-js ${(time(() => { for (let k = 0; k < 100; k++) for (const self of docs) parsed({ self }); }) / 100).toFixed(1)}`);
console.log('compiles, 200 (ms each):');
console.log(`  @bufbuild/cel        ${(time(() => { for (let k = 0; k < 200; k++) bufbuild.plan(env, bufbuild.parse(POLICY)); }) / 200).toFixed(2)}`);
console.log(`  @marcbachmann/cel-js ${(time(() => { for (let k = 0; k < 200; k++) cel.parse(`${POLICY}${' '.repeat(k % 2)}`); }) / 200).toFixed(2)}`);
console.log('error position for "self.tier = 1":');
try { bufbuild.parse('self.tier = 1'); } catch (error) { console.log(`  @bufbuild/cel        ${error.message.split('\n')[0]}`); }
try { cel.parse('self.tier = 1'); } catch (error) { console.log(`  @marcbachmann/cel-js ${error.message.split('\n').filter(Boolean).join(' | ')}`); }
const n = Number(process.env.REGEX_AS ?? 24);
const hostile = `'${'a'.repeat(n)}!'.matches('(a+)+$')`;
console.log(`a backtracking regex, ${n} a's (ms; REGEX_AS=30 took 362 s in cel-js on this machine):`);
console.log(`  @bufbuild/cel        ${time(() => bufbuild.plan(env, bufbuild.parse(hostile))({})).toFixed(0)}`);
console.log(`  @marcbachmann/cel-js ${time(() => cel.evaluate(hostile)).toFixed(0)}`);
