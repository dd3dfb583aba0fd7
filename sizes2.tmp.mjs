import * as esbuild from 'esbuild';
const r = await esbuild.build({ entryPoints: ['src/standalone.ts'], bundle: true, minify: true, format: 'esm', write: false, metafile: true, splitting: true, outdir: '/tmp/cwsz', tsconfig: 'tsconfig.json', logLevel: 'silent' });
const outs = r.metafile.outputs;
const entryName = Object.keys(outs).find(n => n.endsWith('standalone.js'));
const initial = new Set([entryName]); const stack=[entryName];
while (stack.length) { const n = stack.pop(); for (const imp of outs[n].imports) if (imp.kind === 'import-statement' && !initial.has(imp.path)) { initial.add(imp.path); stack.push(imp.path); } }
const rows = {};
for (const n of initial) for (const [k, v] of Object.entries(outs[n].inputs)) rows[k.replace('node_modules/','nm/')] = (rows[k.replace('node_modules/','nm/')]||0)+v.bytesInOutput;
const sorted = Object.entries(rows).sort((a,b)=>b[1]-a[1]); let t=0; for (const [,v] of sorted) t+=v;
for (const [k,v] of sorted.slice(0,+process.argv[2]||40)) console.log(String(v).padStart(7), k);
console.log('initial min total', t);
