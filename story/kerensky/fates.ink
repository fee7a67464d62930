// Kerensky: what became of the people this run met, in history and, where this run's world differs, in this telling.
// One tunnel for every Kerensky ending, called just before the ending's last line: -> kerensky_fates ->
// It reads the road the run took rather than a list of meetings, because each road meets its own people: the district
// staff of chapter 1 on every road; Dan wherever chapter 3, the Congress or the streets were played (Martov with him
// when the garrison was kept); the women and the Aurora where chapter 3 was; Konovalov where chapter 5 was; Krasnov
// and Dybenko at Gatchina; Maliantovich on the warrant road. History from the bible: 2.3, 2.4, 2.5, 3.1 (Trotsky, Dybenko), 3.2 (Polkovnikov, Bagratuni,
// Konovalov, Krasnov, the women, the Cossacks), 3.3 (Dan, Martov), 7 (#20). Each entry stays short: the ending's
// scene, its historians and this passage are read without a choice between them (500 words at most).

// Which ending called: set by each ending just before `-> kerensky_fates ->`, so it adds no states to the walk.
// 0 the Palace (K5; those endings do not set it), 1 exile, 2 handed over (K8), 3 the warrant (K3),
// 4 the peace proclamation (K4), 5 the garrison kept (K1: handed over, or held for the Assembly), 6 the Moscow road
// (K2/K6), 7 resigned in the streets
VAR kerensky_ending = 0

=== kerensky_fates ===
# ambience: off
What became of them.

// the district staff: met on every road, in chapter 1
{
- kerensky_gk_last == 2:
    In this telling Polkovnikov handed over his district to the Congress's government and went home to the Don on its pass. # telling: polkovnikov In this telling Polkovnikov handed the Military District to the Congress's government and went home to the Don on its pass, at Kerensky's asking. # basis: invented
- kerensky_ending == 5:
    In this telling Polkovnikov kept the district through the week of the Congress, with regiments that would march neither for the Committee nor against it. # telling: polkovnikov In this telling Polkovnikov kept the Military District through the Congress of Soviets, with regiments that would march for neither side. # basis: invented
- kerensky_streets == 3:
    In this telling Polkovnikov took his plan out of the drawer on the night of 24 October and sent three hundred junkers against Smolny. # telling: polkovnikov In this telling Polkovnikov sent three hundred junkers against Smolny in the night of 24-25 October, and they were beaten at the gates. # basis: invented
- kerensky_streets > 0:
    In this telling Polkovnikov's district was at war with its own garrison from 22 October, a week before his real rising. # telling: polkovnikov In this telling Polkovnikov's district was at war with its own garrison from 22 October. # basis: invented
}
In history Kishkin dismissed Polkovnikov on the 25th; four days later he led the junkers' rising, and he died in 1918. Bagratuni, given the district that morning, resigned it that evening; he died in London in 1943, once the Armenian Republic's envoy there, and you sent condolences. # basis: documented

// Trotsky, met in chapter 1: named only where this telling changed his October
{
- kerensky_ending == 3:
    In history nobody came for Trotsky; he announced the government's fall on the 25th and became Commissar for Foreign Affairs. # basis: documented
- kerensky_gk_last == 5:
    In this telling no regiment would march for Trotsky, or arrest him. # telling: trotsky In this telling Trotsky's committee never won the garrison, and no regiment would carry out the government's order to arrest him. # basis: plausible
    In history he wrote that the real victory of October came before the 25th, when the garrison went over. # basis: documented
- kerensky_ending == 5:
    In this telling Trotsky's committee never had the regiments, and his party waited for the Congress. # telling: trotsky In this telling Trotsky's committee never won the garrison, and the Bolsheviks had to wait for the Congress. # basis: plausible
    In history he wrote that the real victory of October came before the 25th, when the garrison went over. # basis: documented
- kerensky_streets > 0:
    In this telling the government's own guns made Trotsky the Soviet's defender. # telling: trotsky In this telling the first blow of October came from the government, and Trotsky's committee fought as the Soviet's defender. # basis: plausible
    In history it was your raid on the printing works on the 24th that gave him the part. # basis: plausible
}

// Dan (and Gots): named on the roads where he mattered most (the peace, the Congress, the streets)
{
- kerensky_ending == 4:
    Dan drafted the proclamation with you, and the Mensheviks stayed in the Congress. # telling: dan In this telling Dan drafted a proclamation of peace talks and the land with Kerensky on the night of 24 October, and the Mensheviks did not walk out of the Congress. # basis: invented
- kerensky_ending == 5:
    Dan and Martov came to you with the Congress's delegation instead of walking out of it. # telling: dan In this telling Dan brought the Congress's delegation to the Winter Palace on 26 October to ask Kerensky to hand over. # basis: invented
- kerensky_st_cec:
    Dan carried your ceasefire through the lines; it held for nine hours. # telling: dan In this telling Dan carried a ceasefire signed by Kerensky through the lines, and it held for nine hours. # basis: invented
}
{kerensky_ending >= 4:
    In history Dan opened the Congress of Soviets on the night of the 25th and within hours led the Mensheviks out of it; Gots went with the SRs, and at the City Duma they formed the Committee for the Salvation of the Motherland and the Revolution. # basis: documented
}
{kerensky_ending == 5:
    # telling: martov In this telling Martov carried the Congress's demand for a government of all the socialist parties to the Winter Palace.
    Martov, in history, proposed a government of all the socialist parties to the Congress on the 25th, then led his group out; he left Russia in 1920. # basis: documented
}
{kerensky_gk_last == 1:
    In this telling the elections to the Constituent Assembly opened on the 12th, as you had asked. # telling: constituent_assembly In this telling the elections to the Constituent Assembly opened on 12 November under a government of the socialist parties, as the outgoing Kerensky had asked. # basis: invented
}

// the Cossacks, on the streets roads
{
- kerensky_st_terms == 2:
    In this telling the Don regiments rode on your price and died on the Palace Bridge. # telling: cossacks In this telling the Don regiments held the Palace Bridge for a day and a half, and lost more men there than the city had seen die since February. # basis: invented
- kerensky_st_terms == 1:
    In this telling two sotnias rode to the bridges and came back at dusk. # telling: cossacks In this telling two sotnias rode to the bridges for the government, and came back at dusk. # basis: invented
}
{
- kerensky_gk_paper:
    In this telling the Don regiments stood in Palace Square on your written word. # telling: cossacks In this telling the Don regiments stood in Palace Square for the government on the night of the Congress, on Kerensky's written promise. # basis: invented
}
{kerensky_streets > 0 || kerensky_gk_paper:
    In history the three Don regiments stayed neutral to the end. # basis: documented
}

// the women and the Aurora, where chapter 3 was played and the Palace was besieged
{kerensky_ending <= 2 && kerensky_streets == 0:
    {kerensky_truth:
        In this telling the women of the 2nd Company were told why they were kept, and those who stayed chose to. # telling: womens_battalion In this telling the women's company was told why it was kept at the Palace, and a little under half chose to stay. # basis: invented
    }
    In history the women fired on the first rush across the square on the 25th, and were held in the barracks until the British attaché, Knox, got them released. # basis: documented
    {kerensky_aurora:
        In this telling the Aurora was at sea that night. # telling: aurora In this telling the Aurora was taken out to sea on 24 October with naval cadets aboard, and was not in the Neva on the night of the rising. # basis: invented
        In history she fired one blank at twenty to ten on the 25th. # basis: documented
    }
}

// Konovalov, where chapter 5 was played
{kerensky_ending <= 2 && kerensky_streets == 0:
    Konovalov surrendered the government at ten past two in the morning "to avoid bloodshed"; in the fortress a sailor rolled him a cigarette. He died in New York in 1949. # basis: documented
}

// Gatchina
{kerensky_ending == 1 || kerensky_ending == 2:
    Krasnov, released on his word not to fight, broke it, became Ataman of the Don, served the Germans in the next war and was hanged in Moscow in 1947. Dybenko, who came to buy you, was shot in 1938. # basis: documented
}

// the warrant road
{kerensky_ending == 3:
    Maliantovich, who kept the warrant in his folder, was arrested with the ministers at the Palace on the 26th and wrote of their last night: "Doomed people, lonely and abandoned, we walked around the huge mousetrap." # basis: quoted Maliantovich, memoir (via Sebestyen)
}

// Kerensky himself: the exile ending is his history, told as a scene, and the Palace endings say it in their own
{kerensky_ending > 1:
    You yourself, in history, left the Palace by car on the 25th, escaped from Gatchina in disguise on 1 November, and died in New York in 1970. # basis: documented
}
->->
