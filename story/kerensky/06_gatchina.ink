// Kerensky, chapter 6: Pskov, Krasnov, Tsarskoe Selo, Vikzhel, Pulkovo, the truce, the escape from Gatchina (K8), epilogues.
// 25 October - 1 November 1917 (Old Style). Facts from the bible: section 2.4, 2.5, 3.2 (Krasnov, Cheremisov), 3.1 (Dybenko), 6.2 (K8), 8 (#4, #13).
// On 26 Oct the Congress had issued "To Workers, Soldiers and Peasants!" but made no government yet (Peace decree 22:35 on the 26th,
// Sovnarkom in the small hours of the 27th). Krasnov's statement of 1 Nov (printed by Reed) and Kerensky's account of the escape
// contradict each other: both are given.

// true if he argued with Cheremisov until noon at Pskov (read at Gatchina on the 31st)
VAR kerensky_argued = false
// how he met Krasnov's charge that he himself had asked for the cavalry corps in August: 1 as a lawyer, 2 conceded, 3 cut him short
VAR kerensky_krasnov = 0
// true if he accepts the railwaymen's mediation and halts at Tsarskoe Selo instead of advancing on Pulkovo
VAR kerensky_halted = false
// true if he asks for the armistice himself on the 31st (history); read in the endings
VAR kerensky_sought = false

=== kerensky_ch6 ===
# chapter: Gatchina
# time: 1917-10-26 08:00
# place: pskov
# weather: rain
# ambience: crowd_corridor
# map: winter_palace mrc
# map: palace_square mrc
# map: general_staff mrc
# paper: telegram I am leaving work and getting out of here
Thursday, 26 October; in the West, the 8th of November. You reached Pskov and the headquarters of the Northern Front in the night, by way of Gatchina and a road that never seemed to end. On the duty officer's desk lies the last message from the General Staff's telegraph in Petrograd, sent soon after the ultimatum last evening. The operator had signed off: "I am leaving work and getting out of here." # basis: quoted last telegrapher at the General Staff to Pskov, 25 Oct (Miéville)

In the morning the telegraph, in other hands now, tells you what it is telling everyone else. Your ministers were arrested in the Winter Palace in the small hours and taken to the fortress. The Congress of Soviets, sitting at Smolny, has issued an appeal "To Workers, Soldiers and Peasants!": all power passes to the soviets. Of a government of its own it says nothing yet. # basis: documented

{kerensky_konovalov == 2:You told Konovalov not to let the boys die for a building. The telegraph does not say what he told them at the end; it says only that the Palace fell in the small hours.|You told Konovalov to hold until you came back. He held for fifteen hours.}
~ kerensky_konovalov = 0

General Cheremisov, who commands the front, receives you as a host receives a guest who has stayed too long. Sending troops to Petrograd, he says, would be pointless and even detrimental; the army will not side with Kishkin, or with anyone from the Palace. He has already countermanded some of the movements you ordered. # basis: quoted Cheremisov at Pskov (project1917)

* [Argue with him as Supreme Commander]
    ~ kerensky_argued = true
    You remind him who commands the armies of the Republic. He agrees, politely, that you do. Then he tells you which divisions have passed resolutions for the Soviet, and which committees hold which junctions, and it is a long list. The argument goes on until noon. At the end of it he says that he will see what infantry can be found for General Krasnov. You have won, and nothing moves.
* [Waste no time on him: find General Krasnov]
    You leave Cheremisov in mid-sentence. Somewhere on the railways near Ostrov is General Krasnov, commanding the 3rd Cavalry Corps, whose Cossacks are scattered in echelons along the lines. Perhaps one general will do what another will not.

-
# time: 1917-10-26 15:00
# ambience: off
Krasnov is forty-eight, a cavalryman to his boots, and his corps is the one General Kornilov sent against the capital in August. He has perhaps seven hundred Cossacks with him, a few guns, and the promise of an infantry regiment. At Ostrov, where you meet his men, they are sullen: they have not forgotten that you called their old commander a traitor. {kerensky_kornilov:Some of the officers have heard what you told the Cossack council in Petrograd, that you should have stood with Kornilov. They salute you a shade more correctly. The men do not.|Nobody says it aloud in your hearing. Nobody needs to.} # basis: documented

The train leaves at three. # ambience: railway
In the carriage, as it runs north into the dusk, Krasnov says to your face what his officers have been saying since Ostrov. In August, he says, it was you who asked the Stavka for a cavalry corps to be brought up to the capital, to deal with the Bolsheviks if they rose: this corps. It came because the government sent for it. Then you called its commander a rebel and its men mutineers. And now you have come to the same corps to ask it for what you asked in August. # basis: plausible

* [Answer as a lawyer: you asked for a corps under the government's orders, not for a general's march]
    ~ kerensky_krasnov = 1
    You give him the answer you gave the commission of inquiry, and will give for fifty years. The government asked for a corps to be put at its disposal, under its orders and not under General Krymov; what came down the line was a general's march on the capital, with a general's ultimatum in front of it. Krasnov hears you out. The distinction, his face says, is one for lawyers. # basis: plausible
* [Concede it: you asked for them in August, and you are asking again]
    ~ kerensky_krasnov = 2
    "I asked for them in August," you say, "and I am asking again." Krasnov looks at you for a long moment. Then he nods, as one soldier to another, and you are not sure which of you has given more away.
* [Cut him short: the Supreme Commander does not debate August with a corps commander]
    ~ kerensky_krasnov = 3
    You tell him that the corps is under your orders and that August is closed. He says "Yes, sir," and from then on he speaks to you about trains, fodder and the state of the line, and about nothing else.

-
# time: 1917-10-27 07:00
# place: gatchina
On the 27th the Cossacks take Gatchina at daybreak. On the 28th, in the evening, they enter Tsarskoe Selo.
# time: 1917-10-28 19:00
# place: tsarskoe_selo
The garrison there had declared itself neutral; the Cossacks' guns fire on the barracks of the 2nd Tsarskoe Selo Rifles all the same. By the count the American John Reed will print, eight men are killed. # basis: documented

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
# time: 1917-10-31 09:00
# place: gatchina
# scene: gatchina
# ambience: palace_rooms
Gatchina Palace is cold, and its rooms echo.

{kerensky_halted:While you waited at Tsarskoe Selo for the railwaymen's talks, the red guards and sailors came on regardless, and on the 30th the Cossacks fell back to Gatchina without waiting for your order.|The Cossacks who came back from Pulkovo sit in its courtyards in their greatcoats, and they are not cleaning their rifles.} {kerensky_argued:The infantry that Cheremisov promised, at the end of your morning's argument, to look for has not come.|No infantry has come from the front. You never asked Cheremisov twice, and Pskov has offered nothing.}
~ kerensky_argued = false

On the morning of the 31st Krasnov comes to your room{kerensky_krasnov == 1:, correct and cool, as he has been since the train}{kerensky_krasnov == 2:, and speaks to you more plainly than any general has since the spring}{kerensky_krasnov == 3:, and reports, as he has since the train, in the fewest words a report can have}. The Cossacks will not go forward again, he says. Their committees want talks, and the reinforcements are not coming.
~ kerensky_krasnov = 0

* [Ask for an armistice yourself, to buy time for the front's troops #historicity: historical]
    ~ kerensky_sought = true
    You decide it yourself: the Supreme Commander will propose a suspension of hostilities, and talks. # basis: documented
    You draft it at the desk by the window, and the Cossacks' own delegates carry it across the lines. Time, you tell Krasnov, is all the front's troops need from you. He answers, not unkindly, that time is what the other side has more of.
* [Refuse any truce: order Krasnov to hold Gatchina until the front's troops come #historicity: plausible]
    You tell Krasnov that there will be no talks with men who hold your ministers in the fortress. He salutes. By the afternoon the Cossacks' committees have sent their own delegates across the lines, without asking either of you.

- On the 31st there is a truce. The other side sends Dybenko, the enormous sailor from the Baltic Fleet's committee, who walks among the Cossacks and talks to them as one soldier to another. # basis: documented

{kerensky_sought:You asked for the truce to buy time. The Cossacks have found a better use for it.|You refused the truce, and the Cossacks have made one of their own.}{kerensky_halted: Your halt at Tsarskoe Selo saved no one any trouble; it gave Dybenko two more days.|}
~ kerensky_halted = false

By the morning of 1 November the Cossacks are talking of a bargain: free passage home to the Don, in exchange for you. # basis: documented
# time: 1917-11-01 10:00
It is Wednesday, 1 November; the 14th in the West. An officer who has been loyal comes to your room with a bundle under his arm. There is a sailor's outfit in it, and a pair of motoring goggles. A car can be at a side gate in ten minutes.

Of this morning there are two stories, and they do not agree. Krasnov's, in the statement taken from him on his arrest, is that he himself urged you to go to Petrograd openly, under a white flag, and treat with the Committee as the head of the government. Yours is that he and his Cossacks were bargaining you away, and that you had to get out of their hands. # basis: documented

* [Put on the disguise and go #historicity: historical]
    -> kerensky_end_exile
* [Stay, and face the men who would sell you #historicity: plausible K8]
    -> kerensky_end_handed_over

=== kerensky_end_exile ===
# time: 1917-11-01 11:00
You put on the sailor's jacket over your own shirt and pull the goggles down over your eyes. On the stairs two of Dybenko's sailors are arguing about tobacco, and they do not look up. A Cossack of the convoy at the side gate looks straight at you, and then away, as if he had decided not to have seen anything. # basis: plausible
The car is where the officer said it would be. The driver does not ask where. # sfx: motor_car

On the road you take the goggles off, because they mist in the rain, and watch the birches go by. Behind you Krasnov is finding your room empty, in the middle of the truce you {kerensky_sought:asked for yourself|refused and got anyway}. Ahead is hiding, and then other people's countries, and you never come back. # basis: documented
{kerensky_lookback:The last you saw of Petrograd as its master was the Palace through the General Staff arch, small and red in the rain.|You did not look back at the Palace that morning in the car. You will spend fifty years looking back at it.}

For the rest of your life strangers will ask you about the nurse's dress you never wore{kerensky_flag:, and about the American flag, which flew on the car behind yours and never on your own}. You left the Palace in your own uniform, in your own car. The only disguise was this one, at Gatchina. # basis: documented

What historians argue: Rabinowitch, in The Bolsheviks Come to Power, finds October decided before you left the Palace: the garrison was the Soviet's, and your raid on the 24th gave the rising its pretext. Pipes, in The Russian Revolution, calls it a coup by a minority, though one that found few men willing to die against it. In The Catastrophe (1927) you argued that the right let the Bolsheviks win, expecting to crush them within weeks. # basis: plausible
~ kerensky_ending = 1
-> kerensky_fates ->

You were thirty-six. You would spend the rest of a long life being right about October in print. # ending: kerensky_exile
-> END

=== kerensky_end_handed_over ===
You send the officer away with his bundle. You have run from one palace already; you will not run from a second in a sailor's jacket. You dress in your tunic and go down to the hall, where the Cossacks' delegates are arguing with Dybenko's men, and you tell them who you are, as if they did not know. {kerensky_sought:They are bargaining under the truce you asked for yourself.|They are bargaining under a truce you refused to ask for.} # basis: invented
# time: 1917-11-01 16:00
The bargain is struck by evening. The Cossacks get their trains to the Don. You get a car to Petrograd, with sailors on the running-boards, and Dybenko beside the driver, talking about the fleet as if you were colleagues. # basis: invented # ambience: motor_road
# place: smolny
# ambience: off
At Smolny they give you a classroom with a guard at the door and a bucket of coal. Someone brings the new power's papers: there are already calls for a revolutionary tribunal, a people's court for the man who made war on the Soviet. You read them as a lawyer reads an indictment, and find yourself drafting your defence. # basis: invented # telling: kerensky In this telling the Cossacks handed Kerensky over to Dybenko at Gatchina on 1 November, and he was held at Smolny to await a revolutionary tribunal.

What historians argue: this ending is our own reasoning, from what the record allows. The Cossacks were ready to hand you over; Dybenko had come for that. The demand for a tribunal of the people was real, and Reed printed it. The new power released Krasnov on his word and junkers on parole; it would hardly have been so easy with you. A show trial, a long prison term, or a death called a sentence: those are the roads the record leaves open. # basis: plausible
~ kerensky_ending = 2
-> kerensky_fates ->

You walk down the corridor under guard to be questioned, past the doors where the Soviet made the revolution you had meant to lead. # ending: kerensky_handed_over
-> END
