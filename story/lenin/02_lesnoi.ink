// Lenin, chapter 2: the enlarged Central Committee meeting of 16 October 1917 (Old Style) in the Lesnoi district.
// Outline of the whole campaign: story/lenin/OUTLINE.md. Facts: bible sections 2.1 (9-17 Oct), 3.1, 6.1 (L3), 7 (#30).
// Chapter 1's detail is folded here into the few variables later chapters read.

VAR lenin_expelled = 0
// 1 once Zinoviev and Kamenev have been expelled in public (L6): read in chapters 4-7 and the epilogues
VAR lenin_route = 0
// which road led to the Congress ending: 1 the wider meeting outvoted Lenin on 16 Oct (L3), 2 Lenin stayed at Fofanova's on 24 Oct (L1)

=== function lenin_clamp(value, low, high) ===
{
- value < low:
    ~ return low
- value > high:
    ~ return high
- else:
    ~ return value
}

=== lenin_lesnoi ===
~ lenin_resolve = lenin_clamp(lenin_resolve, 0, 3)
~ lenin_unity = lenin_clamp(lenin_unity, -1, 1)
~ lenin_asked = 0
{lenin_overreach == 1: 
    ~ lenin_overreach = 0
}
# chapter: The Wider Meeting
# time: 1917-10-16 19:00
# place: fofanova_flat
# weather: sleet
# ambience: interior_quiet
# paper: rabochii_put All Power to the Soviets!
Monday, 16 October 1917, Old Style; in Zurich and London it is already the twenty-ninth. Six days since the Karpovka, and the sleet has turned the Vyborg Side to slush.
{lenin_overreach == 2: The words you lost on the Karpovka still rankle. "On the agenda" is what a committee says about the roof when it intends to let it leak through the winter. Tonight, if it can be done, you will win back "fully ripe".}
{lenin_overreach == 3: The Committee has not forgotten the night you asked it to throw out two of its own. Sverdlov's notes to you since have been correct, brief, and without a joke in them.}
Your opponents have not wasted the week. On the eleventh Zinoviev and Kamenev sent their letter On the Current Situation to the party's organisations: the rising is a gamble with the whole future of the party; wait for the Congress; wait for the Constituent Assembly. It has been read aloud in district committees, and in some of them heads have nodded. # basis: documented
{lenin_noticed == 4: You saw this letter coming on the Karpovka, in Zinoviev's face as the hands went up: not anger, a decision. The letter only puts it in ink.}
{lenin_noticed == 5: Yakovleva's minutes say ten to two, in her clear hand. The letter is the two arguing with the ten in front of the whole party.}
~ lenin_noticed = 0
The Soviet's committee of defence, meanwhile, has a name and a statute. The Soviet Executive approved it on the twelfth: the Military Revolutionary Committee, with a Left SR, Pavel Lazimir, as its nominal chairman, and Podvoisky of the party's Military Organisation and Antonov-Ovseenko doing the work. A committee of the Soviet, not of the party: a door the garrison can walk through without feeling it has joined anything. # basis: documented
And yesterday at Smolny, at a meeting of the Petrograd party, a young comrade back from the front with his arm in a sling, Grigory Chudnovsky, said what many think: "Dying for the revolution is the easiest thing, but we shall only harm the cause of the revolution by letting ourselves be shot down." Krupskaya heard him, and tells you so across Fofanova's table. # basis: quoted Chudnovsky, 15 Oct, in Krupskaya's memoir
* [Ask her how the hall took it]
    ~ lenin_asked = 1
    Quietly, she says, and then with applause, the loudest of it from the soldiers' benches. Men back from the front do not think dying is easy. They think being shot down for nothing is the likeliest thing in the world, because they have seen it. # basis: invented
    You will have those benches in the room tonight, one way or another.
* [Answer him through her: nobody is asking anyone to be shot down]
    ~ lenin_asked = 2
    A rising done properly, you tell her, is how a party avoids being shot down: win the garrison first, so that there is nobody left to do the shooting. July was a crowd without a plan. This time the plan comes first. # basis: plausible
    Krupskaya says she will tell him, if she sees him. She does not say she agrees.
- -> lenin_lesnoi_meeting

=== lenin_lesnoi_meeting ===
# time: 1917-10-16 20:30
# ambience: street_night
Rahja takes you north through the slush to the Lesnoi district, to the building of the Lesnoi-Udelnaya district duma, whose caretaker has been told that the gentlemen are a cooperative society. The Committee has asked others to sit with it tonight: the Petersburg Committee, the Military Organisation, men from the trade unions and the factory committees. Two dozen people and more, in overcoats, on benches meant for district councillors. # basis: documented
# ambience: interior_quiet
The reports come first, district by district, and they are not what you would have written. Some say the workers will come out if the Soviet calls them. Some say they will not come out for the party alone. A man from one works says his shop is sullen and waiting. Podvoisky, for the Military Organisation, asks for time; a fortnight, he says, would be better than a week. # basis: plausible
Then Zinoviev puts his motion. No action before the party has consulted its delegates to the Congress of Soviets. Let the Congress meet; let it be asked; let it decide. Kamenev adds that the Committee's resolution of the tenth has been read in the districts as a call to arms, and that the reports tonight show the districts are not armed. # basis: documented
{lenin_unity < 0: Kamenev does not look at you while he speaks. He does not need to; the room knows whom he is answering.}
* [Answer Podvoisky first: a fortnight is a gift to Kerensky]
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    A fortnight, you tell him, is fourteen days in which the Staff can send the regiments to the front one at a time, each with a band playing. The Military Organisation will be ready when it is told it must be, and not an hour before.
    Podvoisky reddens.
* [Answer the man from the sullen works: they will forgive nothing but delay]
    You tell him he is right that they will not forgive a defeat, and wrong if he thinks they will forgive waiting. The men who are hungry in October will be hungrier in November, and they will not ask which party told them to be patient. They will simply stop listening to it.
    He nods, slowly. He has come to be convinced.
* [Ask Trotsky, across the room, what the Soviet did about the garrison today]
    ~ lenin_unity = lenin_clamp(lenin_unity + 1, -1, 1)
    {lenin_trotsky == 1: He answers as if the talk at Sukhanov's door had never stopped.}
    ~ lenin_trotsky = 1
    Trotsky answers for the room's benefit more than yours. Tonight the Soviet's plenum will ratify the Military Revolutionary Committee. The regiments that refuse to leave the city are coming to it one by one. The government ordered them out; the Soviet will tell them to stay and defend the capital. A regiment that obeys the Soviet against the Staff has already changed sides, whether or not it knows it.
    It is, you admit, a better argument than the one you were going to make.
- -> lenin_lesnoi_vote

=== lenin_lesnoi_vote ===
# time: 1917-10-16 23:40
Near midnight Sverdlov asks for proposals. Yours is to confirm the resolution of the tenth{lenin_overreach == 2: and to put back the words the Karpovka took out: the rising inevitable, the time fully ripe|}, and to call on every organisation to prepare at once. Zinoviev's is to wait for the Congress.
{lenin_asked == 1: As you speak you watch the greatcoats along the wall. Chudnovsky's applause came from benches like theirs.}
{lenin_asked == 2: You put it to the room as you put it to Krupskaya: win the garrison first, and nobody need be shot down.}
{lenin_overreach == 2: Some who voted for the softer text on the Karpovka look uneasy. Sverdlov, who drafted that softer text himself, looks at you as if to ask whether you mean to fight the same battle twice.}
* [Put your resolution against Zinoviev's and let the room choose #historicity: historical]
    -> lenin_lesnoi_carried
* [Tell the room you will resign unless it votes for the rising tonight #historicity: plausible L3]
    -> lenin_lesnoi_wait

=== lenin_lesnoi_carried ===
# time: 1917-10-17 00:30
~ lenin_asked = 0
Nineteen for your resolution, two against, four abstaining; the figures the party will remember, though the count is not beyond dispute. Zinoviev's motion to wait is defeated. {lenin_overreach == 2: The words are back: fully ripe. The Karpovka's retreat is undone, and everyone who watched you lose them knows you do not stay beaten.|The Karpovka holds. The rising is not only inevitable now; it has been said twice.} # basis: documented
Then the Committee does what committees do when they have decided something they are afraid of: it makes a smaller committee. A Military Revolutionary Centre of the party, to work inside the Soviet's Military Revolutionary Committee: Sverdlov, Stalin, Dzerzhinsky, Bubnov, Uritsky. # basis: documented
{lenin_overreach == 3: Stalin and Dzerzhinsky, who kept their hands on the table on the Karpovka, vote with you tonight without a glance in your direction. Agreement, not forgiveness.}
-> lenin_lesnoi_home

=== lenin_lesnoi_home ===
# time: 1917-10-17 01:30
# ambience: rain_river
The slush has frozen a little at the edges. Rahja walks you back the long way, away from the militia post on Lesnoi Prospekt.
By the time you reach Fofanova's the Soviet has done its part: the plenum has ratified the Military Revolutionary Committee, and the Mensheviks who first proposed a committee of revolutionary defence can watch Trotsky give it orders. Tomorrow the Soviet Executive, Menshevik and SR still, will put off the Congress from the twentieth to the twenty-fifth; another five days for Kerensky, and five for you. # basis: documented
{lenin_resolve >= 2: You do not sleep. You write until the window goes grey, and you do not write kindly.|You sleep for three hours, which for you this autumn is a luxury.}
-> lenin_strikebreakers

=== lenin_lesnoi_wait ===
# time: 1917-10-17 00:10
~ lenin_route = 1
~ lenin_asked = 0
You say it plainly: if this meeting votes to wait, you will leave the Central Committee and take the question to the party's ranks, as you warned in September.
It is the wrong room for it. The Committee has learned to live beside the threat; the men from the districts have not. A metalworker from the Vyborg Side says he was sent to report what his shop thinks, not to vote one way or lose the party's leader. Kamenev is colder. A party governed by resignations is a man with a following, he says, and a rising carried by a threat in a back room will find no garrison to carry it in the street. Let the Congress of Soviets, the workers' and soldiers' own elected body, decide, as the party has said since April that it should. # basis: invented
Zinoviev's motion carries, narrowly. Sverdlov tells the room that the Committee has heard no resignation, and looks at you until you let that stand. Trotsky says that in that case the Soviet's committee had better make very sure the Congress meets, and that nobody lays a hand on it first. # basis: invented
{lenin_trotsky == 1: It is the line he has wanted since the Karpovka, and tonight the room has handed it to him.}
You are outvoted, and held to it. You could go to the sailors tonight and split the party before its Congress; you find, as in September, that a threat is worth more unspent. The party waits for its Congress.
-> lenin_end_congress
