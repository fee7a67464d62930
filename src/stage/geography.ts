/**
 * Central Petrograd as data. Everything is written in real latitude and longitude (WGS84, read from
 * modern maps; the 1917 banks were close to today's in the centre) and projected onto a flat sheet of
 * MAP_W x MAP_H map units, north up. One map unit is about 9 metres. No Phaser here: the tests read it.
 */
import type { BridgeId, PlaceId } from '../core/places.ts';

export type LatLon = readonly [lat: number, lon: number];
/** A point on a river's centre line, with the river's width there in metres. */
export type RiverPoint = readonly [lat: number, lon: number, widthM: number];
export interface Pt {
  readonly x: number;
  readonly y: number;
}

export const MAP_W = 1600;
export const MAP_H = 1200;
/** Map units per kilometre. */
export const UNITS_PER_KM = 110;
const KM_PER_DEG_LAT = 111.2;
const KM_PER_DEG_LON = 111.32 * Math.cos((59.945 * Math.PI) / 180);
const NORTH = 59.997;
const WEST = 30.188;

export function project([lat, lon]: LatLon): Pt {
  return { x: (lon - WEST) * KM_PER_DEG_LON * UNITS_PER_KM, y: (NORTH - lat) * KM_PER_DEG_LAT * UNITS_PER_KM };
}

export function metres(m: number): number {
  return (m / 1000) * UNITS_PER_KM;
}

export interface River {
  readonly name: string;
  readonly points: readonly RiverPoint[];
}

/** Centre lines, upstream first; each ends inside the water it joins so the union has no seams. */
// prettier-ignore
export const RIVERS: readonly River[] = [
  { name: 'Neva', points: [
    [59.889, 30.444, 400], [59.8995, 30.4265, 380], [59.908, 30.415, 360], [59.918, 30.403, 350],
    [59.9255, 30.3978, 340], [59.933, 30.3995, 330], [59.941, 30.4045, 340], [59.948, 30.405, 380],
    [59.9538, 30.4012, 420], [59.9556, 30.3905, 420], [59.9532, 30.379, 400], [59.9521, 30.366, 390],
    [59.9516, 30.349, 500], [59.9505, 30.34, 560], [59.9482, 30.328, 600], [59.945, 30.32, 700],
    [59.9446, 30.313, 760],
  ] },
  { name: 'Bolshaya Neva', points: [
    [59.9446, 30.313, 760], [59.941, 30.3082, 290], [59.9398, 30.3, 310], [59.936, 30.29, 350],
    [59.9334, 30.28, 380], [59.9298, 30.27, 420], [59.9255, 30.262, 500], [59.9215, 30.25, 620],
    [59.918, 30.235, 820], [59.915, 30.215, 1100],
  ] },
  { name: 'Malaya Neva', points: [
    [59.9452, 30.3112, 300], [59.9467, 30.304, 245], [59.9479, 30.296, 240], [59.9496, 30.288, 250],
    [59.9513, 30.2826, 260], [59.9535, 30.274, 270], [59.9555, 30.264, 300], [59.9571, 30.252, 350],
    [59.9582, 30.238, 460], [59.959, 30.22, 650],
  ] },
  { name: 'Kronverksky Strait', points: [
    [59.949, 30.3255, 120], [59.9508, 30.3232, 70], [59.9519, 30.318, 65], [59.9519, 30.3125, 65],
    [59.9503, 30.309, 80], [59.9482, 30.3078, 150],
  ] },
  { name: 'Bolshaya Nevka', points: [
    [59.9512, 30.343, 260], [59.9545, 30.3388, 200], [59.9568, 30.3374, 170], [59.961, 30.3366, 170],
    [59.9645, 30.335, 170], [59.9668, 30.3322, 180], [59.9702, 30.329, 190], [59.9742, 30.3245, 200],
    [59.9795, 30.3185, 200], [59.983, 30.309, 220], [59.9852, 30.297, 240], [59.9868, 30.283, 260],
    [59.988, 30.265, 300], [59.9886, 30.245, 360], [59.989, 30.22, 520],
  ] },
  { name: 'Malaya Nevka', points: [
    [59.9772, 30.3215, 150], [59.976, 30.312, 130], [59.9752, 30.3025, 130], [59.9735, 30.293, 140],
    [59.9715, 30.285, 150], [59.969, 30.275, 170], [59.967, 30.262, 190], [59.9656, 30.245, 260],
    [59.965, 30.22, 420],
  ] },
  { name: 'Srednyaya Nevka', points: [
    [59.9862, 30.279, 110], [59.9825, 30.267, 110], [59.979, 30.256, 120], [59.9752, 30.242, 150],
    [59.973, 30.22, 300],
  ] },
  { name: 'Zhdanovka', points: [[59.954, 30.271, 70], [59.959, 30.2782, 60], [59.964, 30.279, 60], [59.9688, 30.274, 70]] },
  { name: 'Karpovka', points: [
    [59.9675, 30.3318, 40], [59.9685, 30.324, 35], [59.9681, 30.316, 35], [59.9684, 30.31, 35],
    [59.969, 30.302, 35], [59.9699, 30.294, 35], [59.9713, 30.2862, 45],
  ] },
  { name: 'Fontanka', points: [
    [59.9485, 30.3392, 70], [59.946, 30.3392, 65], [59.943, 30.3396, 65], [59.94, 30.3408, 65],
    [59.9365, 30.3422, 65], [59.9332, 30.3433, 65], [59.93, 30.3418, 65], [59.9278, 30.3373, 65],
    [59.9255, 30.332, 65], [59.923, 30.3268, 65], [59.9202, 30.3198, 65], [59.9178, 30.3116, 65],
    [59.9152, 30.302, 65], [59.9141, 30.294, 65], [59.9148, 30.285, 65], [59.916, 30.276, 70],
    [59.9185, 30.269, 70], [59.921, 30.2632, 75], [59.924, 30.2592, 90],
  ] },
  { name: 'Moika', points: [
    [59.9425, 30.3396, 35], [59.9421, 30.333, 35], [59.9414, 30.329, 35], [59.9401, 30.3252, 35],
    [59.939, 30.3218, 35], [59.9377, 30.3199, 35], [59.9364, 30.319, 35], [59.9348, 30.3155, 35],
    [59.9335, 30.3115, 35], [59.9322, 30.3088, 35], [59.9309, 30.304, 35], [59.9298, 30.2962, 35],
    [59.9285, 30.29, 35], [59.9276, 30.282, 35], [59.9271, 30.2742, 40], [59.928, 30.2688, 60],
  ] },
  { name: 'Catherine Canal', points: [
    [59.941, 30.3292, 30], [59.9396, 30.3285, 28], [59.9379, 30.3274, 28], [59.9365, 30.3262, 28],
    [59.9356, 30.3246, 28], [59.9338, 30.324, 28], [59.9319, 30.3232, 28], [59.93, 30.3219, 28],
    [59.9282, 30.3194, 28], [59.9266, 30.3168, 28], [59.9256, 30.312, 28], [59.9261, 30.3062, 28],
    [59.925, 30.301, 28], [59.924, 30.296, 28], [59.9221, 30.2921, 28], [59.9194, 30.288, 28],
    [59.9158, 30.2842, 30],
  ] },
  { name: 'Kryukov Canal', points: [[59.93, 30.299, 25], [59.9262, 30.2992, 25], [59.9212, 30.2976, 25], [59.9143, 30.296, 25]] },
  { name: 'Swan Canal', points: [[59.9482, 30.3336, 25], [59.945, 30.3334, 25], [59.9419, 30.333, 25]] },
  { name: 'Obvodny Canal', points: [
    [59.9193, 30.3995, 45], [59.9165, 30.382, 40], [59.914, 30.365, 40], [59.912, 30.35, 40],
    [59.9106, 30.335, 40], [59.9103, 30.32, 40], [59.9108, 30.305, 40], [59.911, 30.295, 40],
    [59.9098, 30.285, 40], [59.9081, 30.275, 45], [59.9066, 30.265, 60], [59.9052, 30.25, 80],
    [59.904, 30.23, 120],
  ] },
  { name: 'Okhta', points: [[59.9408, 30.406, 70], [59.942, 30.42, 60], [59.9441, 30.433, 60], [59.9468, 30.445, 55], [59.95, 30.456, 55]] },
];

/** The open water of the Neva Bay, west of the islands (the 1917 shore, before the later fills). */
// prettier-ignore
export const GULF: readonly LatLon[] = [
  [60.02, 30.15], [60.02, 30.2275], [59.995, 30.23], [59.989, 30.235], [59.9838, 30.2378], [59.9782, 30.2335],
  [59.9722, 30.2305], [59.968, 30.2345], [59.964, 30.238], [59.9592, 30.2372], [59.9558, 30.233], [59.95, 30.2308],
  [59.94, 30.2298], [59.9305, 30.2322], [59.9242, 30.2382], [59.9182, 30.2425], [59.9122, 30.2485], [59.9062, 30.244],
  [59.8992, 30.238], [59.888, 30.234], [59.888, 30.15],
];

/** Land standing in the water: Zayachy Island, with the fortress on it. */
// prettier-ignore
export const ISLANDS: readonly (readonly LatLon[])[] = [
  [
    [59.9497, 30.3098], [59.9508, 30.3112], [59.9513, 30.314], [59.9514, 30.3195], [59.9507, 30.3225],
    [59.9498, 30.3242], [59.9488, 30.3224], [59.9483, 30.319], [59.9482, 30.313], [59.9487, 30.3105],
  ],
];

/** Densely built quarters, hatched; water and parks are painted over them. */
// prettier-ignore
export const BUILT_UP: readonly (readonly LatLon[])[] = [
  [
    [59.95, 30.265], [59.95, 30.403], [59.938, 30.401], [59.929, 30.399], [59.92, 30.393], [59.912, 30.372],
    [59.9085, 30.335], [59.907, 30.29], [59.9125, 30.266], [59.921, 30.26],
  ],
  [[59.947, 30.31], [59.9555, 30.27], [59.9585, 30.238], [59.929, 30.234], [59.929, 30.27], [59.94, 30.295]],
  [[59.9528, 30.275], [59.9722, 30.285], [59.9766, 30.305], [59.9746, 30.324], [59.969, 30.3325], [59.9528, 30.3415]],
  [
    [59.9538, 30.339], [59.9548, 30.37], [59.956, 30.39], [59.964, 30.396], [59.98, 30.37], [59.992, 30.352],
    [59.992, 30.33], [59.981, 30.32], [59.9665, 30.333],
  ],
  [[59.938, 30.409], [59.956, 30.412], [59.956, 30.45], [59.938, 30.45]],
];

export interface Park {
  readonly kind: 'garden' | 'ground';
  readonly ring: readonly LatLon[];
}

// prettier-ignore
export const PARKS: readonly Park[] = [
  { kind: 'garden', ring: [[59.9476, 30.334], [59.9476, 30.3388], [59.9427, 30.3391], [59.9424, 30.334]] }, // Summer Garden
  { kind: 'ground', ring: [[59.9462, 30.3268], [59.9465, 30.3328], [59.9422, 30.3326], [59.9419, 30.3276]] }, // Field of Mars
  { kind: 'garden', ring: [[59.941, 30.33], [59.9411, 30.3358], [59.9391, 30.3358], [59.9392, 30.33]] }, // Mikhailovsky
  { kind: 'garden', ring: [[59.9374, 30.3045], [59.9376, 30.3128], [59.9364, 30.3128], [59.9358, 30.3045]] }, // Alexander
  { kind: 'garden', ring: [[59.949, 30.3672], [59.949, 30.3785], [59.9455, 30.3785], [59.9455, 30.3672]] }, // Tauride
  { kind: 'garden', ring: [ // Alexandrovsky Park, round the Kronverk
    [59.9527, 30.3025], [59.9548, 30.305], [59.956, 30.312], [59.956, 30.32], [59.9548, 30.325], [59.9528, 30.3255],
    [59.9524, 30.31],
  ] },
  { kind: 'garden', ring: [[59.9726, 30.319], [59.9726, 30.3298], [59.9691, 30.33], [59.969, 30.319]] }, // Botanical
  { kind: 'garden', ring: [[59.9482, 30.3975], [59.9482, 30.4015], [59.9445, 30.401], [59.9445, 30.398]] }, // Smolny
  { kind: 'garden', ring: [[59.9236, 30.3112], [59.9236, 30.3162], [59.922, 30.3162], [59.922, 30.3112]] }, // Yusupov
  { kind: 'garden', ring: [ // Kamenny, Krestovsky and Elagin islands
    [59.9888, 30.23], [59.9878, 30.27], [59.9855, 30.299], [59.98, 30.32], [59.9765, 30.317], [59.9755, 30.3025],
    [59.9738, 30.293], [59.9718, 30.285], [59.9693, 30.275], [59.9673, 30.262], [59.9659, 30.245], [59.9652, 30.225],
  ] },
];

export type StreetClass = 'avenue' | 'street' | 'railway';
export interface Street {
  readonly name?: string;
  readonly kind: StreetClass;
  readonly points: readonly LatLon[];
}

// prettier-ignore
export const STREETS: readonly Street[] = [
  { name: 'Nevsky Prospekt', kind: 'avenue', points: [
    [59.9368, 30.31], [59.9359, 30.319], [59.9356, 30.3245], [59.9347, 30.331], [59.9333, 30.3433], [59.9322, 30.3478],
    [59.9311, 30.3605],
  ] },
  { kind: 'street', points: [[59.9311, 30.3605], [59.9272, 30.3745], [59.9232, 30.386]] }, // Old Nevsky
  { kind: 'avenue', points: [[59.937, 30.3093], [59.924, 30.3268], [59.9205, 30.333]] }, // Gorokhovaya
  { kind: 'avenue', points: [[59.9365, 30.3085], [59.9183, 30.3115], [59.9105, 30.305], [59.899, 30.299]] }, // Voznesensky
  { kind: 'avenue', points: [[59.9414, 30.3325], [59.9347, 30.3318], [59.9268, 30.318], [59.92, 30.298], [59.9162, 30.278]] }, // Sadovaya
  { kind: 'avenue', points: [[59.9494, 30.3489], [59.9322, 30.3478], [59.927, 30.3473], [59.9212, 30.333], [59.9178, 30.3262]] }, // Liteiny
  { kind: 'avenue', points: [[59.9268, 30.318], [59.911, 30.3185], [59.898, 30.319]] }, // Zabalkansky
  { kind: 'street', points: [[59.9305, 30.3625], [59.9112, 30.356], [59.9, 30.352]] }, // Ligovka
  { kind: 'avenue', points: [[59.931, 30.3628], [59.938, 30.376], [59.9448, 30.3905]] }, // Suvorovsky
  { kind: 'street', points: [[59.949, 30.347], [59.9488, 30.37], [59.9478, 30.39]] }, // Shpalernaya
  { kind: 'street', points: [[59.944, 30.3475], [59.9443, 30.366], [59.944, 30.388]] }, // Kirochnaya
  { kind: 'street', points: [[59.9378, 30.3175], [59.9338, 30.309], [59.9322, 30.292], [59.9318, 30.28]] }, // Morskaya
  { kind: 'street', points: [[59.9413, 30.3168], [59.944, 30.327], [59.9458, 30.333]] }, // Millionnaya
  { kind: 'street', points: [[59.94, 30.3475], [59.9388, 30.37]] }, // Furshtatskaya
  { kind: 'street', points: [[59.9262, 30.348], [59.9268, 30.362]] }, // Kuznechny
  { kind: 'street', points: [[59.917, 30.352], [59.9175, 30.327], [59.9155, 30.305]] },
  { kind: 'street', points: [[59.933, 30.296], [59.9215, 30.296], [59.916, 30.294]] }, // Kolomna
  { name: 'Kamennoostrovsky Prospekt', kind: 'avenue', points: [
    [59.9508, 30.3275], [59.956, 30.3222], [59.96, 30.317], [59.964, 30.3128], [59.9683, 30.3108], [59.9752, 30.3025],
    [59.9795, 30.2985],
  ] },
  { kind: 'avenue', points: [[59.952, 30.287], [59.957, 30.296], [59.9612, 30.304], [59.9645, 30.3125], [59.9668, 30.321]] }, // Bolshoy P.S.
  { kind: 'street', points: [ // Kronverksky
    [59.9535, 30.327], [59.9562, 30.322], [59.9567, 30.314], [59.9557, 30.306], [59.9534, 30.3005], [59.9517, 30.295],
  ] },
  { kind: 'street', points: [[59.954, 30.302], [59.964, 30.298], [59.9705, 30.295]] },
  { kind: 'street', points: [[59.959, 30.29], [59.9625, 30.32], [59.964, 30.333]] },
  { name: 'Bolshoy Sampsonievsky', kind: 'avenue', points: [
    [59.9571, 30.3395], [59.965, 30.3425], [59.976, 30.3418], [59.9872, 30.338], [59.999, 30.3395],
  ] },
  { kind: 'street', points: [[59.9575, 30.35], [59.97, 30.348], [59.986, 30.3425]] }, // Lesnoi
  { kind: 'street', points: [[59.9545, 30.3455], [59.9565, 30.364], [59.958, 30.385]] }, // Nizhegorodskaya
  { kind: 'street', points: [[59.97, 30.333], [59.972, 30.37], [59.97, 30.392]] },
  { kind: 'street', points: [[59.98, 30.325], [59.982, 30.36]] },
  { kind: 'street', points: [[59.943, 30.412], [59.952, 30.416], [59.955, 30.44]] }, // Okhta
  { kind: 'railway', points: [[59.9565, 30.3563], [59.965, 30.36], [59.98, 30.3655], [59.999, 30.37]] }, // Finland line
  { kind: 'railway', points: [[59.9296, 30.3625], [59.925, 30.369], [59.915, 30.38], [59.899, 30.396]] }, // Nikolaevsky line
  { kind: 'railway', points: [[59.907, 30.2995], [59.901, 30.2965], [59.895, 30.295]] }, // Baltic line
  { kind: 'railway', points: [[59.9066, 30.304], [59.895, 30.3085]] }, // Warsaw line
  { kind: 'railway', points: [[59.9198, 30.329], [59.91, 30.3272], [59.895, 30.3252]] }, // Tsarskoe Selo line
];

/** Vasilievsky Island's grid: three prospekts and the numbered Lines, laid out on the island's own axes. */
export const VASILIEVSKY_GRID = {
  origin: [59.9398, 30.29] as LatLon,
  /** Along the prospekts (west-south-west) and across them (north-north-west), as [dLat, dLon] per kilometre. */
  along: [-0.00482, -0.01568] as LatLon,
  across: [0.00793, -0.00853] as LatLon,
  prospekts: [0.45, 0.9, 1.35],
  lineSpacingKm: 0.2,
  lines: 15,
};

/** Lesser streets, laid as a grid in each quarter's own orientation (degrees clockwise from east) and clipped to it. */
export interface StreetGrid {
  readonly ring: readonly LatLon[];
  readonly angle: number;
  /** Spacing in metres between the streets along and across the grid. */
  readonly spacing: readonly [number, number];
}

// prettier-ignore
export const GRIDS: readonly StreetGrid[] = [
  { angle: 2, spacing: [190, 240], ring: [[59.9488, 30.3425], [59.9488, 30.366], [59.9395, 30.37], [59.9322, 30.364], [59.9325, 30.344]] }, // Liteiny
  { angle: -45, spacing: [210, 260], ring: [[59.9445, 30.368], [59.9452, 30.3925], [59.933, 30.3935], [59.9318, 30.366]] }, // Peski
  { angle: 12, spacing: [230, 260], ring: [[59.9318, 30.278], [59.9328, 30.305], [59.9205, 30.3105], [59.9162, 30.279]] }, // Kolomna
  { angle: 32, spacing: [200, 240], ring: [[59.9328, 30.325], [59.9312, 30.341], [59.924, 30.331], [59.9228, 30.3105], [59.929, 30.311]] },
  { angle: 0, spacing: [220, 240], ring: [[59.931, 30.345], [59.93, 30.36], [59.914, 30.356], [59.918, 30.33], [59.9262, 30.338]] },
  { angle: -8, spacing: [140, 420], ring: [[59.9178, 30.3], [59.9168, 30.318], [59.9112, 30.318], [59.9112, 30.3]] }, // the Rotas
  { angle: -40, spacing: [220, 260], ring: [[59.956, 30.285], [59.9692, 30.29], [59.968, 30.33], [59.9575, 30.33]] }, // Petrograd Side
  { angle: -85, spacing: [300, 340], ring: [[59.9585, 30.34], [59.9605, 30.382], [59.976, 30.366], [59.986, 30.342], [59.97, 30.3385]] },
  { angle: 10, spacing: [250, 300], ring: [[59.9422, 30.411], [59.9532, 30.416], [59.9542, 30.446], [59.9422, 30.446]] }, // Okhta
];

export type PlaceSymbol =
  'palace' | 'station' | 'church' | 'fortress' | 'works' | 'building' | 'square' | 'flat' | 'avenue';
export type Anchor = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';

export interface MapPlace {
  readonly at: LatLon;
  readonly label: string;
  readonly anchor: Anchor;
  readonly symbol: PlaceSymbol;
}

/** Every place on the central sheet, where it really stood. ⚠ Trud press: Kavalergardskaya St by Smolny, not verified. */
export const MAP_PLACES: Readonly<Record<Exclude<PlaceId, OffMapId>, MapPlace>> = {
  smolny: { at: [59.9463, 30.3963], label: 'Smolny', anchor: 'w', symbol: 'palace' },
  winter_palace: { at: [59.9404, 30.3141], label: 'Winter Palace', anchor: 'n', symbol: 'palace' },
  palace_square: { at: [59.9391, 30.3158], label: 'Palace Sq.', anchor: 'e', symbol: 'square' },
  general_staff: { at: [59.938, 30.3193], label: 'General Staff', anchor: 'se', symbol: 'building' },
  admiralty: { at: [59.9378, 30.3086], label: 'Admiralty', anchor: 'w', symbol: 'building' },
  peter_paul: { at: [59.95, 30.3165], label: 'Peter and Paul Fortress', anchor: 's', symbol: 'fortress' },
  mariinsky: { at: [59.9296, 30.3087], label: 'Mariinsky Palace', anchor: 's', symbol: 'palace' },
  telephone_exchange: { at: [59.9346, 30.3128], label: 'Telephone exchange', anchor: 'e', symbol: 'building' },
  telegraph: { at: [59.9322, 30.3005], label: 'Telegraph', anchor: 'w', symbol: 'building' },
  state_bank: { at: [59.9303, 30.3222], label: 'State Bank', anchor: 'e', symbol: 'building' },
  trud_press: { at: [59.944, 30.3858], label: 'Trud press', anchor: 's', symbol: 'works' },
  finland_station: { at: [59.9558, 30.3563], label: 'Finland Station', anchor: 'e', symbol: 'station' },
  nikolaevsky_station: { at: [59.9302, 30.362], label: 'Nikolaevsky Station', anchor: 's', symbol: 'station' },
  baltic_station: { at: [59.9076, 30.2995], label: 'Baltic Station', anchor: 'w', symbol: 'station' },
  kshesinskaya: { at: [59.9535, 30.33], label: 'Kshesinskaya mansion', anchor: 'e', symbol: 'building' },
  sukhanov_flat: { at: [59.9678, 30.3038], label: "Sukhanov's flat", anchor: 'sw', symbol: 'flat' },
  fofanova_flat: { at: [59.987, 30.3378], label: "Fofanova's flat", anchor: 'e', symbol: 'flat' },
  franco_russian_works: { at: [59.924, 30.2652], label: 'Franco-Russian Works', anchor: 's', symbol: 'works' },
  modern_circus: { at: [59.9556, 30.3195], label: 'Modern Circus', anchor: 'nw', symbol: 'building' },
  peoples_house: { at: [59.9545, 30.31], label: "People's House", anchor: 'nw', symbol: 'building' },
  city_duma: { at: [59.9341, 30.3298], label: 'City Duma', anchor: 's', symbol: 'building' },
  engineers_castle: { at: [59.9401, 30.3377], label: "Engineers' Castle", anchor: 'e', symbol: 'palace' },
  nevsky: { at: [59.9338, 30.3395], label: 'Nevsky', anchor: 'n', symbol: 'avenue' },
  field_of_mars: { at: [59.9442, 30.3298], label: 'Field of Mars', anchor: 'w', symbol: 'square' },
  shpalernaya: { at: [59.9492, 30.372], label: 'Shpalernaya', anchor: 's', symbol: 'avenue' },
};

export type OffMapId =
  | 'oranienbaum'
  | 'peterhof'
  | 'kronstadt'
  | 'levashovo'
  | 'tsarskoe_selo'
  | 'gatchina'
  | 'pulkovo'
  | 'pskov'
  | 'staraya_russa';

/** Places beyond the sheet, at their real positions, so the stage can point the way. */
export const OFF_MAP: Readonly<Record<OffMapId, { readonly at: LatLon; readonly label: string }>> = {
  oranienbaum: { at: [59.915, 29.753], label: 'Oranienbaum' },
  peterhof: { at: [59.885, 29.908], label: 'Peterhof' },
  kronstadt: { at: [59.991, 29.776], label: 'Kronstadt' },
  levashovo: { at: [60.103, 30.203], label: 'Levashovo' },
  tsarskoe_selo: { at: [59.716, 30.396], label: 'Tsarskoe Selo' },
  gatchina: { at: [59.568, 30.122], label: 'Gatchina' },
  pulkovo: { at: [59.772, 30.326], label: 'Pulkovo Heights' },
  pskov: { at: [57.819, 28.332], label: 'Pskov' },
  staraya_russa: { at: [57.99, 31.355], label: 'Staraya Russa' },
};

export function isOffMap(id: PlaceId): id is OffMapId {
  return Object.hasOwn(OFF_MAP, id);
}

/** Bridges as they crossed in 1917, bank to bank; `open` is where along the span the drawbridge leaves meet. */
// prettier-ignore
export const BRIDGE_SPANS: Readonly<Record<BridgeId, { readonly from: LatLon; readonly to: LatLon; readonly open: number }>> = {
  nikolaevsky: { from: [59.9341, 30.2905], to: [59.9381, 30.2882], open: 0.8 },
  palace: { from: [59.9395, 30.3095], to: [59.9427, 30.3065], open: 0.5 },
  troitsky: { from: [59.9453, 30.3283], to: [59.9512, 30.327], open: 0.7 },
  liteiny: { from: [59.9491, 30.349], to: [59.9542, 30.3488], open: 0.75 },
  sampsonievsky: { from: [59.9566, 30.3352], to: [59.957, 30.3396], open: 0.5 },
  grenadersky: { from: [59.9663, 30.3302], to: [59.9673, 30.3342], open: 0.5 },
};

/** Where a ship lies, in order up the river from the gulf: a ship moving between two follows the chain. */
export const ANCHORAGES: readonly LatLon[] = [
  [59.9175, 30.225], // the gulf
  [59.9256, 30.2655], // Franco-Russian Works
  [59.933, 30.2842], // below the Nikolaevsky Bridge, off the English Embankment
  [59.9385, 30.296],
  [59.9425, 30.309],
  [59.9462, 30.32], // off the fortress
  [59.949, 30.334],
  [59.9516, 30.356],
  [59.9532, 30.386], // off Smolny
];

/** Anchorages for places named as a ship's station; others take the anchorage nearest to them. */
export const ANCHORAGE_OF: Readonly<Partial<Record<PlaceId, number>>> = {
  kronstadt: 0,
  oranienbaum: 0,
  peterhof: 0,
  franco_russian_works: 1,
  winter_palace: 2,
  palace_square: 2,
  admiralty: 2,
  general_staff: 2,
  mariinsky: 2,
  telegraph: 2,
  telephone_exchange: 2,
  peter_paul: 5,
  smolny: 8,
};

export interface Label {
  readonly text: string;
  readonly sub?: string;
  readonly at: LatLon;
  readonly size: number;
  readonly style: 'district' | 'water' | 'minor';
  readonly angle?: number;
}

/** District names in the spelling of 1917 (with the hard sign), English beneath; water in italics. */
// prettier-ignore
export const LABELS: readonly Label[] = [
  { text: 'ВАСИЛЬЕВСКІЙ ОСТРОВЪ', sub: 'Vasilievsky Island', at: [59.942, 30.256], size: 15, style: 'district', angle: -20 },
  { text: 'ПЕТРОГРАДСКАЯ СТОРОНА', sub: 'Petrograd Side', at: [59.9628, 30.302], size: 14, style: 'district', angle: -12 },
  { text: 'ВЫБОРГСКАЯ СТОРОНА', sub: 'Vyborg Side', at: [59.97, 30.37], size: 15, style: 'district', angle: -8 },
  { text: 'ОХТА', sub: 'Okhta', at: [59.947, 30.428], size: 12, style: 'district' },
  { text: 'ЛИТЕЙНАЯ Ч.', sub: 'Liteiny', at: [59.94, 30.362], size: 11, style: 'district' },
  { text: 'МОСКОВСКАЯ Ч.', sub: 'Moskovsky', at: [59.921, 30.348], size: 11, style: 'district' },
  { text: 'НАРВСКАЯ Ч.', sub: 'Narvsky', at: [59.914, 30.28], size: 11, style: 'district' },
  { text: 'КАМЕННЫЙ О.', sub: 'Kamenny Island', at: [59.981, 30.285], size: 10, style: 'district', angle: -18 },
  { text: 'ФИНСКІЙ ЗАЛИВЪ', sub: 'Gulf of Finland', at: [59.943, 30.204], size: 15, style: 'water', angle: -80 },
  { text: 'Neva', at: [59.953, 30.37], size: 16, style: 'water', angle: 2 },
  { text: 'Bolshaya Neva', at: [59.9318, 30.2745], size: 12, style: 'water', angle: 28 },
  { text: 'Malaya Neva', at: [59.954, 30.268], size: 10, style: 'water', angle: -16 },
  { text: 'Bolshaya Nevka', at: [59.976, 30.3215], size: 10, style: 'water', angle: -48 },
  { text: 'Fontanka', at: [59.9198, 30.3183], size: 8, style: 'water', angle: 38 },
  { text: 'Moika', at: [59.9279, 30.2852], size: 7, style: 'water', angle: 6 },
  { text: 'Catherine Canal', at: [59.925, 30.303], size: 7, style: 'water', angle: 12 },
  { text: 'Obvodny Canal', at: [59.9092, 30.342], size: 8, style: 'water', angle: 4 },
  { text: 'Karpovka', at: [59.97, 30.2965], size: 7, style: 'water', angle: -10 },
  { text: 'Tauride Palace', at: [59.949, 30.3725], size: 7, style: 'minor' },
  { text: "St Isaac's", at: [59.933, 30.3058], size: 6.5, style: 'minor' },
  { text: 'Alexander Nevsky Lavra', at: [59.9195, 30.388], size: 7, style: 'minor' },
  { text: 'Kresty', at: [59.956, 30.3755], size: 7, style: 'minor' },
];
