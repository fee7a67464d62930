// Kerensky, the streets (K2 / K6 go on): two chapters of street fighting and its political price, then two endings.
// Counterfactual throughout. Reasoned from the bible: 3.2 (the Cossacks "without infantry"), 6.2 (K2, K6), 2.1 (the
// Pre-Parliament, the CEC of Dan and Gots), 3.1 (the garrison regiments). What the people do here is our own reasoning.

// what the Cossack council got for coming out: 0 nothing asked or refused, 1 Kornilov's name spoken kindly, 2 a break with the Soviet
VAR kerensky_st_terms = 0
// true if he let the Soviet's Executive try for a ceasefire (read at the Castle and in the endings)
VAR kerensky_st_cec = false
// true if he wrote the schools their order to disperse at dark (read in the endings)
VAR kerensky_st_orders = false
// where his standing ended after the Pre-Parliament: 0 nowhere, 1 the right, 2 the Executive's socialists
VAR kerensky_st_side = 0

=== kerensky_st_day ===
// nothing after this point reads the night's and the Palace's flags
~ kerensky_truth = false
~ kerensky_aurora = false
~ kerensky_dan = 0
~ kerensky_appeal = 0
# chapter: The Price of the First Shot
# place: winter_palace
# ambience: street_night
# map: smolny mrc
# map: winter_palace government
{kerensky_streets == 3:
    # time: 1917-10-25 08:00
    Wednesday, 25 October 1917; in the West, Wednesday the 7th of November. The grey morning comes up over a city that fought all night, and it is you who began the fighting. # basis: invented
- else:
    # time: 1917-10-22 20:00
    Sunday evening, 22 October 1917; in the West, the 4th of November. The Day of the Soviet has become a day of firing, and the reports that come up the Jordan staircase are of barricades, not meetings. # basis: invented
}

You sit in the library with the lamps lit and the curtains drawn, because somebody fired at the windows from the far bank an hour ago. Nobody was hurt. Everybody now walks along the walls. # sfx: rifle_shot

The telephone exchange still answers to the government. The Nikolaevsky Station does not. Smolny is ringed with red guards, and the Committee you meant to arrest is issuing orders in the name of the garrison it says you have attacked. # basis: invented

The first visitors are the Cossacks. Three officers of the Union of Cossack Troops, with snow on their shoulders and their caps in their hands, stand at the end of the long table and do not sit. Their regiments are in their barracks, they say, saddled. They will ride, but not for nothing, and not alone. # basis: plausible

* [Ask them plainly what they want]
    They want infantry beside them, which you have not got, and they want to know what they are dying for. The older officer says it carefully. The Cossacks went to the Palace in July and were shot at from the roofs. In August the government called their generals traitors. {kerensky_kornilov:You told their council last week that you should have stood with General Kornilov. They would like that said in print, over your name, and the order for his release from Bykhov signed.|They would like a word from you about General Kornilov, who sits in the prison at Bykhov because you put him there.} # basis: plausible
* [Tell them the Republic is in danger and wait]
    You give them the speech. It is a good speech, about the Republic and the Constituent Assembly and the honour of the Don. They hear it out standing. When you stop, the older officer thanks you and asks, as if the speech had not happened, what the government will give the Cossacks for their lives. {kerensky_kornilov:You spoke of Kornilov last week. They want that in print, and the prisoner at Bykhov set free.|Then he names Kornilov, who sits in the prison at Bykhov.} # basis: plausible

- The younger one adds the second price. The Cossacks will not shed blood so that the Soviet's Executive can sit at the same table next month and forgive the men who shot at them. If they ride, the government breaks with the Soviet: the Executive out of the Palace, the Bolshevik papers shut for good, the Committee's members outlawed by name. # basis: plausible

* [Pay both prices: Kornilov's release and the break with the Soviet #historicity: speculative K6]
    ~ kerensky_st_terms = 2
    ~ kerensky_shift(kerensky_right, 1)
    ~ kerensky_shift(kerensky_left, -2)
    You sign. The order for Bykhov goes by telegraph within the hour; the decree against the Committee is set in type at the Senate press before midnight. The officers salute and go, and for the first time since August you hear cavalry in the square. You also know, as you hear it, that you have just given every soldier in the garrison the proof that Smolny promised them: the Minister-President and Kornilov, together again. # telling: cossacks In this telling the Don regiments rode out in October, on the price of Kornilov's freedom and a break with the Soviet. # sfx: footsteps_cobbles
* [Speak of Kornilov with respect, but keep him in Bykhov and refuse to break with the Soviet #historicity: plausible K6]
    ~ kerensky_st_terms = 1
    You tell them the general is a patriot who was misled, that his case will go to the courts of the Republic, and that no government elected by the revolution can outlaw the Soviet that made it. The older officer hears the half of it he came for. Two sotnias will ride tonight, he says, to the bridges and no further. The rest of the regiments will wait for the infantry. # basis: plausible
* [Pay nothing: the Republic does not bargain with its own soldiers]
    You tell them that officers of the Russian army do not set prices for obeying the government. The older officer agrees with you entirely, he says, and goes back to his barracks, where the regiments unsaddle. You have kept your hands clean of Kornilov, and lost the only mounted men in the city. # basis: plausible

-
{kerensky_streets == 3:
    # time: 1917-10-25 10:00
- else:
    # time: 1917-10-23 09:00
}
# place: field_of_mars
# ambience: barracks
# map: field_of_mars mrc
{kerensky_streets == 3:By ten|Next morning, Monday the 23rd (the 5th in the West),} it is the garrison's turn. The regimental committees have sat all night. The Pavlovsky, whose barracks face the Field of Mars and look straight down the Millionnaya at the Palace, has voted to obey no order that does not bear the Committee's stamp, and has put its own pickets on the bridges of the Moika. The Preobrazhensky says it will stay in barracks. The Keksholmsky has sent a company to Smolny. # basis: invented

This is the month you spent arguing about whether the garrison could be moved to the front. Now it does not need to move at all. It only needs to stand where it is, between your junkers and everything they are trying to hold. # basis: plausible

* [Go to the Pavlovsky barracks yourself and speak to them]
    ~ kerensky_shift(kerensky_left, 1)
    You go in an open car, against every officer's advice. They let you into the yard, and they let you speak, because you are still the man of February and even now a crowd of soldiers will listen to you before it decides. You speak for forty minutes. At the end a sergeant climbs on a cart and asks one question: who fired first at Smolny? You do not have an answer they can use. They send you back unharmed, and keep their pickets on the Moika. # basis: invented # sfx: crowd_shout
* [Order the junkers to disarm the Pavlovsky before it moves]
    ~ kerensky_shift(kerensky_right, 1)
    ~ kerensky_shift(kerensky_left, -1)
    Two companies of the Vladimirsky school go up the Millionnaya with a machine-gun on a cart. The Pavlovsky does not wait to be disarmed. The fire from its windows stops the junkers at the Winter Canal, and for the rest of the day the street between the Palace and the barracks belongs to nobody. The Preobrazhensky, which was going to stay in barracks, comes out against you by evening. # basis: invented # sfx: machine_gun_far
* [Leave the barracks alone and hold what you have]
    You give the junkers the Palace, the General Staff, the telephone exchange and the Engineers' Castle, and tell them to hold those and nothing else. It is the first sound military order you have given since the firing began, and it concedes the rest of the city. # basis: plausible # map: telephone_exchange government

-
{kerensky_streets == 3:
    # time: 1917-10-25 14:00
- else:
    # time: 1917-10-23 14:00
}
# place: winter_palace
# ambience: palace_rooms
# telling: dan In this telling Dan came to the Palace in the middle of the fighting to ask for a ceasefire in the name of the Soviet's Executive.
At two Dan comes, with Gots beside him, from the Soviet's Executive, which still sits at Smolny in the rooms the Committee has not taken. Dan looks as if he has not slept since Sunday. He has come, he says, to stop the firing before it becomes a civil war, and to tell you what the Executive can and cannot do. It can put its name to a ceasefire. It cannot make the Bolsheviks obey it. It can offer a commission of the Soviet parties to find out who fired first, and it will not pretend to know the answer already. # basis: invented

{kerensky_st_terms == 2:Gots says the rest quietly. The Executive has read the decree against the Committee and the telegram to Bykhov. If the government means them, the Mensheviks and the SRs cannot stay at any table with it; the men who stood with you in August will stand elsewhere this time.|Gots adds that the Executive will stand by the Republic, but not by the junkers' guns. It cannot send its own soldiers to fight the Soviet's.} # basis: invented

* [Accept a ceasefire under the Executive's name, and the commission #historicity: speculative K4]
    ~ kerensky_st_cec = true
    ~ kerensky_shift(kerensky_left, 1)
    You sign a ceasefire order to the junker schools and hand Dan a copy to take to Smolny. It is not surrender; it is a pause with the Soviet's name on it, and it makes the Executive a party to whatever happens next. {kerensky_st_terms == 2:The Cossack officers hear of it within the hour, and say you have sold them twice in one week.|} Dan goes away with the paper folded in his breast pocket, like a man carrying something that might go off. # basis: invented
* [Refuse: the Executive must choose between the government and the insurrection]
    You tell Dan that there is no third side in a street fight, and that the Soviet's Executive must say which of the two it is on. Dan says that is precisely what the Bolsheviks have been telling it for a month. He goes. Gots stays a moment at the door, as if he meant to say something from the old days, and then goes after him. # basis: invented

-
{kerensky_streets == 3:
    # time: 1917-10-25 18:00
- else:
    # time: 1917-10-23 18:00
}
# place: mariinsky
# ambience: interior_quiet
# paper: den invented The Council of the Republic sits under fire: a vote of confidence or a vote of censure?
The Pre-Parliament, the Council of the Republic, sits on at the Mariinsky with the windows boarded up on the side of the square. Avksentiev keeps order from the chair as if the shooting were weather. The Kadets have a motion giving the government full powers to restore order; the Mensheviks and the SRs have one demanding a ceasefire{kerensky_st_cec:, and citing the Executive's, which you have already signed|} and a commission; the Bolshevik benches have been empty since the 7th. # basis: invented

The vote will be taken tonight. Avksentiev sends word that the chamber would like to hear the Minister-President before it votes.

* [Go and speak, and ask for full powers]
    ~ kerensky_shift(kerensky_right, 1)
    You speak for an hour and a quarter, which is short for you. You ask for full powers and say why, and the right half of the chamber stands to applaud. The left half sits. {kerensky_left >= 1:The motion passes, narrowly, on the votes of some SRs who still think of you as one of theirs.|The motion fails by a handful of votes, the left voting solidly against, and you walk back across the square with the Kadets' applause in your ears and no powers at all.} # basis: invented
* [Send Konovalov to speak, and stay with the fighting]
    ~ kerensky_shift(kerensky_left, 1)
    Konovalov goes, and reads your statement in his flat manufacturer's voice, and it has none of the effect one of your speeches would have had; the chamber votes for the socialists' motion, a ceasefire and a commission, and against nobody in particular. # basis: invented
* [Ask Avksentiev to adjourn the Council until the firing stops]
    ~ kerensky_shift(kerensky_right, -1)
    Avksentiev adjourns it. Half the deputies go home through streets with barricades at the corners. The other half stay all night in the corridors, telling one another that the Republic has lost its only parliament without a vote being taken. # basis: invented

-
// Fold: the standings become one side, and what no later line reads is cleared, so the walk's states stay few.
{
- kerensky_right >= 2:
    ~ kerensky_st_side = 1
- kerensky_left >= 2:
    ~ kerensky_st_side = 2
}
~ kerensky_left = 0
~ kerensky_right = 0
~ kerensky_kornilov = false
-> kerensky_st_castle

=== kerensky_st_castle ===
# chapter: The Engineers' Castle
# place: engineers_castle
# ambience: street_night
# music: funeral_march_quiet
# map: engineers_castle government
# map: general_staff contested
# map: winter_palace contested
# ship: aurora admiralty
{kerensky_streets == 3:
    # time: 1917-10-27 06:00
    Friday, 27 October 1917; in the West, the 9th of November. Two days after the shooting at Smolny the government holds four buildings in the centre of Petrograd, and one of them is a castle that was built for a Tsar who was murdered in it. # basis: invented
- else:
    # time: 1917-10-25 06:00
    Wednesday, 25 October 1917; in the West, the 7th of November. It is the day the Congress of Soviets was meant to open. Three days after the first shots the government holds four buildings in the centre of Petrograd, and one of them is a castle that was built for a Tsar who was murdered in it. # basis: invented
}

You moved the staff here in the night because the Engineers' Castle has a moat, thick walls and the Nikolaev Engineering School inside it, whose cadets know every stair. The Palace is held by what is left of the city schools. The sailors came from Kronstadt yesterday, and the cruiser lies in the Neva with her guns trained on the Palace. # basis: invented # sfx: fortress_guns

{kerensky_st_terms:
- 2: The Cossacks rode. They held the Palace Bridge a day and a half, and died there in greater numbers than anyone in the city had seen since February, under fire from the barracks they had been told were neutral. The survivors have gone back to their quarters and sent you word that the bargain is finished. # basis: invented
- 1: The two sotnias rode to the bridges, and came back at dusk, and did not ride again. Their officers say they were promised infantry. # basis: invented
- else: The Cossacks have not left their barracks. Their council has sent Smolny a note declaring the regiments neutral, and Smolny has thanked them in print. # basis: invented
}

* [Count what you have]
    Some hundreds of junkers in three buildings; a few armoured cars, two without petrol; a company of the women's battalion at the Palace; officers from the Astoria who came with revolvers and no orders. Against them: the garrison, the red guards of every district, the sailors. You do the arithmetic the Staff did for you in October, and it comes out the same. # basis: plausible
* [Ask for news of the front]
    The trains from the Northern Front are not coming. Cheremisov has telegraphed that the army must not be drawn into a struggle in the capital; at two junctions the soldiers' committees have uncoupled the engines of the one cyclist battalion that started. # basis: invented # sfx: telegraph

-
{kerensky_streets == 3:
    # time: 1917-10-27 11:00
- else:
    # time: 1917-10-25 11:00
}
# paper: izvestia invented The Executive calls on both sides to lay down arms: who fired first at Smolny?
{kerensky_st_cec:Dan's ceasefire held for nine hours. It broke at the Moika bridges, where nobody on either side had heard of it, and since then the Executive has printed appeals that both sides read and neither obeys.|The Executive has printed its own appeal to both sides to lay down their arms. You read it standing. It does not name you, and it does not need to.} In the city the Soviet's people are saying what Smolny said first: that the government attacked the Soviet on the eve of its Congress, and the garrison defended it. You know it is not the whole truth, and that it is the part of the truth that will be remembered. # basis: invented

A junker officer comes in from the walls. A column of sailors is forming on the Field of Mars with two field guns. An hour, perhaps two.

* [Go up on the walls to see them]
    From the roof you see the field, the guns being unlimbered, the red banners, and beyond them the Summer Garden with its statues boxed for the winter. The cadets on the walls turn to look at you, and then go back to their rifles. None of them asks you anything, and that is worse. # basis: invented # sfx: crowd_shout
* [Write out your orders for the schools]
    ~ kerensky_st_orders = true
    You write in your own hand to each commandant: hold till dark, then disperse, and no officer to be blamed for giving the order to go home. It is the first order in three days you are sure is right. # basis: invented # sfx: typewriter

-
{kerensky_streets == 3:
    # time: 1917-10-27 13:00
- else:
    # time: 1917-10-25 13:00
}
The decision comes down to where you will be when the guns open. The officers want you out: by the back bridge over the Moika, a motor car in the Sadovaya, the Moscow road and the front, where the army may still listen to its Supreme Commander. Gots has sent a note through the lines{kerensky_st_cec:, reminding you that you signed the Executive's ceasefire once already,| }: if you resign now, to the Soviet's Executive and not to Smolny, the Executive will try to form a government of the socialist parties and to stop the killing in the centre. # basis: invented

* [Leave by the Moscow road and raise the front #historicity: plausible K2]
    -> kerensky_st_end_road
* [Resign to the Soviet's Executive and stay with the cadets till they are safe #historicity: speculative K4]
    -> kerensky_st_end_resign

=== kerensky_st_end_road ===
{kerensky_streets == 3:
    # time: 1917-10-27 15:00
- else:
    # time: 1917-10-25 15:00
}
# place: nikolaevsky_station
# ambience: off
# sfx: motor_car
# map: engineers_castle mrc
The car goes out by the back bridge with two officers on the running boards and you in the back with your collar up. Behind you the field guns open on the castle. {kerensky_st_orders:By dark the schools have dispersed, as you ordered in your own hand, and most of the boys are home before the red guards reach the Palace.|Nobody told the schools to disperse. They fight on after dark, and the red guards who take the Palace at midnight are in no mood to take prisoners gently.} You reach Luga at night, and the front the next day, and the front does not rise. # basis: invented
{
- kerensky_st_side == 1:
    The Kadets in Moscow call you the last defender of the Republic; the generals on the Don remember only that you put Kornilov in prison.
- kerensky_st_side == 2:
    The Mensheviks and SRs of the Executive, who had stood with you longer than anyone, print a statement that they are no longer answerable for what you do.
- else:
    Neither the right nor the left claims you. A minister who fires first and loses has no party.
}

Epilogue. This ending is plausible, not historical. In reality the government waited, the Cossacks' procession on 22 October was cancelled, and Polkovnikov's plan to take Smolny never left his desk, for want of troops. # basis: documented

What historians argue: first our own reasoning, in one sentence: an early blow with so few reliable troops could fail and make the rising look like the defence of the Soviet. Rabinowitch, in *The Bolsheviks Come to Power*, shows how much the Bolsheviks gained in October by looking like the defenders of the Soviet and its Congress; here you handed them that role with blood on it{kerensky_st_terms == 2:, and with Kornilov's name beside yours|}. Mawdsley, in *The Russian Civil War*, would see in these three days the civil war beginning in the spring's place. # basis: plausible

~ kerensky_ending = 6
-> kerensky_fates ->
{kerensky_streets == 3:Three|Four} days of fighting, and you are the one who gave the order. In every account you are the one who gave the order. # ending: kerensky_streets
-> END

=== kerensky_st_end_resign ===
{kerensky_streets == 3:
    # time: 1917-10-27 17:00
- else:
    # time: 1917-10-25 17:00
}
# place: engineers_castle
# ambience: off
# sfx: door_knock
# map: engineers_castle mrc
# telling: kerensky In this telling Kerensky resigned to the Soviet's Executive in the Engineers' Castle, after three days of fighting he had begun.
You write the resignation on the castle's paper, address it to the Executive of the Soviets, and give it to a junker to carry through the lines under a white cloth. Then you stay, because the cadets are still on the walls and the only thing you can still do for them is be the man the sailors want. The guns stop at dusk. The sailors who come over the moat find the boys drawn up without their rifles and you standing in front of them.{kerensky_st_orders: Most of the others went home at dark, with your note in their commandants' pockets.|} {kerensky_st_cec:Dan is with the sailors' commissar. He has the ceasefire you signed in his pocket, and he shows it to every man who raises a rifle.|A commissar from Smolny takes your name and writes it down as if it might be a false one.} # basis: invented

Epilogue. This ending is speculative. Kerensky never resigned; he left the Palace on the morning of 25 October to meet the troops from the front, and the Executive of Dan and Gots walked out of the Congress that night rather than take power. # basis: documented

What historians argue: this is our own reasoning. The Executive had no troops of its own, and in the real October Martov's call for a government of all the Soviet parties was overtaken within hours; Rabinowitch (*The Bolsheviks Come to Power*) and Figes (*A People's Tragedy*) both describe how little room the moderate socialists had once shooting began. A resignation to them might have saved the cadets; it would not have given the Executive the garrison. # basis: plausible

~ kerensky_ending = 7
-> kerensky_fates ->
{kerensky_st_cec:Twice in three days you put your name to the Soviet's paper. The second time, it was the end of you.|You end the fighting you began by ending yourself as a government.} # ending: kerensky_streets_resigned
-> END
