// The Junker, chapter 5: Parole
// 26 October 1917, 02:40-morning (Old Style) = 8 November (New Style).
// The cadets are disarmed and let go on their word (J3); the ones who were never taken wait it out.

// 0 never taken (left early or kept away), 1 gave his word and meant it, 2 gave it meaning to break it
VAR junker_parole = 0
// how he answered Stepan Lapin's case for the soviets: 1 the Constituent Assembly, 2 Lenin's party, 3 asked what happens now (read in chapter 6)
VAR junker_case = 0

// What only chapters 3 and 4 read is cleared here, so that the story check stays fast.
=== function junker_fold_ch4() ===
~ junker_fold()
~ junker_right = 0
~ junker_nadya = 0
~ junker_fired = 0

=== junker_ch5 ===
~ junker_fold_ch4()
# chapter: Parole
# time: 1917-10-26 02:40
# place: winter_palace
# scene: palace_corridor
# ambience: crowd_corridor
It is twenty to three in the morning of Thursday the 26th of October, the 8th of November in the West, and you are sitting on the floor of a corridor of the Winter Palace with your back to the wall and no rifle, among forty cadets with no rifles, while the palace fills with strangers. # basis: documented
-> junker_stepan ->

Soldiers, sailors, boys from the factories look into every room. A man goes past with a bronze clock on his shoulder, and another shouts after him, "Comrades! Don't touch anything! This is the property of the People!" and the clock is put down, sheepishly, on a windowsill. # basis: quoted a voice in the palace (Reed)

The ministers have been walked away across the Troitsky Bridge to the fortress. A sailor with a list stands over the cadets. "Junkers. What are we going to do with you?" Somebody behind him says he knows what. The sailor tells him to shut up. # basis: plausible

{junker_ally >= 2: Then a voice you know comes down the corridor, and it is the sister in the white headdress from the hospital, and behind her, on a stick, with his head bandaged, Savely. "That one," he says to the sailor, pointing at you. "Carried me upstairs. Under the grenades. Whatever you do with the rest, that one goes home." The sailor looks at you with interest. "Does he now."}
{junker_ally == 1 || junker_ally == 3: You look for Nadya among the women being led out by the Hermitage stairs and do not find her. Somebody says the women are being taken to the Pavlovsky barracks.}

Chudnovsky comes along the corridor with his stiff arm and a sheet of paper in his good hand, the list of the arrested ministers, and stops to speak to the sailor. # basis: plausible
{junker_flag == 1: His eyes go along the row of cadets and stop on you. "That one shouted for my flag this evening," he says to the sailor. "His word will be good. Take it first."|He does not look at the cadets. Why should he? At six, when he was the prisoner in this palace, you were not the one who shouted for him.}

Then the word comes down, from the sailor or from somebody at Smolny: the junkers are to be let go on their word not to take up arms against the Soviet power. There is no paper to sign: a word, said aloud, one by one, to a sailor with a list. # basis: documented

{junker_partner == 1: Kostya looks at the sailor as if he were a snake. "A promise to a mutineer isn't a promise," he says, quite loud. The sailor laughs. "Then it costs you nothing, your honour."|Grisha gives his at once, in a clear voice, as if answering a roll-call. "I was never against anybody," he says to the sailor. "I was just here."}

* [Give your word, and mean it #historicity: historical J3]
    ~ junker_parole = 1
    ~ junker_up(junker_conscience)
    "Dmitry Voronin, Peterhof ensign school. I will not take up arms against the Soviet power." The sailor ticks the name on his list. Your voice is steadier than it was on the stair. A promise is a promise; your father says so, and a word is a kind of flag. # basis: plausible
* [Give it, meaning to break it #historicity: plausible]
    ~ junker_parole = 2
    ~ junker_up(junker_courage)
    You say the words, and you think: a word given under a rifle is no word. The sailor looks at your face as if he could read it, and perhaps he can. "Mind you keep it, student," he says. "Next time there won't be any talking." # basis: plausible
- 
~ junker_flag = 0
# time: 1917-10-26 07:30
# place: palace_square
# scene: map
# weather: sleet
By half past seven you are out on Palace Square in the first grey light, with wet snow coming down, walking away from the palace between the firewood stacks, past a heap of junkers' rifles as high as a man. Nobody follows you. {junker_comradeship >= 2: {junker_partner == 1: Kostya|Grisha} walks beside you. Neither of you speaks until the Nevsky.} # basis: documented

Ustinov shakes every hand at the arch, with his good one. "Go home," he says. "That's an order, and the last one I'll give you." # basis: invented
-> junker_ch6

// ---------------------------------------------------------------- those who were never taken
=== junker_keep_out ===
~ junker_fold_ch4()
~ junker_flag = 0
# chapter: Parole
# time: 1917-10-26 08:00
# place: nevsky
# weather: sleet
# ambience: street_night
# map: winter_palace mrc
On the morning of Thursday the 26th of October, the 8th of November in the West, you hear from the milk-woman on the 7th Line that the Winter Palace was taken in the night and the ministers are in the fortress. Aunt Zina crosses herself and puts the samovar on. # basis: documented

You go out in the wet snow to see. On the Nevsky the trams are running. New proclamations cover yesterday's. In the square before the palace the firewood barricade is still there, and the heap of junkers' rifles beside it, and a sentry in a sailor's jacket who waves the curious on. # basis: documented
-> junker_stepan ->
Nobody asks you for your word. You never gave it. # basis: plausible
-> junker_ch6

// ---------------------------------------------------------------- the other side's case, put by a Red Guard
=== junker_stepan ===
{junker_keep_out: By the heap of rifles a Red Guard is turning them over one by one: a man of thirty in a worker's overcoat, a red band on his sleeve, and Grisha's face, ten years older. You know him at once. "Stepan Lapin?" "Grisha's school was let go at dawn, on its word," he says, "Grisha with it, thank God." He looks you up and down. "You're his Mitya. He writes about you."|A Red Guard comes along the row of cadets looking at faces: a man of thirty in a cap and a worker's overcoat, a red band on his sleeve, a rifle on a string, and Grisha's face, ten years older. Grisha is on his feet before anyone can stop him. "Stepan." The brothers hold each other by the shoulders and say nothing at all. Then Stepan looks down at you. "You're his Mitya. He writes about you."} # basis: invented

He squats on his heels, the rifle across his knees. "Listen, student. You'll be an officer, so somebody should tell you what you were guarding. {junker_keep_out: The Congress of Soviets sat all night at Smolny, delegates of the soviets from all over Russia, elected in the factories and the regiments, and at dawn it voted the power to the soviets.|The Congress of Soviets is sitting at Smolny tonight, delegates of the soviets from all over Russia, elected in the factories and the regiments, and most of them are for all power to the soviets.} Who elected your ministers? A committee of the old Duma made them in February, and they've been reshuffled three times since without asking anybody. They promised to elect the Constituent Assembly in September and put it off to November. They promised peace and sent us into the offensive in June. The land? Wait for the Assembly. Well, we've stopped waiting. Peace and land: that's what we came for." # basis: invented

* ["The Assembly is three weeks off. Let all Russia vote, not one Congress in one night."]
    ~ junker_case = 1
    "Let it vote," says Stepan. "Nobody's called the vote off. It was your ministers put it off, not us. But a soldier in the trenches wants to know if he'll be alive on polling day. You'd tell him to wait three more weeks. We've told him he can stop waiting."
* ["Your Congress is Lenin's party, and Lenin's party took the city in the night."]
    ~ junker_case = 2
    "My shop elected its man to the Soviet, and the Soviet sent its delegates to the Congress, like every soviet in Russia. Nobody asked Lenin whom to send." He shrugs. "If most of them are Bolsheviks, it's because the Bolsheviks said peace and land while the rest said wait. And the regiments went over on their own feet, student. You watched them do it."
* [Ask him what happens to the cadets now]
    ~ junker_case = 3
    "To you?" The question seems to surprise him. "Home, if they've any sense at Smolny. Nobody here wants a boy's blood. We want the war over and the land ploughed." He gets up, knees cracking. "Read the papers this week, student. Then tell me what you were guarding."
- ->->
