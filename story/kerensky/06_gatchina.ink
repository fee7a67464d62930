// Kerensky, chapter 6: Pskov, Krasnov, Tsarskoe Selo, Vikzhel, Pulkovo, the escape from Gatchina (K8), epilogues.
// 25 October - 1 November 1917 (Old Style). Facts from the bible: section 2.5, 3.2 (Krasnov, Cheremisov), 3.1 (Dybenko), 6.2 (K8), 8 (#4, #13).

// true if he accepts the railwaymen's mediation and halts at Tsarskoe Selo instead of advancing on Pulkovo
VAR kerensky_halted = false

=== kerensky_ch6 ===
# chapter: Gatchina
# time: 1917-10-26 08:00
# place: pskov
# weather: rain
# ambience: interior_quiet
# map: winter_palace mrc
# map: palace_square mrc
# map: general_staff mrc
# paper: telegram I am leaving work and getting out of here
Thursday, 26 October; in the West, the 8th of November. You reached Pskov and the headquarters of the Northern Front in the night, by way of Gatchina and a road that never seemed to end. On the duty officer's desk lies the last message from the General Staff's telegraph in Petrograd, sent soon after the ultimatum last evening. The operator had signed off: "I am leaving work and getting out of here." # basis: quoted last telegrapher at the General Staff to Pskov, 25 Oct (Miéville)

In the morning the telegraph, in other hands now, tells you what it is telling everyone else: at ten past two your ministers were arrested in the Small Dining Room, and the Congress of Soviets has made a government of its own. # basis: documented

General Cheremisov, who commands the front, receives you as a host receives a guest who has stayed too long. Sending troops to Petrograd, he says, would be pointless and even detrimental; the army will not side with Kishkin, or with anyone from the Palace. He has already countermanded some of the movements you ordered. # basis: quoted Cheremisov at Pskov (project1917)

* [Argue with him as Supreme Commander]
    You remind him who commands the armies of the Republic. He agrees, politely, that you do. Then he tells you which divisions have passed resolutions for the Soviet, and which committees hold which junctions, and it is a long list. The argument goes on until noon. You win it, and nothing moves.
* [Waste no time on him: find General Krasnov]
    You leave Cheremisov in mid-sentence. Somewhere on the railways south of Pskov is General Krasnov, commanding the 3rd Cavalry Corps, whose Cossacks are scattered in echelons along the lines. Perhaps one general will do what another will not.

-
# time: 1917-10-26 15:00
# ambience: off
Krasnov is forty-eight, a cavalryman to his boots, and his corps is the one General Kornilov sent against the capital in August. He has perhaps seven hundred Cossacks with him, a few guns, and the promise of an infantry regiment. At Ostrov, where you meet his men, they are sullen: they have not forgotten that you called their old commander a traitor. {kerensky_kornilov:Some of the officers have heard what you told the Cossack council in Petrograd, that you should have stood with Kornilov. They salute you a shade more correctly. The men do not.|Nobody says it aloud in your hearing. Nobody needs to.} # basis: documented

The train leaves at three. # ambience: railway
# time: 1917-10-27 07:00
# place: gatchina
On the 27th the Cossacks take Gatchina at daybreak. On the 28th, in the evening, they enter Tsarskoe Selo, where the church bells ring as they ride in.
# sfx: church_bells
# time: 1917-10-28 19:00
# place: tsarskoe_selo
The garrison there had declared itself neutral; the Cossacks' guns fire on the barracks of the 2nd Tsarskoe Selo Rifles all the same, and eight men are killed. # basis: documented

On the 29th there is news from Petrograd: the junkers have risen in the city, with Polkovnikov at their head, holding the Engineers' Castle and the telephone exchange in the hope that you are near. By evening the Vladimir school has been shelled and stormed. The same day the railwaymen's union, Vikzhel, declares that it will strike unless all the socialist parties form one government, and offers to mediate. # basis: documented
# map: engineers_castle contested

Krasnov asks you what to do. Ahead, between you and the city, the red guards are digging trenches on the Pulkovo Heights.

* [Advance on Pulkovo: the junkers rose for you, and the city must be reached #historicity: historical]
    -> kerensky_pulkovo
* [Accept Vikzhel's mediation and halt at Tsarskoe Selo #historicity: plausible]
    ~ kerensky_halted = true
    You wire Vikzhel that the Supreme Commander will halt his forces while talks go on. Krasnov looks at you as if you had handed him a resignation. The Cossacks, who never wanted to fight Russians, are delighted. But in Petrograd the junkers' rising is already over, and the talks in Smolny are about a government without you in it. Every day you wait, more sailors and red guards come south. # basis: plausible
    -> kerensky_truce

=== kerensky_pulkovo ===
# time: 1917-10-30 11:00
# place: pulkovo
# weather: overcast
On the 30th Krasnov's Cossacks go forward against the Pulkovo Heights, under the observatory hill. # sfx: machine_gun_far
What Soviet histories will call a great battle is a few hours' fighting, hardly more than a skirmish. In front of the Cossacks are far larger numbers than they have ever faced: red guards rushed from the factories, sailors, soldiers of the garrison, organised by Trotsky and a colonel called Muravyov. Among the wounded on the other side is Chudnovsky, the young man who wrote up the ministers' arrest. By dusk the Cossacks have had enough, and they withdraw to Gatchina. # basis: documented
-> kerensky_truce

=== kerensky_truce ===
# time: 1917-10-31 20:00
# place: gatchina
# scene: gatchina
# ambience: interior_quiet
Gatchina Palace is cold, and its rooms echo. On the 31st there is a truce. The Cossacks send delegates to talk to the other side, and the other side sends Dybenko, the enormous sailor from the Baltic Fleet's committee, who walks among the Cossacks and talks to them as one soldier to another. {kerensky_halted:Your halt at Tsarskoe Selo has saved no one any trouble; it has given Dybenko two more days.|} By the morning of 1 November the Cossacks are talking of a bargain: free passage home to the Don, in exchange for you. # basis: documented
# time: 1917-11-01 10:00
It is Wednesday, 1 November; the 14th in the West. An officer who has been loyal comes to your room with a bundle under his arm. There is a sailor's outfit in it, and a pair of motoring goggles. A car can be at a side gate in ten minutes. Krasnov, he says, does not want to know.

* [Put on the disguise and go #historicity: historical]
    -> kerensky_end_exile
* [Stay, and face the men who would sell you #historicity: plausible K8]
    -> kerensky_end_handed_over

=== kerensky_end_exile ===
# time: 1917-11-01 11:00
You put on the sailor's clothes over your own shirt, and the goggles over your eyes, and you walk out of the palace of the emperors past men who do not look at you twice. The car is where the officer said it would be. The driver does not ask where. # sfx: motor_car
You never see Petrograd as its master again. # basis: documented

# ambience: off
Epilogue. You went into hiding, and then into exile, and you never came back. In The Catastrophe, in 1927, you argued that the right had deliberately let the Bolsheviks win in October, expecting to crush them within three or four weeks. You died in New York in 1970. For the rest of your life people asked you about a nurse's dress you never wore; you left the Palace in your own uniform, in your own car, and the only disguise was this one, at Gatchina. # basis: documented

General Krasnov was arrested at Gatchina, taken to Smolny and released on his word not to fight the new power. He broke it, became Ataman of the Don in 1918, served the Germans in the next war, and was hanged in Moscow in 1947. Dybenko, who came to buy you, was shot in 1938; so was Antonov-Ovseenko, who arrested your ministers. Konovalov, who surrendered "to avoid bloodshed", died in New York in 1949. Palchinsky was shot in 1929. Colonel Polkovnikov, who led the junkers on the 29th, was dead within the year. General Bagratuni died in London in 1943, and you sent his family your condolences. The women of the 2nd Company, {kerensky_truth:who had stayed at the Palace knowing why|who had been kept at the Palace by a pretext}, fired on the first rush across the square and were held in the barracks of the Pavlovsky and Grenadier regiments until the British attaché, General Knox, obtained their release.{kerensky_aurora: The cruiser you sent to sea did not save the bridge she would have lowered, and the Kronstadt ships came up the river without her; historians count her part in October a matter of nerves more than of guns, and your one success bore them out.|} # basis: documented

Historians have been kind to you only in one respect: almost none of them think you could have won. Pipes calls October a coup by a minority, and observes that even the Bolsheviks found few men willing to die for their cause; you found fewer. Rabinowitch shows a garrison won by the Soviet long before the 25th, and your raid on the 24th giving the rising its pretext. Figes makes Lenin's will decisive; Mawdsley thinks the divisions among his enemies unavoidable. Trotsky, who had every reason to mock you, thought the issue was decided when the garrison changed sides, not on the day you left in the car. # basis: plausible

You were thirty-six. You would spend the rest of a long life being right about October in print. # ending: kerensky_exile
-> END

=== kerensky_end_handed_over ===
You send the officer away with his bundle. You have run from one palace already; you will not run from a second in a sailor's jacket. You dress in your tunic and go down to the hall, where the Cossacks' delegates are arguing with Dybenko's men, and you tell them who you are, as if they did not know. # basis: invented
# time: 1917-11-01 16:00
The bargain is struck by evening. The Cossacks get their trains to the Don. You get a car to Petrograd, with sailors on the running-boards, and at Smolny a room with a guard at the door. In the papers of the new power there are already calls for a revolutionary tribunal, a people's court for the man who made war on the Soviet. # ambience: motor_road
# ambience: off

Epilogue. This ending is plausible, not historical. In reality you escaped from Gatchina in disguise on 1 November, went into exile, and died in New York in 1970. The Cossacks were ready to hand you over; Dybenko had come for that. Had they done so, the likeliest outcomes are the ones the record allows: a show trial before a revolutionary tribunal, a long imprisonment, or a death that would have been called a sentence. In the first months the new power released Krasnov on his word and many junkers on parole; it would hardly have been so easy with the man it called the head of the counter-revolution. # basis: plausible

General Krasnov, in reality, was released on parole, broke it, became Ataman of the Don, and was hanged in Moscow in 1947. Dybenko was shot in 1938; Antonov-Ovseenko, who arrested your ministers, in the same year. Konovalov died in exile in New York in 1949. Palchinsky was shot in 1929. Bagratuni died in London in 1943. # basis: documented

Historians doubt that anything you did in those last days could have saved the Provisional Government; Pipes, Figes and Rabinowitch agree on that if on little else. What your staying changes is your own end. Instead of fifty years of exile spent explaining October, you become one of its first trials. # basis: plausible

You walk into Smolny under guard, through the corridors where the Soviet made the revolution you had meant to lead. # ending: kerensky_handed_over
-> END
