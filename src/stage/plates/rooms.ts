/** Which painting is which room, and the caption printed under it (in the spelling of 1917). */
import type { VignetteId } from '../../core/vignettes.ts';
import type { Ctx } from './kit.ts';
import { kerenskyOffice, malachiteRoom, palaceCorridor, palaceHospital, smallDiningRoom } from './rooms-palace.ts';
import { auroraDeck, cadetBarracks, gatchina, kerenskyCar, palaceSquareNight } from './rooms-outside.ts';
import { smolnyCorridor, smolnyHall, sukhanovFlat } from './rooms-smolny.ts';

export interface RoomPainting {
  readonly paint: (ctx: Ctx, random: () => number) => void;
  readonly russian: string;
}

export const ROOMS: Record<VignetteId, RoomPainting> = {
  sukhanov_flat: { paint: sukhanovFlat, russian: 'Квартира на Карповкѣ' },
  smolny_corridor: { paint: smolnyCorridor, russian: 'Смольный. Коридоръ' },
  smolny_hall: { paint: smolnyHall, russian: 'Смольный. Актовый залъ' },
  malachite_room: { paint: malachiteRoom, russian: 'Зимній дворецъ. Малахитовый залъ' },
  small_dining_room: { paint: smallDiningRoom, russian: 'Зимній дворецъ. Малая столовая' },
  palace_corridor: { paint: palaceCorridor, russian: 'Зимній дворецъ. Коридоръ' },
  palace_hospital: { paint: palaceHospital, russian: 'Госпиталь въ Зимнемъ дворцѣ' },
  palace_square_night: { paint: palaceSquareNight, russian: 'Дворцовая площадь ночью' },
  aurora_deck: { paint: auroraDeck, russian: 'Крейсеръ «Аврора»' },
  kerensky_office: { paint: kerenskyOffice, russian: 'Кабинетъ министра-предсѣдателя' },
  kerensky_car: { paint: kerenskyCar, russian: 'По дорогѣ на Гатчину' },
  gatchina: { paint: gatchina, russian: 'Гатчинскій дворецъ' },
  cadet_barracks: { paint: cadetBarracks, russian: 'Юнкерская спальня' },
};
