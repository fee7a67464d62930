// Kerensky, chapter 2: the warning in the papers, the Cossacks, the countersign night and the Day of the Soviet.
// 18-22 October 1917 (Old Style). Facts from the bible: section 1 rows 5-7, 2.1 (18-22 Oct), 3.2, 6.2 (K2, K6, K7), 7 (#15, #16, #23, #31, #33).

// true if he tells the Cossacks he should have stood with Kornilov in August (K7, remembered)
VAR kerensky_kornilov = false
// the road to street fighting: 1 struck at the MRC on the 22nd (K2), 2 let the Cossacks march (K6), 3 Smolny attacked in the night of 24-25 (K2)
VAR kerensky_streets = 0

=== kerensky_ch2 ===
# chapter: The Warning
# time: 1917-10-18 08:30
# place: winter_palace
# weather: overcast
# ambience: palace_rooms
# paper: novaya_zhizn Yu. Kamenev on the "Uprising"
Wednesday, 18 October 1917; in the West, Wednesday the 31st. The papers come up with the tea, and the one on top is Gorky's Novaya Zhizn, which is not a Bolshevik paper and is read by everyone who wants to know what the Bolsheviks are saying to one another.

This morning it prints a short statement signed by Kamenev, for himself and for Zinoviev. Two members of the Bolshevik Central Committee tell the whole city, in print, that their own party is preparing an armed insurrection, and that they are against it. # basis: documented

* [Read Kamenev's statement line by line]
    He writes like a man who has lost an argument and will not lose it quietly. To take the initiative of an armed insurrection at this moment, he says, would be "an inadmissible step ruinous to the proletariat and to the revolution". You read it as a lawyer reads a confession that the client never meant to sign. Nothing in it says when. Everything in it says that the rest of them mean to. # basis: quoted Kamenev, Novaya Zhizn, 18 Oct
* [Read Gorky's leading article beside it]
    Gorky's leader is headed "One must not be silent!" He writes of rumours running through the city, of "motor lorries overfilled with men with rifles and revolvers in their trembling hands". He fears the crowd, the drunkenness, the pogrom that follows any rising in a hungry city. He does not love you. He simply fears the other thing more, and so, this morning, do you. # basis: quoted Gorky, Novaya Zhizn, 18 Oct
* [Ask what the garrison is saying about it]
    Your adjutant has a note from the district. {kerensky_branch == 1:A conference of garrison delegates meets at Smolny tonight. Its resolutions, as far as the district can learn, are about bread, boots and the winter, and about peace. No battalion has an order to defy, and the Bolshevik speakers have to shout about an order that sleeps in a drawer.|A conference of garrison delegates meets at Smolny tonight, and the district expects it to pledge itself to the Soviet. The transfer order is the only thing the delegates will want to discuss. They will not be discussing how to carry it out.} # basis: documented

- You fold the paper. For a month you have said in cabinet that the Bolsheviks will come out, and the ministers have looked at their hands. Now the Bolsheviks have said it themselves. You find that what you feel is closer to relief than to fear.

# time: 1917-10-20 17:00
# sfx: door_knock
On Friday the British ambassador, Sir George Buchanan, calls at the palace. He is courteous and grey, and he has heard from his military attaché, General Knox, the same stories you have. Will the Bolsheviks rise? Has the government the men to stop them? London would like to know whether Russia will still be at war in the spring. # basis: plausible

* [Tell him what you have told everyone: let them come out]
    You tell him that you want nothing better. "All I want them to do is act," you say, and you let the sentence hang, and then you finish it: "Then I will crush them." He looks at you a little longer than politeness requires. To your ministers you have said something stronger still, that you would almost pray for the rising, because it will be crushed and the air will be cleared. You believe it as you say it. # basis: quoted Kerensky to Buchanan (Pearson); to his circle (Miéville)
* [Tell him the truth about the garrison]
    You tell him more than you have told the cabinet. The garrison is the Soviet's, not yours; the junker schools are loyal but young; the Cossacks are the Cossacks. The front is far and its trains pass through stations where committees meet. He thanks you gravely. You see him filing it away, and you wonder, when he has gone, whether you said it to be believed or to be contradicted.

-
# time: 1917-10-21 14:00
# ambience: crowd_corridor
Saturday, 21 October. The council of the Cossack troops sends its delegates to the palace: three officers and two men from the ranks of the Don regiments quartered in the city, with their red-striped trousers and their careful boots. They have a procession planned for tomorrow, a religious procession through the streets, with icons and the regiments on foot. They want to know that the government will stand behind it. # basis: documented

Then the eldest of them, a grey esaul with a Saint George cross, asks the question they have really come with. In August, he says, you called General Kornilov a traitor. Kornilov is under arrest. Many Cossacks think he only wanted what you want now: an army that obeys. What do you say to that, today? # basis: invented

* [Answer that you would break with Kornilov again #historicity: historical]
    You tell them the truth as you have always told it. Kornilov sent cavalry against the capital of a free Republic, and no government worth the name could let a general decide who governs. You would do it again tomorrow. The esaul nods slowly. The two men from the ranks look at each other. You have kept your honour, and you can see that you have not kept them. # basis: plausible
* [Admit that you should have stood with him in August #historicity: speculative K7]
    ~ kerensky_kornilov = true
    ~ kerensky_shift(kerensky_right, 1)
    ~ kerensky_shift(kerensky_left, -1)
    You hear yourself say it before you have decided to. If you had trusted Kornilov in August, if the two of you had brought the front's best regiments to the capital together, there would be no Military Revolutionary Committee and no talk of a rising. The officers straighten. The esaul says he will tell the regiments so. You know, as he goes, that by tonight Smolny will know it too, and that the Mensheviks who saved you from Kornilov will never forgive the sentence. # basis: invented
* [Refuse to argue about August]
    You tell them that August is for the Constituent Assembly and the historians, and that October is for soldiers. The esaul says that soldiers remember. He says it politely, and he does not smile.

-
# time: 1917-10-22 01:30
# place: general_staff
# ambience: interior_quiet
# sfx: telephone_ring
Past one in the morning, Polkovnikov telephones from across the square. Delegates of the Military Revolutionary Committee have come to the district staff. They demand the right to see and countersign every order to the garrison; without their signature, they say, no order is valid. {kerensky_branch == 1:Half the regimental committees have not heard of this, and some of those who have are asking who gave the Committee the right. Polkovnikov refused, of course.|The garrison conference recognised the Committee's authority this evening, and the delegates speak as if they had the regiments in their pockets. Polkovnikov refused, of course.} They went away saying that the staff has made itself the enemy of the revolutionary garrison. # basis: documented

And tomorrow is Sunday: the Soviet has called it the Day of the Petrograd Soviet, with meetings in every hall of the city, and the Cossacks mean to walk through the same streets with their icons.

Polkovnikov waits on the line. What will you do?

* [Let the refusal stand, cancel the Cossacks' procession and wait for them to move first #historicity: historical]
    -> kerensky_soviet_day
* [Strike tonight: arrest the Committee at Smolny with the junker schools before the Day begins #historicity: plausible K2]
    ~ kerensky_streets = 1
    -> kerensky_end_streets
* [Let the procession go ahead, with the Cossack regiments in the streets under arms #historicity: plausible K6]
    ~ kerensky_streets = 2
    -> kerensky_end_streets

=== kerensky_soviet_day ===
You tell Polkovnikov that the refusal stands and that the staff is to do nothing else tonight. Then you have the Cossack council woken and told that the government asks them to give up their procession. Two processions on one Sunday in this city, one with icons and one with red banners, would end with somebody shooting. Let the Bolsheviks make the first move, and be seen to make it. # basis: documented

# time: 1917-10-22 15:00
# place: winter_palace
# weather: rain
# ambience: rain_river
Sunday, 22 October; the 4th of November in the West. The city turns out for the Soviet's Day. The reports come in all afternoon by telephone and messenger: the People's House on the Petrograd Side packed to the galleries, the Modern Circus so full that men sit on the barriers of the ring, factory yards and barracks with a speaker on every cart. Trotsky goes from hall to hall, and in every hall, they say, the crowd will not let him stop. {kerensky_kornilov:The Cossacks stayed in their barracks. Their officers let it be known that the Minister-President's words about Kornilov had been noted, and that they would wait and see whether he meant them.|The Cossacks stayed in their barracks. Their council let it be known that it had obeyed, and did not let it be known what it thought.} # basis: documented

* [Read the reports to the end]
    You read all of them. None of them describes a riot, a looted shop or a shot. That is what frightens you. A mob can be dispersed. A crowd that listens to speeches in the rain for four hours and then goes home in good order is an army.
* [Stand at the window]
    From the library you see only the Neva, the rain and the low shape of the Peter and Paul Fortress on the far bank. Its garrison, almost alone in the city, has turned the Committee's commissars away this week and said it takes no orders from them. You look at it longer than you mean to, as if it might change its mind while you watch.
* [Telephone the junker schools]
    You ring Oranienbaum, Peterhof and the city schools in turn. The commandants answer promptly and correctly. Their boys are ready, they say, and they have been ready since the 16th. You ask how many. They give you numbers that would have been a regiment in 1914. Today they are what you have.

- Tonight Smolny will count the Day as a victory, and it will be right to. You did not give them the clash they wanted, and they did not need it. # basis: plausible
// the garrison kept (K1) goes on in its own chapters from the fortress vote of the 23rd: 09_garrison.ink
{kerensky_branch == 1:-> kerensky_gk}
-> kerensky_ch3

=== kerensky_end_streets ===
{kerensky_streets:
- 1:
    # ambience: street_night
    # time: 1917-10-22 05:00
    # place: smolny
    You give the order yourself. Before dawn on the Sunday, four companies of junkers from the city schools, with two armoured cars, march on Smolny to arrest the Military Revolutionary Committee. # sfx: armoured_car
    They never reach the colonnade. The Soviet has its own telephones, and by the time the first armoured car turns off Shpalernaya the red guards of the Vyborg Side are on the streets and a company of soldiers from the nearest barracks is lying across the road. Somebody fires. By full light there are dead boys in junker greatcoats on the cobbles and dead workmen beside them, and the Day of the Petrograd Soviet becomes a day of funerals before it has begun. # sfx: volley
- 2:
    # ambience: street_night
    # time: 1917-10-22 11:00
    # place: nevsky
    You tell the Cossack council that the government stands behind its procession, and that the regiments are to march under arms. The Cossacks come down the Nevsky behind their icons at eleven, a slow river of fur caps and greatcoats, with the officers mounted at the head. # sfx: crowd_shout
    At the corner of the Liteiny they meet a column coming from a Soviet meeting with red banners. Nobody afterwards agrees who fired first. The Cossacks charge, the column scatters and comes back with rifles from the barracks, and by evening there is firing at every bridge.
- 3:
    # ambience: street_night
    # time: 1917-10-25 03:00
    # place: smolny
    Polkovnikov's junkers go out into the rain at half past two, three hundred of them in lorries, with one armoured car, to take Smolny by surprise. # sfx: armoured_car
    Smolny is not surprised. It has machine-guns at its gates and red guards in its yard, and the junkers meet fire at the gates. The lorries that get away bring back the wounded, and the night of the seizures becomes a night of street fighting from the Liteiny to the Nevsky.
}

-> kerensky_st_day
