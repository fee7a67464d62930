// The Junker: what became of the people this run met, in history and in this telling.
// One tunnel for the endings of chapter 6 and the fortress (the parole, the rising, the last door, Pulkovo), called
// just before the ending's last line: -> junker_fates ->
// It reads who stood beside the cadet and whom he shielded, so that a player who met Nadya hears of Nadya and one who
// walked the Pulkovo boy back hears of him, instead of every ending naming everybody. History from the bible: 2.4-2.5
// (the rising of the 29th, Pulkovo), 3.1 (Antonov-Ovseenko, Chudnovsky), 3.2 (the ministers, Polkovnikov, Krasnov,
// the women's company), 7. Each entry stays short: the ending's scene, its historians and this passage are read
// without a choice between them.

// Which ending called, set just before `-> junker_fates ->`: 1 the parole kept, 2 home from the fortress,
// 3 south from the fortress, 4 the Don by way of Pulkovo. Where the fortress road began is junker_cell
// (1 the stair, J1; 2 the telephone exchange, J4).
VAR junker_ending = 0

=== junker_fates ===
# ambience: off
What became of them.

// the comrade who stood beside him: Kostya went south, Grisha home, whatever the road
{
- junker_partner == 1 && junker_ending == 1:
    Kostya Gerasimov broke his word on the 29th, came out of the telephone exchange with a bayonet cut across his hand, and went south to the Don in December. He was killed in the Kuban in the spring. # basis: invented
- junker_partner == 1 && junker_cell == 1:
    Kostya Gerasimov came out of the corridor with a cut scalp and went south in December; he did not come back from the Ice March. # basis: invented
- junker_partner == 1 && junker_cell == 2:
    Kostya Gerasimov got out of the exchange over the roofs as it fell, and went south before the snow; he did not come back from the Ice March. # basis: invented
- junker_partner == 1:
    Kostya Gerasimov found you at Novocherkassk in January, thinner and very pleased with himself, and marched out with you on the Ice March in February. He did not march back. # basis: invented
- junker_cell == 1:
    Grisha Lapin, who threw himself on you on the stair, lost two fingers of his left hand and went back to the Putilov works beside his father and Stepan. Nobody there asked him which side he had been on. # basis: invented
- junker_ending == 4:
    Grisha Lapin wrote to you once, care of your mother: Stepan was in the Red Guard, and he hoped the two of you would never meet. # basis: invented
- else:
    Grisha Lapin went home to the Narva Gate and the Putilov works. He and Stepan never spoke of the night of the 25th. # basis: invented
}

// the people he shielded at the Palace
{junker_ally == 1 || junker_ally == 3:
    Nadya Orlova and the women of her company were let go within days, when the British military attaché, General Knox, went to Smolny and asked; she went back to nursing{junker_ending == 4:, with the Reds, you heard|}. # basis: plausible
}
{junker_ally >= 2:
    Savely went home to Tver province before the snow, to the landlord's fields, which were his village's now, by decree. # basis: invented
}

// the rising's people, where he was in it
{junker_cell == 2:
    Rybakov died of his wounds in the fortress hospital. # basis: invented
}
{junker_pow == 1:
    The Putilov boy from the ditch at Pulkovo lived through the civil war on the other side from you. You never learned his name. # basis: invented
}

// the real people of the last week
{
- junker_cell > 0 || junker_ending == 4:
    Antonov-Ovseenko, {junker_cell == 2:your prisoner for a day|who arrested the ministers}, was shot in 1938 by the state he had helped to make. Chudnovsky was wounded at Pulkovo and killed in the Ukraine the next spring. Colonel Polkovnikov, who commanded the rising, was dead within the year. # basis: documented
- else:
    Chudnovsky, whom the junkers set free on the evening of the 25th, was wounded at Pulkovo and killed in the Ukraine the next spring; Antonov-Ovseenko, who arrested the ministers, was shot in 1938. # basis: documented
}
{junker_ending == 4:
    Krasnov, let go on his word not to fight the Soviet power, broke it like you, became Ataman of the Don, and was hanged in Moscow in 1947. General Alekseev died in the autumn of 1918. # basis: documented
- else:
    Of the ministers you guarded, Konovalov and Tereshchenko died abroad, Kishkin worked in Soviet public health, and Palchinsky was shot in 1929. Kerensky died in New York in 1970. # basis: documented
}
->->
