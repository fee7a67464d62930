// The Junker, chapter 5: Parole
// 26 October 1917, 02:40-morning (Old Style) = 8 November (New Style).
// The cadets are disarmed and let go on their word (J3); the ones who were never taken wait it out.

// 0 never taken (left early or kept away), 1 gave his word and meant it, 2 gave it meaning to break it
VAR junker_parole = 0

=== junker_ch5 ===
~ junker_fold()
# chapter: Parole
# time: 1917-10-26 02:40
# place: winter_palace
# scene: palace_corridor
# ambience: crowd_corridor
It is twenty to three in the morning of Thursday the 26th of October, the 8th of November in the West, and you are sitting on the floor of a corridor of the Winter Palace with your back to the wall and no rifle, among forty cadets with no rifles, while the palace fills with strangers. # basis: documented

Soldiers, sailors, boys from the factories look into every room. A man goes past with a bronze clock on his shoulder, and another shouts after him, "Comrades! Don't touch anything! This is the property of the People!" and the clock is put down, sheepishly, on a windowsill. # basis: quoted a voice in the palace (Reed)

The ministers have been walked away across the Troitsky Bridge to the fortress. A sailor with a list stands over the cadets. "Junkers. What are we going to do with you?" Somebody behind him says he knows what. The sailor tells him to shut up. # basis: documented

{junker_ally >= 2: Then a voice you know comes down the corridor, and it is the sister in the white headdress from the hospital, and behind her, on a stick, with his head bandaged, Savely. "That one," he says to the sailor, pointing at you. "Carried me upstairs. Under the grenades. Whatever you do with the rest, that one goes home." The sailor looks at you with interest. "Does he now."}
{junker_ally == 1 || junker_ally == 3: You look for Nadya among the women being led out by the Hermitage stairs and do not find her. Somebody says the women are being taken to the Pavlovsky barracks.}

It is the sailor's idea, or somebody's at Smolny: the junkers are to be let go, on their word. No arms against the Soviet power. Sign here, or put a cross. # basis: documented

{junker_partner == 1: Kostya looks at the paper as if it were a snake. "A promise to a mutineer isn't a promise," he says, quite loud. The sailor laughs. "Then it costs you nothing, your honour."|Grisha signs at once, in his neat machinist's son's hand. "I was never against anybody," he says to the sailor. "I was just here."}

* [Give your word, and mean it #historicity: historical J3]
    ~ junker_parole = 1
    ~ junker_up(junker_conscience)
    You sign. Dmitry Voronin, Peterhof ensign school. Your hand is steadier than it was on the stair. A promise is a promise; your father says it, and so did Ustinov, about flags. # basis: documented
* [Sign it, meaning to break it #historicity: plausible]
    ~ junker_parole = 2
    ~ junker_up(junker_courage)
    You sign, and you think: a word given under a rifle is no word. The sailor looks at your face as if he could read it, and perhaps he can. "Mind you keep it, student," he says. "Next time there won't be a paper." # basis: plausible
- 
# time: 1917-10-26 07:30
# place: palace_square
# scene: map
# weather: sleet
By half past seven you are out on Palace Square in the first grey light, with wet snow coming down, walking away from the palace between the firewood stacks, past a heap of junkers' rifles as high as a man. Nobody follows you. {junker_comradeship >= 2: {junker_partner == 1: Kostya|Grisha} walks beside you. Neither of you speaks until the Nevsky.} # basis: documented

Ustinov shakes every hand at the arch, with his good one. "Go home," he says. "That's an order, and the last one I'll give you." # basis: invented
-> junker_ch6

// ---------------------------------------------------------------- those who were never taken
=== junker_keep_out ===
~ junker_fold()
# chapter: Parole
# time: 1917-10-26 08:00
# place: nevsky
# weather: sleet
# ambience: street_night
# map: winter_palace mrc
On the morning of Thursday the 26th of October, the 8th of November in the West, you hear from the milk-woman on the 7th Line that the Winter Palace was taken in the night and the ministers are in the fortress. Aunt Zina crosses herself and puts the samovar on. # basis: documented

You go out in the wet snow to see. On the Nevsky the trams are running. New proclamations cover yesterday's. In the square before the palace the firewood barricade is still there, and the heap of junkers' rifles beside it, and a sentry in a sailor's jacket who waves the curious on. Somewhere in the city your school is signing papers, you hear, and being let go on its word. Nobody asks for yours. You never gave it. # basis: documented
-> junker_ch6
