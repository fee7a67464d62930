// Lenin: what became of the people this run met, in history and, where this run's world differs, in this telling.
// One tunnel for every Lenin ending, called just before the ending's last line: -> lenin_fates ->
// Every road begins on the Karpovka (Trotsky, Kamenev, Zinoviev, Sverdlov, Stalin) with Rahja and Fofanova; the rest
// depends on the road: Martov and Dan at the Congress (chapter 6) or in chapter 9's coalition, Dan and Liber at Smolny
// and Podvoisky's assault (chapter 5), Kamkov where the Left SRs came in on the first night (chapter 9), Kamenev and
// Dan in the guardroom (chapter 10). History from the bible: 2.5 (4 November), 3.1 (Trotsky, Zinoviev, Kamenev,
// Stalin, Sverdlov, Antonov-Ovseenko, Podvoisky), 3.3 (Martov, Dan), 6.1; later fates as the codex gives them
// (Rahja, Fofanova, Kamkov). Each entry stays short: the ending's scene, its historians and this passage are read
// without a choice between them (500 words at most).

// Which ending called: set by each ending just before `-> lenin_fates ->`, so it adds no states to the walk.
// 1 historical, 2 Vikzhel's coalition (L5), 3 the storm at noon (L7), 4 the ranks (L3), 5 the Congress's government
// reaches the Assembly (chapter 9; lenin_cw_bloc 1 with the Left SRs, 2 all the Soviet parties, 3 Martov's
// coalition, L4), 6 that coalition broken at the Assembly, 7 taken on Shpalernaya and freed into a coalition (L2),
// 8 freed, and the sailors called out against it.
VAR lenin_ending = 0

=== lenin_fates ===
# ambience: off
What became of them.

// Kamenev and Zinoviev, from the Karpovka on every road
{
- lenin_ending == 2:
    In this telling Kamenev carried the Committee and took the party into the coalition, and you stayed outside it. # telling: kamenev In this telling the Central Committee adopted Kamenev's policy on 1 November, and he took the Bolsheviks into a government of all the socialist parties without Lenin. # basis: invented
- lenin_ending == 4:
    In this telling the Committee would not set the rising, and you went over its head to the ranks. # telling: central_committee In this telling the Central Committee would not be hurried into a rising in October, and Lenin appealed over its head to the party's ranks and the Kronstadt sailors. # basis: plausible
- lenin_ending == 6 && lenin_noticed == 2:
    In this telling Kamenev gave up the chair of the Soviets' government the day you broke the Assembly. # telling: kamenev In this telling Kamenev resigned the chair of the Congress's government when Lenin broke the Constituent Assembly in January. # basis: invented
- lenin_ending >= 7:
    In this telling Kamenev's coalition {lenin_ending == 8:sent your sailors home|went to the Assembly's elections with you outside it}. # telling: kamenev In this telling Kamenev's coalition of all the socialist parties outlasted Lenin's release, and the Kronstadt sailors did not move it. # basis: invented
- lenin_expelled == 1 && (lenin_ending == 2 || lenin_ending == 3):
    In this telling they were expelled at your demand on the eve of the rising. # telling: zinoviev In this telling Zinoviev and Kamenev were expelled from the party on the eve of the rising, as Lenin demanded. # basis: plausible
}
In history both stayed in the leadership{lenin_ending != 1:, and Kamenev resigned from the Central Committee on 4 November over the coalition that never came}; under Stalin both were expelled and shot in 1936. # basis: documented

// Trotsky
{lenin_ending == 2:
    In this telling the other parties kept Trotsky out of their government, as they kept you. # telling: trotsky In this telling Trotsky was left out of the socialist coalition formed on 4 November, as the other parties demanded. # basis: invented
}
In history Trotsky became Commissar for Foreign Affairs, then for War, and was murdered in exile in Mexico in 1940. Sverdlov died in 1919. Stalin, Sukhanov's "grey blur" of October, had Trotsky, Zinoviev and Kamenev killed, and died in 1953. # basis: documented

// Dan and Liber at Smolny, and Podvoisky's order at noon
{lenin_ending == 3:
    Dan, who opened the Congress over the dead, died in exile in New York in 1947. Podvoisky, who asked you for three hours, held military posts and died in 1948. # basis: documented
}

// Martov and Dan at the Congress, in history or in the coalition of chapter 9
{
- lenin_ending <= 2:
    {lenin_martov == 3:Martov, whom you watched go,|Martov} left Russia in 1920 and died in Germany in 1923; Dan, exiled in 1922, died in New York in 1947. Antonov-Ovseenko, who arrested the ministers, was shot in 1938. # basis: documented
- lenin_ending == 5 && lenin_cw_bloc >= 2:
    In this telling Martov, Dan and Gots sat in a Soviet government beside you. # telling: dan In this telling Dan sat with Martov and Gots in the Congress's government of all the Soviet parties, and in the Constituent Assembly on its benches. # basis: invented
    In history they walked out of the Congress on its first night and never sat in one; Martov left Russia in 1920 and died in 1923, and Dan, exiled in 1922, died in New York in 1947. # basis: documented
- lenin_ending == 6 && lenin_cw_bloc >= 2:
    In this telling Martov, Dan and Gots sat in a Soviet government beside you until you broke the Assembly. # telling: dan In this telling Dan sat with Martov and Gots in the Congress's government, and left it when Lenin broke the Constituent Assembly. # basis: invented
    In history they walked out of the Congress on its first night and never sat in one; Martov left Russia in 1920 and died in 1923, and Dan, exiled in 1922, died in New York in 1947. # basis: documented
- lenin_ending == 5 || lenin_ending == 6:
    In history the Left SRs came into the government only in December and left it in March, over the peace; Kamkov was shot in 1938. # basis: documented
- lenin_ending >= 7:
    In this telling Dan came for you at midnight with Kamenev and a pass. # telling: dan In this telling Dan came with Kamenev to the Military District staff at midnight on 25 October to take Lenin out under the Congress's guard. # basis: invented
    In history he opened the Congress that night and led the Mensheviks out; exiled in 1922, he died in New York in 1947. # basis: documented
}

Rahja died in Leningrad in 1936; Fofanova, who hid you, lived until 1976 and set down her memories of those weeks. # basis: documented
->->
