// Draws the seed's illustrations: calm, flat, geometric scenes composed as SVG and rendered to small
// palette PNGs with sharp. Made for this project, so the sample dataset ships no stock images.
// Run: npm run seed:assets  (writes studio/seed/assets/*.png; assets/README.md lists them)
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const OUT = fileURLToPath(new URL('../studio/seed/assets/', import.meta.url));

// One calm palette for the whole site; each theme leans on two of its colours.
const C = {
  ink: '#1f2a44',
  night: '#2d3a5c',
  green: '#2f8f6b',
  mint: '#bfe3d0',
  teal: '#1f7a8c',
  sand: '#f3e9d7',
  cream: '#fbf7ef',
  sun: '#f2b134',
  orange: '#e07a3f',
  brick: '#b5523b',
  sky: '#cfe4f2',
  blue: '#2f6db5',
  ice: '#e8f1f8',
  grey: '#c9cdd3',
  slate: '#6b7686',
  wood: '#c08a55',
  woodDark: '#8f5f34',
  white: '#ffffff',
  rose: '#e8b4a6',
  violet: '#6c5fa7',
};

const rect = (x, y, w, h, fill, extra = '') => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" ${extra}/>`;
const circle = (cx, cy, r, fill, extra = '') => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" ${extra}/>`;
const poly = (points, fill, extra = '') => `<polygon points="${points}" fill="${fill}" ${extra}/>`;
const path = (d, fill, extra = '') => `<path d="${d}" fill="${fill}" ${extra}/>`;
const line = (x1, y1, x2, y2, stroke, w = 8, extra = '') =>
  `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${w}" stroke-linecap="round" ${extra}/>`;
const text = (x, y, s, size, fill, extra = '') =>
  `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="${fill}" ${extra}>${s}</text>`;

/** A ground line and a soft sky: the frame most scenes share. */
const frame = (w, h, sky, ground, groundY = h * 0.78) => rect(0, 0, w, h, sky) + rect(0, groundY, w, h - groundY, ground);

/** An arc-shaped arrow segment of a cycle, from angle a0 to a1 (degrees) around cx,cy. */
function cycleArrow(cx, cy, r, a0, a1, color, width = 34) {
  const rad = (a) => (a * Math.PI) / 180;
  const p = (a, rr = r) => [cx + rr * Math.cos(rad(a)), cy + rr * Math.sin(rad(a))];
  const [x0, y0] = p(a0);
  const [x1, y1] = p(a1);
  const arc = `<path d="M${x0} ${y0} A${r} ${r} 0 0 1 ${x1} ${y1}" fill="none" stroke="${color}" stroke-width="${width}"/>`;
  const tip = p(a1 + 12);
  const outer = p(a1, r + width);
  const inner = p(a1, r - width);
  return arc + poly(`${outer.join(',')} ${tip.join(',')} ${inner.join(',')}`, color);
}

function building(x, groundY, w, h, fill, windowFill, cols = 3, rows = 3) {
  let s = rect(x, groundY - h, w, h, fill);
  const ww = w / (cols * 2 + 1);
  const wh = h / (rows * 2 + 1);
  for (let c = 0; c < cols; c++)
    for (let r = 0; r < rows; r++) s += rect(x + ww * (1 + 2 * c), groundY - h + wh * (1 + 2 * r), ww, wh, windowFill);
  return s;
}

function plant(x, y, scale = 1) {
  return (
    rect(x - 22 * scale, y - 40 * scale, 44 * scale, 40 * scale, C.brick, 'rx="6"') +
    path(
      `M${x} ${y - 40 * scale} C${x - 60 * scale} ${y - 90 * scale} ${x - 30 * scale} ${y - 140 * scale} ${x} ${y - 150 * scale} C${x + 30 * scale} ${y - 140 * scale} ${x + 60 * scale} ${y - 90 * scale} ${x} ${y - 40 * scale}Z`,
      C.green,
    )
  );
}

function laptop(x, y, w, screenFill, content = '') {
  const h = w * 0.62;
  return (
    rect(x, y, w, h, C.ink, 'rx="14"') +
    rect(x + 16, y + 16, w - 32, h - 32, screenFill, 'rx="6"') +
    content +
    poly(`${x - 40},${y + h + 30} ${x + w + 40},${y + h + 30} ${x + w},${y + h} ${x},${y + h}`, C.slate)
  );
}

function sun(cx, cy, r) {
  let rays = '';
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    rays += line(
      cx + Math.cos(a) * (r + 18),
      cy + Math.sin(a) * (r + 18),
      cx + Math.cos(a) * (r + 44),
      cy + Math.sin(a) * (r + 44),
      C.sun,
      10,
    );
  }
  return circle(cx, cy, r, C.sun) + rays;
}

function solarRoof(x, y, w, h) {
  // A tilted roof with a grid of panels.
  let s = poly(`${x},${y + h} ${x + w * 0.15},${y} ${x + w * 0.85},${y} ${x + w},${y + h}`, C.night);
  const cols = 5;
  for (let c = 0; c < cols; c++) {
    const px = x + w * 0.2 + (c * w * 0.6) / cols;
    s += rect(px + 4, y + 10, (w * 0.6) / cols - 8, h - 20, C.blue, 'rx="3"');
  }
  return s;
}

function crane(x, groundY, height, color) {
  return (
    rect(x, groundY - height, 24, height, color) +
    rect(x - 140, groundY - height, 360, 20, color) +
    line(x + 180, groundY - height + 20, x + 180, groundY - height + 160, C.ink, 4) +
    rect(x + 150, groundY - height + 160, 60, 40, C.orange)
  );
}

function container(x, y, w, h, fill) {
  let s = rect(x, y, w, h, fill);
  for (let i = 1; i < 6; i++) s += line(x + (w * i) / 6, y + 8, x + (w * i) / 6, y + h - 8, '#00000022', 4);
  return s;
}

function shield(cx, cy, s, fill, lockFill) {
  const d = `M${cx} ${cy - 150 * s} L${cx + 120 * s} ${cy - 100 * s} C${cx + 120 * s} ${cy + 20 * s} ${cx + 70 * s} ${cy + 110 * s} ${cx} ${cy + 150 * s} C${cx - 70 * s} ${cy + 110 * s} ${cx - 120 * s} ${cy + 20 * s} ${cx - 120 * s} ${cy - 100 * s}Z`;
  return (
    path(d, fill) +
    `<path d="M${cx - 34 * s} ${cy - 10 * s} V${cy - 44 * s} A${34 * s} ${34 * s} 0 0 1 ${cx + 34 * s} ${cy - 44 * s} V${cy - 10 * s}" fill="none" stroke="${lockFill}" stroke-width="${14 * s}"/>` +
    rect(cx - 52 * s, cy - 12 * s, 104 * s, 84 * s, lockFill, `rx="${10 * s}"`) +
    circle(cx, cy + 26 * s, 10 * s, fill)
  );
}

function person(x, groundY, body, head = C.rose, scale = 1) {
  return (
    circle(x, groundY - 150 * scale, 26 * scale, head) +
    path(
      `M${x - 40 * scale} ${groundY} V${groundY - 80 * scale} A${40 * scale} ${40 * scale} 0 0 1 ${x + 40 * scale} ${groundY - 80 * scale} V${groundY}Z`,
      body,
    )
  );
}

function planks(x, y, n, w) {
  let s = '';
  for (let i = 0; i < n; i++) s += rect(x + (i % 2) * 14, y - i * 26, w, 22, i % 2 ? C.wood : C.woodDark, 'rx="4"');
  return s;
}

function snowflake(cx, cy, r) {
  let s = '';
  for (let i = 0; i < 3; i++) {
    const a = (i * Math.PI) / 3;
    s += line(cx - Math.cos(a) * r, cy - Math.sin(a) * r, cx + Math.cos(a) * r, cy + Math.sin(a) * r, C.white, 5);
  }
  return s;
}

function house(x, groundY, w, h, wall, roof, windowFill) {
  return (
    rect(x, groundY - h, w, h, wall) +
    poly(`${x - 20},${groundY - h} ${x + w / 2},${groundY - h - w * 0.45} ${x + w + 20},${groundY - h}`, roof) +
    rect(x + w * 0.15, groundY - h * 0.7, w * 0.28, h * 0.3, windowFill) +
    rect(x + w * 0.57, groundY - h * 0.7, w * 0.28, h * 0.3, windowFill) +
    rect(x + w * 0.4, groundY - h * 0.35, w * 0.2, h * 0.35, C.ink)
  );
}

function shopFront(x, groundY, w, h, wall, awning, windowFill) {
  let stripes = '';
  for (let i = 0; i < 8; i++) stripes += rect(x - 10 + (i * (w + 20)) / 8, groundY - h * 0.62, (w + 20) / 16, 60, C.white);
  return (
    rect(x, groundY - h, w, h, wall) +
    rect(x - 10, groundY - h * 0.62, w + 20, 60, awning) +
    stripes +
    rect(x + 30, groundY - h * 0.5, w * 0.5, h * 0.5 - 20, windowFill) +
    rect(x + w * 0.62, groundY - h * 0.5, w * 0.28, h * 0.5, C.ink)
  );
}

function bridge(w, groundY, color) {
  // A cable-stayed bridge with one bent pylon: a quiet nod to the Rotterdam skyline.
  let s = rect(0, groundY - 60, w, 16, color);
  const px = w * 0.62;
  s += path(`M${px - 30} ${groundY - 44} L${px + 10} ${groundY - 330} L${px + 40} ${groundY - 330} L${px + 20} ${groundY - 44}Z`, color);
  for (let i = 1; i <= 6; i++) {
    s += line(px + 20, groundY - 320 + i * 12, px - i * 70, groundY - 60, color, 3);
    s += line(px + 25, groundY - 320 + i * 12, px + 30 + i * 60, groundY - 60, color, 3);
  }
  return s;
}

function chart(x, y, w, h, values, fill) {
  const bw = w / (values.length * 1.6);
  return values.map((v, i) => rect(x + i * bw * 1.6, y + h - h * v, bw, h * v, fill, 'rx="4"')).join('');
}

function chatBubble(x, y, w, h, fill, tailLeft = true) {
  const tail = tailLeft
    ? poly(`${x + 30},${y + h} ${x + 30},${y + h + 34} ${x + 70},${y + h}`, fill)
    : poly(`${x + w - 30},${y + h} ${x + w - 30},${y + h + 34} ${x + w - 70},${y + h}`, fill);
  return rect(x, y, w, h, fill, 'rx="24"') + tail;
}

const W = 1200;
const GUIDE_H = 675;
const STORY_H = 800;

/** Every illustration: file, size, Dutch description (usable as alt text) and the SVG body. */
const ILLUSTRATIONS = [
  // Guides: circulair
  {
    file: 'guide-circulair-1.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een werkplaats met stapels hergebruikt hout en bakken met gesorteerde reststukken',
    body: () => {
      const g = 580;
      let s =
        frame(W, GUIDE_H, C.sand, C.wood, g) +
        planks(90, g - 26, 10, 360) +
        rect(520, 390, 300, 26, C.woodDark) +
        rect(540, 416, 24, 164, C.woodDark) +
        rect(776, 416, 24, 164, C.woodDark) +
        rect(580, 350, 110, 40, C.slate, 'rx="6"');
      [C.green, C.teal, C.orange].forEach((color, i) => {
        const x = 870 + i * 110;
        s += rect(x, g - 120, 96, 120, color, 'rx="8"');
        for (let k = 0; k < 3; k++)
          s += rect(
            x + 12 + k * 24,
            g - 150 + (k % 2) * 12,
            18,
            40 + k * 6,
            i === 0 ? C.wood : i === 1 ? C.woodDark : C.sand,
            `transform="rotate(${k * 8 - 8} ${x + 20 + k * 24} ${g - 130})"`,
          );
      });
      return s;
    },
  },
  {
    file: 'guide-circulair-2.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een loods aan de haven met gestapelde tweedehands deuren, kozijnen en stalen balken',
    body: () => {
      const g = 590;
      let s =
        frame(W, GUIDE_H, C.sky, C.teal, 610) +
        crane(1030, 610, 420, C.orange) +
        path(`M60 ${g} V220 Q460 90 860 220 V${g}Z`, C.grey) +
        path(`M120 ${g} V260 Q460 150 800 260 V${g}Z`, C.cream);
      for (let i = 0; i < 4; i++)
        s +=
          rect(
            150 + i * 62,
            g - 250 + (i % 2) * 8,
            52,
            250 - (i % 2) * 8,
            [C.wood, C.teal, C.brick, C.woodDark][i],
            `rx="4" transform="rotate(${i * 3 - 4} ${176 + i * 62} ${g})"`,
          ) + circle(190 + i * 62, g - 130, 6, C.ink);
      for (let i = 0; i < 3; i++)
        s +=
          rect(430 + i * 20, g - 230 + i * 10, 150, 150, 'none', `stroke="${C.white}" stroke-width="14"`) +
          line(505 + i * 20, g - 225 + i * 10, 505 + i * 20, g - 85 + i * 10, C.white, 8);
      for (let i = 0; i < 4; i++)
        s +=
          rect(420, g - 60 - i * 30, 360, 22, C.slate) +
          rect(420, g - 64 - i * 30, 360, 6, C.ink) +
          rect(420, g - 42 - i * 30, 360, 6, C.ink);
      return s;
    },
  },
  {
    file: 'guide-circulair-3.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een kringlooppijl rond een kartonnen doos, een winkeltas en een koffiebeker',
    body: () =>
      rect(0, 0, W, GUIDE_H, C.mint) +
      cycleArrow(600, 338, 250, -80, 20, C.green) +
      cycleArrow(600, 338, 250, 40, 140, C.teal) +
      cycleArrow(600, 338, 250, 160, 260, C.green) +
      rect(430, 300, 140, 110, C.wood, 'rx="6"') +
      rect(430, 300, 140, 24, C.woodDark) +
      line(500, 300, 500, 340, C.sand, 8) +
      path('M600 410 V290 H720 V410Z', C.orange) +
      path('M625 290 C625 240 695 240 695 290', 'none', `stroke="${C.ink}" stroke-width="8"`) +
      path('M740 330 L800 330 L790 410 L750 410Z', C.white) +
      rect(736, 316, 68, 16, C.ink, 'rx="6"') +
      rect(744, 350, 52, 20, C.sand),
  },
  {
    file: 'guide-circulair-4.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een ontwerptafel met een lamp die in losse onderdelen uit elkaar is gelegd',
    body: () => {
      let s =
        rect(0, 0, W, GUIDE_H, C.ice) +
        rect(120, 470, 960, 30, C.wood) +
        rect(160, 500, 26, 175, C.woodDark) +
        rect(1014, 500, 26, 175, C.woodDark);
      s +=
        poly('200,460 330,460 300,380 230,380', C.sun) +
        circle(420, 430, 30, C.white, `stroke="${C.slate}" stroke-width="6"`) +
        rect(408, 455, 24, 14, C.slate);
      s += `${line(520, 455, 680, 400, C.ink, 12) + line(720, 455, 840, 420, C.ink, 12)}<ellipse cx="950" cy="452" rx="80" ry="16" fill="${C.teal}"/>`;
      for (let i = 0; i < 5; i++) s += circle(560 + i * 40, 452, 7, C.slate);
      s +=
        path('M300 200 h600', 'none', `stroke="${C.slate}" stroke-width="4" stroke-dasharray="14 12"`) +
        rect(240, 120, 720, 60, C.white, `rx="8" stroke="${C.grey}" stroke-width="4"`) +
        line(280, 150, 560, 150, C.grey, 8);
      return s;
    },
  },
  // Guides: duurzaam
  {
    file: 'guide-duurzaam-1.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een bedrijfspand met zonnepanelen op het dak en een warmtepomp tegen de gevel',
    body: () =>
      frame(W, GUIDE_H, C.sky, C.mint, 590) +
      sun(1030, 140, 64) +
      rect(250, 330, 600, 260, C.sand) +
      solarRoof(220, 230, 660, 100) +
      rect(300, 400, 140, 110, C.blue) +
      rect(480, 400, 140, 110, C.blue) +
      rect(680, 420, 110, 170, C.ink) +
      rect(870, 470, 170, 120, C.white, `rx="10" stroke="${C.slate}" stroke-width="6"`) +
      circle(930, 530, 40, C.grey) +
      line(905, 530, 955, 530, C.slate, 6) +
      line(930, 505, 930, 555, C.slate, 6) +
      rect(985, 495, 36, 70, C.grey, 'rx="4"') +
      line(850, 500, 870, 500, C.slate, 10),
  },
  {
    file: 'guide-duurzaam-2.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een winkelstraat met een winkelpui van dubbel glas en een warm verlichte winkel',
    body: () => {
      const g = 600;
      let s =
        frame(W, GUIDE_H, C.night, C.slate, g) +
        building(0, g, 280, 500, C.brick, C.ink, 2, 4) +
        building(920, g, 280, 480, C.teal, C.ink, 2, 4);
      s += rect(300, 60, 600, g - 60, C.sand) + rect(330, 110, 540, 40, C.ink) + rect(340, 118, 200, 24, C.sun);
      s +=
        rect(340, 190, 380, g - 190, C.sun) +
        rect(340, 190, 380, g - 190, 'none', `stroke="${C.ink}" stroke-width="18"`) +
        rect(356, 206, 348, g - 206, 'none', `stroke="${C.white}" stroke-width="6"`);
      s += line(530, 190, 530, g, C.ink, 12) + rect(740, 260, 130, g - 260, C.ink) + circle(850, 440, 8, C.sun);
      for (let i = 0; i < 3; i++) s += rect(380 + i * 110, 440, 70, 120 - i * 20, [C.orange, C.rose, C.white][i], 'rx="6"');
      return s + poly(`340,${g} 720,${g} 800,${GUIDE_H} 260,${GUIDE_H}`, '#f2b13455');
    },
  },
  {
    file: 'guide-duurzaam-3.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een elektrische bestelbus aan een laadpaal voor een magazijn in de stad',
    body: () => {
      const g = 560;
      let s =
        frame(W, GUIDE_H, C.sky, C.slate, g) +
        building(0, g, 200, 380, C.grey, C.white, 2, 5) +
        rect(160, 150, 1040, g - 150, C.sand) +
        rect(160, 130, 1040, 30, C.brick);
      for (let i = 0; i < 3; i++)
        s +=
          rect(260 + i * 300, 220, 220, g - 220, C.grey) +
          [0, 1, 2, 3, 4].map((k) => line(260 + i * 300, 250 + k * 60, 480 + i * 300, 250 + k * 60, C.slate, 4)).join('');
      return (
        s +
        path(`M220 ${g - 40} V${g - 260} H640 L760 ${g - 160} H820 V${g - 40}Z`, C.white) +
        path(`M650 ${g - 250} L740 ${g - 165} H650Z`, C.sky) +
        rect(230, g - 200, 380, 40, C.green) +
        circle(330, g - 40, 50, C.ink) +
        circle(710, g - 40, 50, C.ink) +
        circle(330, g - 40, 20, C.grey) +
        circle(710, g - 40, 20, C.grey) +
        rect(940, g - 260, 90, 260, C.green, 'rx="12"') +
        rect(960, g - 230, 50, 60, C.mint, 'rx="6"') +
        path(`M985 ${g - 150} C985 ${g - 60} 880 ${g - 140} 820 ${g - 120}`, 'none', `stroke="${C.ink}" stroke-width="10"`) +
        path(`M975 ${g - 215} L995 ${g - 200} L980 ${g - 200} L995 ${g - 182}`, 'none', `stroke="${C.ink}" stroke-width="5"`)
      );
    },
  },
  {
    file: 'guide-duurzaam-4.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een plat dak vol planten met een regenton, onder een regenbui boven de stad',
    body: () => {
      let s =
        rect(0, 0, W, GUIDE_H, C.grey) +
        building(0, 420, 180, 260, C.slate, C.sky, 2, 4) +
        building(1000, 420, 200, 300, C.slate, C.sky, 2, 4) +
        building(820, 420, 160, 200, C.teal, C.sky, 2, 3);
      s += `<ellipse cx="380" cy="90" rx="200" ry="60" fill="${C.white}"/><ellipse cx="560" cy="80" rx="160" ry="70" fill="${C.white}"/><ellipse cx="740" cy="100" rx="170" ry="55" fill="${C.white}"/>`;
      for (let i = 0; i < 22; i++) s += line(230 + i * 30, 170 + (i % 3) * 30, 215 + i * 30, 215 + (i % 3) * 30, C.blue, 5);
      s += rect(120, 430, 960, GUIDE_H - 430, C.sand) + rect(100, 410, 1000, 30, C.slate) + rect(120, 380, 820, 30, C.green);
      for (let i = 0; i < 14; i++) s += circle(150 + i * 58, 378 - (i % 3) * 10, 26 + (i % 2) * 8, i % 3 ? C.green : C.mint);
      for (let i = 0; i < 6; i++)
        s +=
          rect(160 + i * 130, 320 - (i % 2) * 20, 10, 60, C.green) +
          circle(165 + i * 130, 315 - (i % 2) * 20, 14, [C.sun, C.rose, C.violet][i % 3]);
      s +=
        rect(970, 300, 90, 110, C.teal, 'rx="10"') +
        rect(960, 292, 110, 16, C.ink, 'rx="6"') +
        line(1015, 250, 1015, 292, C.slate, 10) +
        line(1015, 250, 1100, 250, C.slate, 10);
      return s;
    },
  },
  // Guides: digitaal
  {
    file: 'guide-digitaal-1.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een laptop met een webwinkel op het scherm en een winkelmandje ernaast',
    body: () => {
      let screen = '';
      for (let i = 0; i < 3; i++)
        screen +=
          rect(300 + i * 180, 230, 150, 120, [C.sun, C.mint, C.rose][i], 'rx="6"') + rect(300 + i * 180, 365, 150, 18, C.grey, 'rx="4"');
      return (
        rect(0, 0, W, GUIDE_H, C.ice) +
        laptop(260, 150, 580, C.white, screen) +
        rect(280, 170, 540, 36, C.blue) +
        path('M920 340 H1120 L1090 480 H950Z', C.orange) +
        path('M940 340 L980 260 M1100 340 L1060 260', 'none', `stroke="${C.ink}" stroke-width="10"`) +
        circle(970, 520, 18, C.ink) +
        circle(1070, 520, 18, C.ink)
      );
    },
  },
  {
    file: 'guide-digitaal-2.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een blauw schild met een hangslot ervoor, tegen een achtergrond van stippen',
    body: () => {
      let dots = '';
      for (let x = 60; x < W; x += 80) for (let y = 60; y < GUIDE_H; y += 80) dots += circle(x, y, 5, C.sky);
      return rect(0, 0, W, GUIDE_H, C.ice) + dots + shield(600, 338, 1.7, C.blue, C.white);
    },
  },
  {
    file: 'guide-digitaal-3.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een smartphone met chatberichten tussen een klant en een winkel',
    body: () =>
      rect(0, 0, W, GUIDE_H, C.mint) +
      rect(440, 60, 320, 560, C.ink, 'rx="40"') +
      rect(462, 110, 276, 460, C.white, 'rx="10"') +
      chatBubble(480, 140, 200, 70, C.sky) +
      chatBubble(520, 250, 200, 70, C.green, false) +
      chatBubble(480, 360, 170, 70, C.sky) +
      chatBubble(540, 470, 180, 60, C.green, false) +
      chatBubble(120, 180, 220, 90, C.white) +
      chatBubble(860, 330, 220, 90, C.white, false),
  },
  {
    file: 'guide-digitaal-4.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een beeldscherm met een dashboard van staafdiagrammen en een stijgende lijn',
    body: () =>
      rect(0, 0, W, GUIDE_H, C.sand) +
      rect(220, 80, 760, 440, C.ink, 'rx="20"') +
      rect(245, 105, 710, 390, C.white, 'rx="8"') +
      chart(290, 170, 380, 290, [0.3, 0.45, 0.4, 0.6, 0.75, 0.9], C.teal) +
      `<polyline points="700,430 760,380 820,400 900,250" fill="none" stroke="${C.orange}" stroke-width="12" stroke-linejoin="round"/>` +
      rect(560, 520, 80, 70, C.slate) +
      rect(460, 590, 280, 24, C.slate, 'rx="8"'),
  },
  // Stories
  {
    file: 'story-01.png',
    w: W,
    h: STORY_H,
    alt: 'Een werkplaats met een werkbank, een zaagbok en stapels hergebruikt hout',
    body: () =>
      frame(W, STORY_H, C.sand, C.wood, 640) +
      rect(80, 120, 360, 220, C.sky) +
      line(260, 120, 260, 340, C.sand, 10) +
      planks(120, 610, 10, 380) +
      rect(620, 470, 460, 30, C.woodDark) +
      rect(650, 500, 28, 140, C.woodDark) +
      rect(1020, 500, 28, 140, C.woodDark) +
      person(860, 470, C.green) +
      rect(700, 430, 100, 40, C.slate),
  },
  {
    file: 'story-02.png',
    w: W,
    h: STORY_H,
    alt: 'De gevel van een winkel met een gestreepte luifel in een winkelstraat',
    body: () =>
      frame(W, STORY_H, C.sky, C.grey, 660) +
      building(0, 660, 260, 500, C.brick, C.sand, 2, 4) +
      shopFront(300, 660, 600, 560, C.cream, C.teal, C.sky) +
      building(940, 660, 260, 460, C.sand, C.sky, 2, 4) +
      plant(350, 660) +
      person(560, 660, C.orange, C.rose, 0.9),
  },
  {
    file: 'story-03.png',
    w: W,
    h: STORY_H,
    alt: 'Havenkranen en een containerschip op het water',
    body: () => {
      const g = 600;
      return (
        frame(W, STORY_H, C.sky, C.teal, g) +
        crane(180, g, 420, C.orange) +
        crane(620, g, 480, C.orange) +
        path(`M120 ${g + 40} H1080 L1020 ${g + 140} H180Z`, C.ink) +
        container(200, g - 40, 180, 80, C.brick) +
        container(390, g - 40, 180, 80, C.blue) +
        container(580, g - 40, 180, 80, C.green) +
        container(770, g - 40, 180, 80, C.sun) +
        container(300, g - 120, 180, 80, C.teal) +
        container(490, g - 120, 180, 80, C.brick) +
        rect(960, g - 150, 90, 190, C.white)
      );
    },
  },
  {
    file: 'story-04.png',
    w: W,
    h: STORY_H,
    alt: 'Een restaurantkeuken met pannen op het fornuis en kratten groente',
    body: () =>
      rect(0, 0, W, STORY_H, C.cream) +
      rect(0, 560, W, 240, C.slate) +
      rect(100, 420, 600, 140, C.grey) +
      rect(150, 360, 200, 60, C.ink, 'rx="8"') +
      rect(400, 340, 240, 80, C.ink, 'rx="8"') +
      path('M200 330 c-20 -40 20 -60 0 -100', 'none', `stroke="${C.grey}" stroke-width="8"`) +
      rect(800, 440, 280, 120, C.wood) +
      circle(850, 430, 34, C.orange) +
      circle(920, 425, 34, C.green) +
      circle(990, 430, 34, C.brick) +
      circle(1050, 428, 30, C.green) +
      rect(120, 100, 500, 30, C.woodDark) +
      circle(200, 170, 36, C.slate) +
      circle(320, 170, 36, C.slate) +
      circle(440, 170, 36, C.slate),
  },
  {
    file: 'story-05.png',
    w: W,
    h: STORY_H,
    alt: 'Een dak vol zonnepanelen met op de achtergrond de skyline en een brug over de rivier',
    body: () =>
      frame(W, STORY_H, C.sky, C.teal, 520) +
      bridge(W, 540, C.white) +
      building(60, 520, 140, 300, C.grey, C.sky, 2, 5) +
      building(230, 520, 110, 220, C.slate, C.sky, 2, 4) +
      rect(0, 560, W, 240, C.night) +
      solarRoof(80, 600, 1040, 160),
  },
  {
    file: 'story-06.png',
    w: W,
    h: STORY_H,
    alt: 'Een bureau in een ontwerpstudio met een laptop, schetsen en een plant',
    body: () =>
      rect(0, 0, W, STORY_H, C.ice) +
      rect(0, 560, W, 30, C.wood) +
      rect(120, 590, 24, 210, C.woodDark) +
      rect(1056, 590, 24, 210, C.woodDark) +
      laptop(380, 220, 440, C.violet, rect(420, 260, 180, 120, C.sun, 'rx="6"') + circle(700, 330, 60, C.mint)) +
      rect(900, 470, 160, 90, C.white, 'transform="rotate(-8 980 515)"') +
      line(920, 500, 1030, 485, C.slate, 4) +
      plant(200, 560, 1.1),
  },
  {
    file: 'story-07.png',
    w: W,
    h: STORY_H,
    alt: 'Een bouwplaats met steigers rond een gebouw en een bouwvakker met een helm',
    body: () => {
      const g = 660;
      let s = frame(W, STORY_H, C.sky, C.sand, g) + building(300, g, 520, 480, C.brick, C.sky, 4, 4);
      for (let x = 270; x <= 850; x += 116) s += line(x, g, x, g - 520, C.slate, 8);
      for (let y = g - 100; y > g - 520; y -= 120) s += line(260, y, 860, y, C.slate, 8);
      return s + person(1000, g, C.orange) + path(`M970 ${g - 170} A30 30 0 0 1 1030 ${g - 170}Z`, C.sun);
    },
  },
  {
    file: 'story-08.png',
    w: W,
    h: STORY_H,
    alt: 'Een elektrische bakfiets met pakketten in een straat met bomen',
    body: () => {
      const g = 640;
      return (
        frame(W, STORY_H, C.sky, C.grey, g) +
        plant(140, g, 1.6) +
        plant(1060, g, 1.6) +
        circle(380, g - 70, 70, C.ink) +
        circle(380, g - 70, 50, C.grey) +
        circle(820, g - 70, 70, C.ink) +
        circle(820, g - 70, 50, C.grey) +
        rect(300, g - 290, 260, 160, C.teal, 'rx="10"') +
        rect(330, g - 350, 90, 60, C.wood) +
        rect(430, g - 340, 100, 50, C.wood) +
        line(560, g - 150, 820, g - 70, C.ink, 14) +
        line(700, g - 110, 740, g - 260, C.ink, 12) +
        rect(690, g - 275, 90, 18, C.ink, 'rx="8"') +
        line(820, g - 70, 860, g - 300, C.ink, 12)
      );
    },
  },
  {
    file: 'story-09.png',
    w: W,
    h: STORY_H,
    alt: 'Een kapsalon met een stoel voor een ronde spiegel en planken met producten',
    body: () =>
      rect(0, 0, W, STORY_H, C.rose) +
      rect(0, 620, W, 180, C.cream) +
      circle(600, 280, 160, C.ice, `stroke="${C.wood}" stroke-width="16"`) +
      rect(480, 450, 240, 60, C.ink, 'rx="20"') +
      rect(500, 380, 200, 80, C.ink, 'rx="20"') +
      rect(590, 510, 20, 100, C.slate) +
      rect(520, 600, 160, 20, C.slate, 'rx="8"') +
      rect(880, 200, 240, 16, C.wood) +
      rect(880, 340, 240, 16, C.wood) +
      rect(900, 140, 40, 60, C.teal, 'rx="6"') +
      rect(960, 150, 40, 50, C.sun, 'rx="6"') +
      rect(1020, 130, 40, 70, C.white, 'rx="6"') +
      rect(920, 280, 50, 60, C.green, 'rx="6"') +
      rect(1000, 290, 50, 50, C.violet, 'rx="6"'),
  },
  {
    file: 'story-10.png',
    w: W,
    h: STORY_H,
    alt: 'Een bakkerij met broden op houten planken achter de toonbank',
    body: () => {
      let s = rect(0, 0, W, STORY_H, C.sand) + rect(0, 560, W, 240, C.woodDark) + rect(100, 480, 1000, 100, C.cream);
      for (let r = 0; r < 3; r++) {
        s += rect(120, 120 + r * 120, 960, 16, C.wood);
        for (let i = 0; i < 6; i++)
          s += `<ellipse cx="${190 + i * 160}" cy="${100 + r * 120}" rx="60" ry="${22 + ((i + r) % 3) * 4}" fill="${(i + r) % 2 ? C.wood : C.orange}"/>`;
      }
      return s;
    },
  },
  {
    file: 'story-11.png',
    w: W,
    h: STORY_H,
    alt: 'Een 3D-printer die een onderdeel print, naast een rek met spoelen filament',
    body: () =>
      rect(0, 0, W, STORY_H, C.ice) +
      rect(0, 620, W, 180, C.slate) +
      rect(260, 140, 460, 480, C.ink, 'rx="16"') +
      rect(300, 180, 380, 380, C.sky) +
      rect(320, 250, 340, 16, C.grey) +
      rect(450, 266, 80, 50, C.orange) +
      poly('470,316 510,316 490,340', C.orange) +
      rect(400, 480, 180, 60, C.orange, 'rx="6"') +
      rect(330, 540, 320, 20, C.grey) +
      rect(820, 200, 260, 16, C.wood) +
      rect(820, 400, 260, 16, C.wood) +
      circle(880, 160, 40, C.green) +
      circle(1000, 160, 40, C.sun) +
      circle(880, 360, 40, C.orange) +
      circle(1000, 360, 40, C.blue) +
      circle(880, 160, 12, C.white) +
      circle(1000, 160, 12, C.white) +
      circle(880, 360, 12, C.white) +
      circle(1000, 360, 12, C.white),
  },
  {
    file: 'story-12.png',
    w: W,
    h: STORY_H,
    alt: 'Een naaiatelier met een naaimachine en rollen gerecyclede stof',
    body: () =>
      rect(0, 0, W, STORY_H, C.mint) +
      rect(0, 540, W, 260, C.wood) +
      path('M300 540 V380 H700 V440 H560 V540Z', C.white) +
      rect(660, 440, 30, 100, C.white) +
      line(675, 540, 675, 560, C.ink, 6) +
      circle(330, 410, 20, C.slate) +
      path('M200 560 L1000 560', 'none', `stroke="${C.teal}" stroke-width="40"`) +
      [C.violet, C.orange, C.teal, C.rose, C.blue]
        .map((c, i) => rect(820 + (i % 3) * 110, 140 + Math.floor(i / 3) * 120, 90, 200, c, 'rx="40"'))
        .join(''),
  },
  // Events
  {
    file: 'event-1.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een grote hal vol mensen rond een podium met drie gekleurde banieren',
    body: () => {
      let s =
        rect(0, 0, W, GUIDE_H, C.night) +
        rect(0, 0, W, 60, C.ink) +
        [C.orange, C.teal, C.sun]
          .map(
            (c, i) =>
              rect(380 + i * 170, 90, 100, 250, c) + poly(`${380 + i * 170},340 ${430 + i * 170},310 ${480 + i * 170},340`, C.night),
          )
          .join('');
      s += rect(300, 380, 600, 60, C.violet) + person(600, 380, C.white, C.rose, 0.9);
      for (let r = 0; r < 3; r++)
        for (let i = 0; i < 11; i++)
          s += circle(90 + i * 104 + (r % 2) * 50, 500 + r * 60, 26, r % 2 ? C.slate : C.grey, `stroke="${C.night}" stroke-width="4"`);
      return s;
    },
  },
  {
    file: 'event-2.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een oude scheepswerfhal met lichtslingers, een podium en groepjes mensen aan statafels',
    body: () => {
      const g = 600;
      let s = rect(0, 0, W, GUIDE_H, C.night) + rect(0, g, W, GUIDE_H - g, C.slate);
      for (let x = 0; x <= W; x += 200)
        s += line(x, 0, x, g, C.ink, 18) + line(x, 120, x + 100, 40, C.ink, 8) + line(x + 200, 120, x + 100, 40, C.ink, 8);
      s += line(0, 120, W, 120, C.ink, 12);
      for (let k = 0; k < 3; k++) {
        const y = 170 + k * 50;
        s += path(`M0 ${y} Q300 ${y + 50} 600 ${y} Q900 ${y + 50} 1200 ${y}`, 'none', `stroke="${C.grey}" stroke-width="2"`);
        for (let x = 30; x < W; x += 60) s += circle(x, y + 22 * Math.sin((x / 600) * Math.PI) ** 2 + 3, 6, C.sun);
      }
      s += rect(820, g - 80, 340, 80, C.brick) + person(990, g - 80, C.sun, C.rose, 0.8);
      for (const [tx, n] of [
        [160, 3],
        [420, 2],
        [640, 3],
      ]) {
        s += rect(tx - 30, g - 110, 60, 12, C.wood, 'rx="4"') + line(tx, g - 100, tx, g, C.wood, 8);
        for (let p = 0; p < n; p++) s += person(tx - 80 + p * 80 + (p === 1 ? 0 : 0), g, [C.teal, C.orange, C.green][p], C.rose, 0.75);
      }
      return s;
    },
  },
  {
    file: 'event-3.png',
    w: W,
    h: GUIDE_H,
    alt: 'Beurskramen met stapels hergebruikte bakstenen, houten balken en kozijnen',
    body: () => {
      const g = 600;
      let s = frame(W, GUIDE_H, C.ice, C.grey, g);
      [C.teal, C.orange, C.green].forEach((c, i) => {
        const x = 60 + i * 380;
        s +=
          rect(x, 120, 340, 60, c) +
          rect(x, 180, 12, g - 180, C.slate) +
          rect(x + 328, 180, 12, g - 180, C.slate) +
          rect(x, g - 120, 340, 120, C.white);
      });
      for (let r = 0; r < 5; r++)
        for (let i = 0; i < 4 - (r % 2); i++) s += rect(90 + i * 70 + (r % 2) * 35, g - 150 - r * 34, 64, 30, C.brick, 'rx="3"');
      s += planks(470, g - 150, 7, 260);
      for (let i = 0; i < 3; i++)
        s +=
          rect(860 + i * 30, g - 330 + i * 20, 170, 200, 'none', `stroke="${[C.white, C.wood, C.sand][i]}" stroke-width="14"`) +
          line(945 + i * 30, g - 325 + i * 20, 945 + i * 30, g - 135 + i * 20, [C.white, C.wood, C.sand][i], 8);
      return s;
    },
  },
  {
    file: 'event-4.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een werktafel met stapels stoffen lappen, een naaimachine en een weegschaal',
    body: () => {
      let s =
        rect(0, 0, W, GUIDE_H, C.mint) +
        rect(60, 470, 1080, 30, C.wood) +
        rect(100, 500, 26, 175, C.woodDark) +
        rect(1074, 500, 26, 175, C.woodDark);
      const cloth = [C.violet, C.orange, C.teal, C.rose, C.blue, C.sun];
      for (let st = 0; st < 2; st++)
        for (let i = 0; i < 5; i++) s += rect(120 + st * 180 + (i % 2) * 10, 440 - i * 30, 150, 28, cloth[(i + st * 2) % 6], 'rx="10"');
      s +=
        path('M520 470 V320 H840 V370 H730 V470Z', C.white) +
        rect(800, 370, 26, 100, C.white) +
        line(813, 470, 813, 488, C.ink, 6) +
        circle(560, 350, 16, C.slate) +
        rect(860, 330, 16, 60, C.slate, 'rx="6"');
      s += `${rect(930, 440, 170, 30, C.slate, 'rx="6"') + rect(1005, 380, 20, 60, C.slate)}<ellipse cx="1015" cy="372" rx="90" ry="14" fill="${C.grey}"/>${rect(960, 330, 110, 36, C.orange, 'rx="10"')}`;
      return s;
    },
  },
  // Campaigns
  {
    file: 'campaign-1.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een bouwkraan tilt een hergebruikte balk boven een rij gebouwen',
    body: () => {
      const g = 620;
      return (
        frame(W, GUIDE_H, C.mint, C.green, g) +
        building(80, g, 200, 300, C.brick, C.sand) +
        building(300, g, 160, 220, C.sand, C.sky, 2, 3) +
        building(480, g, 220, 340, C.teal, C.mint) +
        crane(820, g, 520, C.sun) +
        rect(900, 250, 260, 36, C.wood) +
        line(1000, 120, 1030, 250, C.ink, 4)
      );
    },
  },
  {
    file: 'campaign-2.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een huis in de winter met sneeuwvlokken en warm licht achter de ramen',
    body: () => {
      let s =
        frame(W, GUIDE_H, C.night, C.white, 580) + house(420, 580, 360, 280, C.sand, C.brick, C.sun) + rect(680, 220, 40, 90, C.brick);
      const flakes = [
        [100, 100],
        [240, 220],
        [160, 380],
        [330, 80],
        [900, 120],
        [1050, 260],
        [980, 420],
        [1120, 90],
        [820, 300],
        [60, 500],
      ];
      for (const [x, y] of flakes) s += snowflake(x, y, 22);
      return s;
    },
  },
  {
    file: 'campaign-3.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een grote scheurkalender naast een podium met spotlights',
    body: () =>
      rect(0, 0, W, GUIDE_H, C.violet) +
      rect(140, 140, 380, 420, C.white, 'rx="16"') +
      rect(140, 140, 380, 110, C.orange, 'rx="16"') +
      rect(140, 220, 380, 30, C.orange) +
      circle(230, 140, 18, C.ink) +
      circle(430, 140, 18, C.ink) +
      rect(230, 310, 200, 200, C.ice, 'rx="12"') +
      line(330, 340, 330, 410, C.ink, 12) +
      line(330, 410, 390, 450, C.ink, 12) +
      poly('760,0 840,0 940,460 760,460', '#ffffff22') +
      rect(640, 460, 480, 60, C.sun) +
      person(880, 460, C.teal, C.rose, 1),
  },
  {
    file: 'campaign-4.png',
    w: W,
    h: GUIDE_H,
    alt: 'Een laptop achter een groot schild met een hangslot',
    body: () =>
      rect(0, 0, W, GUIDE_H, C.sky) +
      laptop(200, 160, 560, C.ice, rect(240, 200, 480, 40, C.blue) + rect(240, 260, 300, 20, C.grey) + rect(240, 300, 380, 20, C.grey)) +
      shield(880, 380, 1.3, C.green, C.white),
  },
];

// Partner logos: a geometric mark plus the name, 600x240 on white.
const PARTNERS = [
  ['ondernemershuis-rotterdam', 'Ondernemershuis', 'Rotterdam', C.green, 'house', 'een groen huisje'],
  ['maakhaven-circulair', 'Maakhaven', 'Circulair', C.teal, 'cycle', 'een blauwgroene kringloop-pijl'],
  ['energieloket-mkb-rijnmond', 'Energieloket', 'Mkb Rijnmond', C.sun, 'bolt', 'een gele bliksemschicht'],
  ['digitale-werkplaats-010', 'Digitale', 'Werkplaats 010', C.blue, 'grid', 'een blauw raster van vierkantjes'],
  ['kenniscentrum-nieuwe-economie', 'Kenniscentrum', 'Nieuwe Economie', C.violet, 'rings', 'twee paarse ringen die elkaar overlappen'],
  ['ondernemersvereniging-rotterdam-zuid', 'Ondernemers-', 'vereniging Zuid', C.orange, 'bridge', 'een oranje brugboog'],
  ['winkelstraten-010', 'Stichting', 'Winkelstraten 010', C.brick, 'awning', 'een gestreepte winkelluifel'],
  ['havenkring-mkb', 'Havenkring', 'Mkb', C.night, 'anchor', 'een donkerblauw anker'],
  ['groenkrediet-rotterdam', 'Groenkrediet', 'Rotterdam', C.green, 'leaf', 'een groen blad in een cirkel'],
  ['horeca-collectief-rotterdam', 'Horeca Collectief', 'Rotterdam', C.orange, 'plate', 'een bord met mes en vork'],
  ['bouwkring-rijnmond', 'Bouwkring', 'Rijnmond', C.brick, 'bricks', 'drie gestapelde bakstenen'],
  ['cyberveilig-010', 'CyberVeilig010', '', C.blue, 'shield', 'een blauw schild'],
  ['praktijkacademie-rotterdam', 'Praktijkacademie', 'Rotterdam', C.teal, 'cap', 'een afstudeerhoed'],
];

function mark(kind, color) {
  const cx = 120;
  const cy = 120;
  switch (kind) {
    case 'house':
      return poly('60,120 120,60 180,120', color) + rect(75, 120, 90, 70, color) + rect(108, 150, 24, 40, C.white);
    case 'cycle':
      return cycleArrow(cx, cy, 60, -70, 80, color, 20) + cycleArrow(cx, cy, 60, 110, 260, C.green, 20);
    case 'bolt':
      return circle(cx, cy, 80, color) + poly('130,50 85,130 115,130 100,190 160,105 128,105 145,50', C.white);
    case 'grid':
      return [0, 1, 2]
        .flatMap((r) => [0, 1, 2].map((c) => rect(60 + c * 42, 60 + r * 42, 36, 36, (r + c) % 2 ? C.sky : color, 'rx="4"')))
        .join('');
    case 'rings':
      return (
        circle(95, cy, 55, 'none', `stroke="${color}" stroke-width="18"`) +
        circle(150, cy, 55, 'none', `stroke="${C.mint}" stroke-width="18"`)
      );
    case 'bridge':
      return path('M40 170 Q120 40 200 170', 'none', `stroke="${color}" stroke-width="22"`) + rect(30, 165, 180, 18, C.ink);
    case 'awning':
      return (
        [0, 1, 2, 3, 4].map((i) => rect(45 + i * 30, 70, 30, 60, i % 2 ? C.white : color)).join('') +
        rect(45, 130, 150, 60, C.sand) +
        rect(55, 66, 130, 8, C.ink)
      );
    case 'anchor':
      return (
        circle(cx, 62, 16, 'none', `stroke="${color}" stroke-width="10"`) +
        line(cx, 78, cx, 190, color, 14) +
        line(80, 105, 160, 105, color, 12) +
        path('M55 140 Q120 230 185 140', 'none', `stroke="${color}" stroke-width="14"`)
      );
    case 'leaf':
      return (
        circle(cx, cy, 80, C.mint) +
        path('M70 170 C70 90 120 60 180 60 C180 130 140 170 70 170Z', color) +
        line(80, 160, 150, 95, C.white, 5)
      );
    case 'plate':
      return (
        circle(cx, cy, 62, 'none', `stroke="${color}" stroke-width="14"`) +
        line(30, 60, 30, 185, C.ink, 10) +
        line(210, 60, 210, 185, C.ink, 10)
      );
    case 'bricks':
      return rect(50, 140, 140, 45, color, 'rx="4"') + rect(70, 92, 140, 45, C.orange, 'rx="4"') + rect(40, 44, 140, 45, color, 'rx="4"');
    case 'shield':
      return shield(cx, cy, 0.62, color, C.white);
    case 'cap':
      return (
        poly('120,60 210,100 120,140 30,100', color) +
        path('M70 118 V165 Q120 195 170 165 V118 L120 140Z', color) +
        line(200, 104, 200, 170, C.sun, 6)
      );
    default:
      throw new Error(`Unknown logo mark ${kind}`);
  }
}

for (const [slug, line1, line2, color, kind, description] of PARTNERS) {
  const name = `${line1}${line1.endsWith('-') ? '' : ' '}${line2}`.trim();
  ILLUSTRATIONS.push({
    file: `logo-${slug}.png`,
    w: 600,
    h: 240,
    alt: `Logo van ${name.replace('Ondernemers- vereniging', 'Ondernemersvereniging')}: ${description} met de naam ernaast`,
    body: () =>
      rect(0, 0, 600, 240, C.white) +
      mark(kind, color) +
      text(230, line2 ? 112 : 132, line1, 34, C.ink) +
      (line2 ? text(230, 156, line2, 30, color === C.sun ? C.ink : color) : ''),
  });
}

/** Renders one illustration to a palette PNG (flat shapes keep these small). */
async function render({ w, h, body }) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body()}</svg>`;
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 48, compressionLevel: 9, effort: 10 }).toBuffer();
}

function readme() {
  const rows = ILLUSTRATIONS.map((i) => `| \`${i.file}\` | ${i.w}×${i.h} | ${i.alt} |`).join('\n');
  return `# Seed illustrations

Drawn for this project by \`scripts/seed-assets.mjs\` (flat SVG shapes rendered to palette PNG with
sharp): no stock photos, no downloads. Regenerate with \`npm run seed:assets\`; the build
(\`npm run seed\`) copies them to \`../images/<sha1>-<w>x<h>.png\`, Sanity's export form.

Seed writers: refer to a file by its name here (\`ctx.image('story-03.png', alt)\`) and write alt
text that matches what the picture shows; the description column is a good starting point.

| file | size | what it shows |
|---|---|---|
${rows}
`;
}

await mkdir(OUT, { recursive: true });
for (const ill of ILLUSTRATIONS) {
  const png = await render(ill);
  if (png.length > 60_000) throw new Error(`${ill.file} is ${png.length} bytes; simplify the drawing to stay under 60 kB.`);
  await writeFile(OUT + ill.file, png);
}
await writeFile(`${OUT}README.md`, readme());
console.log(`Drew ${ILLUSTRATIONS.length} illustrations into ${OUT}`);
