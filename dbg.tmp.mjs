import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://localhost:4321/acts/the-split/');
for (let i = 0; i < 22; i++) {
  await page.keyboard.press('Tab');
  const info = await page.evaluate(() => {
    const f = document.activeElement; const b = f.getBoundingClientRect();
    const top = document.elementFromPoint(Math.min(Math.max(b.left + b.width/2,0), innerWidth-1), Math.min(Math.max(b.top + Math.min(b.height/2,10),0), innerHeight-1));
    return `${f.tagName}.${f.className} "${(f.textContent||'').slice(0,30)}" top=${Math.round(b.top)} under=${top?.tagName}.${top?.className}`;
  });
  console.log(i+1, info);
}
const p2 = await browser.newPage({ viewport: { width: 1280, height: 800 } });
p2.on('console', m => console.log('console', m.text()));
await p2.goto('http://localhost:4321/acts/the-new-fabric/');
await p2.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
await p2.waitForTimeout(1000);
await p2.evaluate(() => { const s = [...document.querySelectorAll('section[data-scrolly]')].pop(); const st=[...s.querySelectorAll('.step')]; st[st.length-1].scrollIntoView({block:'center', behavior:'instant'}); });
await p2.waitForTimeout(1500);
console.log(await p2.evaluate(() => { const s = [...document.querySelectorAll('section[data-scrolly]')].pop(); const f = s.querySelector('figure.chart'); const st=[...s.querySelectorAll('.step')]; return [f.dataset.scene, f.dataset.step, st.map(x=>Math.round(x.getBoundingClientRect().top)).join(','), innerHeight, s.querySelector('astro-island')?.hasAttribute('ssr')]; }));
await browser.close();
