import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { arcsData } from '../../../../src/viz/arcs/data.ts';
import { arcsHeight, arcsTable, arcsView, describeArcs } from '../../../../src/viz/arcs/model.ts';
import { timeline, sceneIds } from '../../helpers/realTimeline.ts';
const protagonists = [
  { id: 'elias-tran', name: 'Elias Tran', colour: 'elias' },
  { id: 'lyra-neumann', name: 'Lyra Neumann', colour: 'lyra' },
  { id: 'ivy-clarke', name: 'Ivy Clarke', colour: 'ivy' },
  { id: 'cyrus-mendez', name: 'Cyrus Mendez', colour: 'cyrus' },
];
it('dumps', () => {
  const data = arcsData(timeline, protagonists);
  const out: unknown[] = [];
  for (const focus of [undefined, ...protagonists.map((p) => p.id)])
    for (const w of [260, 300, 390, 480, 640, 800])
      for (const [i, s] of sceneIds.entries())
        for (const j of [i, i + 1, i + 2, i + 3]) {
          const to = sceneIds[j]; if (!to) continue;
          for (const t of [0, 0.25, 0.5, 0.9, 1]) out.push(arcsView(data, { step: 0, scene: s, towards: to, t }, { width: w, height: arcsHeight(w) }, focus));
        }
  for (const focus of [undefined, ...protagonists.map((p) => p.id)]) for (const [i, s] of sceneIds.entries()) { out.push(describeArcs(data, s, sceneIds[i - 1], focus)); out.push(describeArcs(data, s, undefined, focus)); }
  out.push(arcsTable(data, sceneIds)); for (const p of protagonists) out.push(arcsTable(data, sceneIds, p.id));
  writeFileSync(process.env.REF_OUT ?? '/tmp/arcsref/before.json', JSON.stringify(out));
});
