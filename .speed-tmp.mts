const root = process.argv[2];
const { createClassifier } = await import(`${root}/lib/classify/classifier.ts`);
const { compileSpec } = await import(`${root}/lib/classify/compile-spec.ts`);
const demo = (await import(`${root}/lib/pack/demo-pack.json`, { with: { type: 'json' } })).default;
const { packSchema } = await import(`${root}/lib/pack/schema.ts`);
const KATA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポ';
const FILLER = ['今日', 'さっき', '朝から', '久しぶりに', 'で買った', 'の新しい', 'がまた', 'って本当に', 'なんだけど、', 'を使ってみたら',
  'すごく良かった', 'ぜんぜん繋がらない', '届くのが遅い', 'どうやって設定するの？', 'を復活してほしい', '。', '、', '😊', '🙏',
  'ありがとうございます', '店員さんが親切', 'サポートに電話した', '画面が割れた', 'ポイントが貯まる', 'また壊れた…', 'www'];
let seed = 5; const r = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const posts = Array.from({ length: 10000 }, () => { let s = ''; while (s.length < 95) s += r() < 0.1 ? 'ミドリ電機' : FILLER[Math.floor(r() * FILLER.length)]; return s; });
const { classify } = createClassifier(compileSpec([packSchema.parse(demo)]));
let best = Infinity; const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let round = 0; round < 7; round++) { const t0 = cpu(); for (const p of posts) classify({ id: "", text: p }); best = Math.min(best, cpu() - t0); }
console.log(root, (best * 1000 / posts.length).toFixed(2), 'µs/post');
