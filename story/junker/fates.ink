// The Junker: what became of the people this run met, in history and in this telling.
// One tunnel for every Junker ending (chapter 6 and the fortress, the road home, the Duma march, the stranger taken
// on Shpalernaya), called just before the ending's last line: -> junker_fates ->
// It reads who stood beside the cadet and whom he shielded, so that a player who met Nadya hears of Nadya and one who
// walked the Pulkovo boy back hears of him, instead of every ending naming everybody. History from the bible: 2.4-2.5
// (the rising of the 29th, Pulkovo), 3.1 (Antonov-Ovseenko, Chudnovsky), 3.2 (the ministers, Polkovnikov, Krasnov,
// the women's company), 7. Each entry stays short: the ending's scene, its historians and this passage are read
// without a choice between them.

// Which ending called, set just before `-> junker_fates ->`: 1 the parole kept, 2 home from the fortress,
// 3 south from the fortress, 4 the Don by way of Pulkovo, 5 the road home (chapter 7: by train from the Nevsky,
// the knot junker_home, or after leaving the Palace, junker_home_late), 6 the Duma march in the Palace (J6),
// 7 the stranger taken on Shpalernaya (L2). Where the fortress road began is junker_cell (1 the stair, J1;
// 2 the telephone exchange, J4).
VAR junker_ending = 0

=== junker_fates ===
# ambience: off
What became of them.

// the comrade who stood beside him: Kostya went south, Grisha home, whatever the road
{
- junker_partner == 1 && junker_ending == 5:
    Kostya Gerasimov stayed at the Palace to the end, broke his word on the 29th at the telephone exchange and went south to the Don. He never wrote. # basis: invented
- junker_partner == 1 && junker_ending == 6:
    Kostya Gerasimov went south with the first volunteers for the Don, saying the Duma had shown that Russia could still be saved. He was killed in the spring. # basis: invented
- junker_partner == 1 && junker_ending == 7:
    Kostya Gerasimov went south in the winter to the Volunteer Army, as barristers' sons did. # basis: invented
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
- junker_ending == 5:
    Grisha Lapin stayed at the Palace to the end, kept his word, and went home to the Narva Gate. He wrote at Christmas: "We were just there, Mitya. That's all we were." # basis: invented
- junker_ending == 6:
    Grisha Lapin went home to the Narva Gate and told his brother Stepan, who had spent the night on the other side of the square, that the mayor had sung very badly. # basis: invented
- junker_ending == 7:
    Grisha Lapin went home to the Narva Gate and was never a junker again. # basis: invented
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

// the cadet himself, where the ending's own line does not say it
{
- junker_ending == 2:
    You yourself stayed in Staraya Russa through the years that followed, taught Latin beside your father, and told nobody about the {junker_cell == 1:stair|exchange}, not even Lida. # basis: invented
- junker_ending == 3:
    You yourself reached the Don before Christmas and marched into the Kuban with the Volunteer Army in February. You came back from the Ice March, which was more than most did, and nobody there ever asked about the {junker_cell == 1:stair|exchange}. # basis: invented
- junker_ending == 5:
    Lieutenant Ustinov's school was let go on its word at dawn on the 26th. # basis: plausible
    {junker_home_sunday.counted:
        Your own name stayed in the Staraya Russa soviet's ledger, and in 1918 it brought you a summons to the Red Army, which wanted former junkers as "military specialists" whatever they had done in October. You went. # basis: invented
    - else:
        {junker_recall >= 2:
            The corporal with the torn ear came back twice that winter, the second time with a paper and a stamp, and you went down to the spa with him after all. # basis: invented
        }
    }
- junker_ending == 7:
    Lieutenant Ustinov's hand never closed. {junker_l2_morning.told:Your account, in the old Menshevik's hand, was read aloud to the Congress that night, and for years you met people who knew the words and not your name.|The Soviet's delegates wrote down one line from you, and nobody ever asked for more.} # basis: invented
}

// the real people of the last week
{
- junker_ending == 7:
    In this telling the stranger from Shpalernaya sat at the District with a pencil and the Congress's resolutions{junker_l2_morning.look:, and you saw him once more, through a door, writing|}. # telling: lenin In this telling Lenin was recognised by a junker patrol on Shpalernaya on the night of 24 October and held at the Military District staff while the Congress met. # basis: invented
    In history Lenin walked past the patrol unrecognised, with Eino Rahja, a Finnish Bolshevik, as his guide; two days later he was chairman of the Council of People's Commissars. # basis: documented
- junker_ending == 5 && junker_home:
    // the train home from the Nevsky: no real person met after the 24th
- junker_ending == 6:
    Chudnovsky, whom the junkers set free on the evening of the 25th, was wounded at Pulkovo and killed in the Ukraine the next spring. # basis: documented
- junker_cell > 0 || junker_ending == 4:
    Antonov-Ovseenko, {junker_cell == 2:your prisoner for a day|who arrested the ministers}, was shot in 1938 by the state he had helped to make. Chudnovsky was wounded at Pulkovo and killed in the Ukraine the next spring. Colonel Polkovnikov, who commanded the rising, was dead within the year. # basis: documented
- else:
    Chudnovsky, whom the junkers set free on the evening of the 25th, was wounded at Pulkovo and killed in the Ukraine the next spring; Antonov-Ovseenko, who arrested the ministers, was shot in 1938. # basis: documented
}
{
- junker_ending == 6:
    In this telling the ministers walked out under a white flag on the 26th to talk, and were never arrested. # telling: provisional_government In this telling the ministers of the Provisional Government left the Winter Palace under a white flag on 26 October to negotiate, with the City Duma's councillors inside, and were not arrested. # basis: invented
    In history they were arrested at ten past two; Konovalov and Tereshchenko died abroad, Kishkin worked in Soviet public health, and Palchinsky was shot in 1929. # basis: documented
- junker_ending == 7 || (junker_ending == 5 && junker_home):
    // neither road guarded the ministers on the last night
- junker_ending == 4:
    Krasnov, let go on his word not to fight the Soviet power, broke it like you, became Ataman of the Don, and was hanged in Moscow in 1947. General Alekseev died in the autumn of 1918. # basis: documented
- else:
    Of the ministers you guarded, Konovalov and Tereshchenko died abroad, Kishkin worked in Soviet public health, and Palchinsky was shot in 1929. Kerensky died in New York in 1970. # basis: documented
}
->->
