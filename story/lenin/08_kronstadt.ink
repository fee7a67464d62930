// Lenin, the road after a lost or abandoned Central Committee (chapter 1's shelved and split outcomes):
// the appeal over the Committee's head that Lenin threatened on 29 Sept (bible 2.1, 6.1 L3). A speculative ending.

=== lenin_ranks ===
~ lenin_resolve = lenin_clamp(lenin_resolve, 0, 3)
~ lenin_unity = -1
~ lenin_noticed = 0
~ lenin_asked = 0
# chapter: Over the Committee's Head
# time: 1917-10-13 19:00
# place: fofanova_flat
# weather: rain
# ambience: interior_quiet
Friday, 13 October 1917, Old Style; the twenty-sixth in the West. Two days since the Karpovka, and the Central Committee has not changed its mind. {lenin_overreach == 4: You are no longer a member of it. You resigned for the minutes, and the minutes have accepted it.|It has voted to wait, and it is waiting, with the discipline it never shows when you ask it to move.}
What happens next in this chapter did not happen. In the real October the Committee voted with you, and you never had to carry out the threat of your September letter: to go to the rank and file, to the Petersburg Committee, the districts, the sailors. Here you carry it out. # basis: documented
Your letters go out by Fofanova and by Rahja's Finns: to the Petersburg Committee, which is more impatient than the Central Committee; to the Vyborg district, which asked "when"; to Moscow; and to Kronstadt, where the sailors' Soviet has never in its life waited for anybody's permission. # basis: invented
* [Go to Kronstadt yourself, by the night boat #historicity: speculative]
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    -> lenin_ranks_kronstadt
* [Stay hidden and let the letters work #historicity: plausible]
    -> lenin_ranks_letters

=== lenin_ranks_kronstadt ===
# time: 1917-10-14 06:00
# place: kronstadt
# ambience: rain_river
The boat is a naval tug whose engineer is a Bolshevik and whose captain has decided not to see you. Kronstadt rises out of the Gulf at dawn: the naval fortress on its island, the cathedral dome, the grey hulls in the harbour, and on the quays the sailors in black pea-jackets who came up the river in the July Days and, when the government's ultimatum followed them home, gave way to it. They have not forgotten the giving way. # basis: plausible
They take you to the Anchor Square, and you speak from a lorry, without the wig, because there is no point in being Lenin in secret here. Whatever the warrant of July says, nobody on this island is going to serve it. The sailors cheer you as they would cheer a storm. # basis: invented
* [Tell them the Committee has lost its nerve]
    You tell them the truth as you see it: that the party's Committee has lost its nerve, and that the revolution cannot wait for committees. They roar. It is exactly what they wanted to hear, and you know, even as they cheer, what it will cost.
* [Tell them to be ready, and to wait for the Soviet's call]
    ~ lenin_unity = 0
    You tell them to be ready and to wait for the Soviet's call, not the party's. It is Trotsky's line in your mouth, and it sounds strange there; but it keeps a door open to Smolny, and you may need a door.
- -> lenin_end_ranks

=== lenin_ranks_letters ===
# time: 1917-10-16 22:00
You stay in Fofanova's kitchen and let the letters work. They work unevenly. The Petersburg Committee argues for two nights and votes to ask the Central Committee to reconsider. The Vyborg district passes a resolution that uses your words. Moscow asks for clarification. Kronstadt does not reply in writing; Rahja hears that the sailors have begun drilling on the quays at night. # basis: invented
The Central Committee, which had been waiting for the Congress, now has a second thing to wait for: for you to stop. It meets without you and sends Sverdlov to ask whether the party is to have one leadership or two.
* [Tell Sverdlov: one, if it will lead]
    You tell Sverdlov that the party will have one leadership the moment the leadership is willing to lead. He writes it down. He says, with unusual sharpness, that Kerensky's staff will have it in a day.
* [Tell Sverdlov nothing, and send another letter]
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    You send Sverdlov away with nothing and write another letter, to the districts, longer than the first.
- -> lenin_end_ranks

=== lenin_end_ranks ===
# time: 1917-10-25 13:00
# place: fofanova_flat
# ambience: interior_quiet
The Congress of Soviets opens tonight, the twenty-fifth, all the same, because the Soviet Executive put it off to that day for its own reasons. It opens on a divided party.
{lenin_unity < 0: Half the Bolshevik delegates have read your letters and half have read the Committee's replies, and Kerensky has read both.|The party's delegates still speak to one another, just; the door you kept open to Smolny is the only reason.}
Sverdlov comes to the Vyborg Side in the afternoon, alone, with an offer the Committee has argued over all night: come back to the Congress as the party's, and the party will let the Congress take power, with you in the room. The sailors' delegates, Rahja says, want you at Kronstadt instead, tonight, and will come out if you tell them. # basis: invented
* [Go back with Sverdlov, and let the Congress take power #historicity: plausible L3]
    ~ lenin_route = 3
    You tell Sverdlov you will come. A threat spent is a threat wasted; a threat kept in the drawer is a seat at the table. He does not say he is glad. He takes your hand at the door, which for Sverdlov is the same thing.
    -> lenin_end_congress
* [Hold out, and let the ranks decide it #historicity: speculative L3]
    You send Sverdlov back with nothing, and tell Rahja to find the boat.
- # time: 1917-10-25 22:40
# place: smolny
# scene: smolny_hall
# ambience: crowd_corridor
What follows is a speculative ending, and it says so. In the history that happened, Lenin won his Committee's vote and never had to test the ranks against it. On this road he tests them. Perhaps the sailors and the Vyborg Red Guards come out on their own, without the garrison's Military Revolutionary Committee, and meet the junkers on the bridges as the crowds of July did: a second July, with the same end. Perhaps the Committee bends at the last moment and takes back the leader it could not govern. Perhaps the Congress takes power as a coalition of the Soviet parties, and the Bolsheviks, quarrelling, sit in it as one faction among several. {lenin_resolve >= 3: You, on this road, are not the man to sit in anything as one faction among several.} # basis: plausible
What historians argue: the case for this road is Lenin's own. On the twenty-ninth of September he threatened to resign and go to the rank and file, and on the first of November he would threaten to go to the sailors. Alexander Rabinowitch, in The Bolsheviks Come to Power, describes a party that won by its flexibility and its responsiveness to the mass mood at least as much as by obeying him. # basis: documented
The case against it is our own reasoning, on old grounds: a public split on the eve of the rising would have weakened the party in Moscow and the provinces and handed Kerensky proof that a coup was being prepared. And Rabinowitch's reading cuts both ways here: the mood was with you, and the flexibility was the Committee's. # basis: plausible
~ lenin_ending = 4
-> lenin_fates ->
This is a speculative ending: a Lenin who went over his Committee's head, and a party that did not hold together long enough to find out whether he was right. # ending: lenin_ranks
-> END
