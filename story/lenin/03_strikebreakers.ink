// Lenin, chapter 3: 18-23 October 1917 (Old Style). Kamenev's statement in Novaya Zhizn, the "strike-breakers"
// letters, the Committee's verdict of 20 Oct, and the garrison's silent passage to the MRC.
// Facts: bible section 1 (row 5), 2.1 (18-23 Oct), 6.1 (L6), 7 (#31-33).

VAR lenin_letter = 0
// what Lenin wrote about Kamenev's statement: 1 the "strike-breaking" letter to the party (history), 2 a quiet
// letter to Sverdlov only; read in the Committee's verdict of 20 Oct and the split after it; reset on 24 Oct

=== lenin_strikebreakers ===
# chapter: Strike-breakers
# time: 1917-10-18 08:30
# place: fofanova_flat
# weather: rain
# ambience: off
# paper: novaya_zhizn Yu. Kamenev on the "Uprising"
Wednesday, 18 October 1917, Old Style; the thirty-first in the West. Fofanova comes back from the kiosk with the rain on her and a newspaper held away from her coat as if it were wet with something worse. It is Novaya Zhizn, Maxim Gorky's paper: socialist, independent, read by every minister's secretary in the city.
She has folded it open at a short item headed with Kamenev's name. You read it standing.
Speaking for himself and for Zinoviev, he informs the public that they are against the rising. "Comrade Zinoviev and I" hold that to take the initiative of an armed insurrection at the present moment "is an inadmissible step ruinous to the proletariat and to the revolution." # basis: quoted Kamenev, Novaya Zhizn, 18 Oct
A secret decision of the Committee has just been argued in the enemy's press by two of its members.
* [Read Gorky's leading article on the same page]
    ~ lenin_noticed = 1
    Gorky, under the heading One must not be silent!, writes of the rumours going round the city, of "motor lorries overfilled with men with rifles and revolvers in their trembling hands". He is afraid of a pogrom dressed as a revolution, and he says so in his great, wounded voice. # basis: quoted Gorky, Novaya Zhizn, 18 Oct
* [Read Kamenev's statement again, for what it does not say]
    ~ lenin_noticed = 2
    It does not name the date, because there is none. It does not name the Committee's vote. It does not need to. A denial that there is to be a rising, signed by two members of the Committee that voted for one, tells the reader everything except the hour.
    It is cleverly done, you think, which makes it worse. And it says one thing very plainly: "Comrade Zinoviev and I".
- -> lenin_strikebreakers_letter

=== lenin_strikebreakers_letter ===
# time: 1917-10-18 11:00
You sit at Fofanova's kitchen table and ask for paper. Your hand is steady. That is always the bad sign.
* [Write to the party's members: call it strike-breaking and demand their expulsion #historicity: historical]
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    ~ lenin_letter = 1
    You write it as you would write about a strike. Workers have voted to strike; two of their leaders go to the owners' newspaper and tell the owners what the workers have decided and why it will fail. What is that called in any factory in Russia? You write that you no longer consider them comrades, and that you will fight with all your strength for their expulsion from the party. Their statement is "an act of such unbelievable strike-breaking" that no party could tolerate it and remain a party. # basis: quoted Lenin, letter to party members, 18-19 Oct
    The next day you write again, to the Committee itself, more coldly, and send it by Fofanova to Sverdlov.
* [Write to Sverdlov only, asking the Committee to deal with them quietly #historicity: plausible]
    ~ lenin_unity = lenin_clamp(lenin_unity + 1, -1, 1)
    ~ lenin_letter = 2
    You write to Sverdlov alone, briefly and without adjectives. The statement is a breach of discipline of the gravest kind; the Committee must act; but it must act as a Committee, not as a mob, and not in the newspapers that would be so glad to report a Bolshevik quarrel.
    It costs you more than the other letter would have. Restraint, this autumn, is the one luxury you cannot afford and have just bought anyway.
- -> lenin_strikebreakers_verdict

=== lenin_strikebreakers_verdict ===
# time: 1917-10-20 21:00
# sfx: door_knock
On Friday the twentieth the Committee meets at Smolny without you. Sverdlov's account reaches you late that night by Rahja, who has it by heart.
{lenin_letter == 2: -> lenin_strikebreakers_quiet}
Your letter was read. Sverdlov, Stalin, Sokolnikov and Dzerzhinsky argued against expulsion: not now, not on the eve, not with the whole city watching for a split. # basis: documented
-> lenin_strikebreakers_outcome

=== lenin_strikebreakers_quiet ===
Your letter was read, to the Committee and nobody else, and nobody had to argue against an expulsion you had not demanded. Sverdlov says it was the shortest discussion of the autumn. He adds, through Rahja, that your restraint has been noticed; he does not say by whom. # basis: invented
-> lenin_strikebreakers_outcome

=== lenin_strikebreakers_outcome ===
Zinoviev says he had nothing to do with Kamenev's statement. Kamenev offered to resign from the Committee, and the Committee accepted his resignation and nothing more. Both men remain in the party; both, Rahja says with a shrug, were in the corridors at Smolny afterwards as if nothing had happened. # basis: documented
{lenin_noticed == 2: "Comrade Zinoviev and I": the words are in the paper still folded on the table in front of you. Zinoviev may not have written the statement. He has not taken his name out of it.}
* [Accept the Committee's verdict and turn back to the rising #historicity: historical]
    You accept it, in the way you accept weather. Kamenev off the Committee is something; the rising is everything. You will not spend the last week before the Congress in a war with your own comrades while Kerensky counts his junkers.
    {lenin_letter == 2: It is the verdict your quiet letter asked for, and still it tastes of water.|Zinoviev's denial you do not believe for a minute.}
* [{lenin_letter == 1: Publish your letter|Write to the whole party after all}, and tell the Committee you will resign unless both are expelled #historicity: plausible L6]
    ~ lenin_expelled = 1
    ~ lenin_unity = -1
    -> lenin_strikebreakers_split
- -> lenin_strikebreakers_garrison

=== lenin_strikebreakers_split ===
# time: 1917-10-21 12:00
{lenin_letter == 2: The restraint lasted two days.} You send your letter to the Petersburg Committee and the district committees with a demand that it be read aloud, and a note to Sverdlov that you will leave the Central Committee the day it refuses. The Committee meets again. It does not want your resignation; it wants even less to be seen to have driven you out. By a narrow vote, with Sverdlov, Stalin and Dzerzhinsky abstaining, Zinoviev and Kamenev are expelled from the party. # basis: invented
The expulsion is in Novaya Zhizn the next morning, and in the right-wing Rech the morning after, under a headline about Bolsheviks devouring one another before the feast. Every staff officer in the Military District now knows two things: that the Bolsheviks mean to rise, and that the men who knew the plan and opposed it have just been thrown out with grievances. # basis: invented
Rahja tells you, without comment, that in Moscow the party's committee has telegraphed to ask what in God's name is happening in Petrograd.
* [Tell him Moscow will understand when it is over]
    You say that Moscow will understand when it is over. Rahja nods. He has learned not to ask you when "over" will be.
* [Write to Moscow yourself, at length, and send a copy to Sverdlov]
    ~ lenin_unity = 0
    You write to Moscow at length, why the two had to go and why the rising does not depend on them, and you send Sverdlov a copy, so that the Committee hears it from you before it hears it from Moscow. The letter will take two days to arrive. It is the first thing you have written this week that Sverdlov can read without wincing.
- -> lenin_strikebreakers_garrison

=== lenin_strikebreakers_garrison ===
# time: 1917-10-22 18:00
# ambience: street_night
While the Committee argues about discipline, the garrison is quietly changing hands.
On the twenty-first a conference of the regiments recognises the Soviet's Military Revolutionary Committee, and the committee sends its own commissars to the units. That night its delegates walk into the Military District staff and demand the right to countersign the district's orders. Colonel Polkovnikov refuses. The delegates go back to Smolny and tell the regiments that the staff has broken with the garrison. From now on an order without the committee's signature is, in the barracks, a piece of paper. # basis: documented
Today, Sunday the twenty-second, is the Day of the Petrograd Soviet: meetings in every hall in the city, the People's House packed to the gallery, the Modern Circus hung with soldiers like a tree with crows. The Cossacks had planned a religious procession for the same day, with their banners and their icons; the government has cancelled it. You call that a great victory. Rahja, who has been to two meetings, says the halls did not so much cheer as growl. # basis: documented
{lenin_expelled == 1: In the corridors at Smolny, Rahja adds, nobody talks of anything else but the expulsions. Two speakers booked for the Day of the Soviet did not come.}
-> lenin_strikebreakers_fortress

=== lenin_strikebreakers_fortress ===
# time: 1917-10-23 22:00
# ambience: interior_quiet
On Monday the twenty-third the last doubtful piece falls. The garrison of the Peter and Paul Fortress, which only days ago sided against the committee, meets at the Modern Circus near eight in the evening and votes, with only a few officers and the cyclists against, to obey the Soviet. The commandant is put under house arrest; an ensign named Blagonravov becomes the committee's commissar. The Kronverk arsenal opens, and its rifles go to the Red Guards of the factories. The fortress guns face the Winter Palace across the Neva, as they always have; tonight they are the committee's. # map: peter_paul mrc # basis: documented
You sit back. The government has not lost a battle. It has lost its garrison, one vote at a time, without noticing, and it is still deciding what to do about the newspapers.
* [Tell her: now it will strike, and it will strike at the wrong thing]
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    Now Kerensky will strike, you tell her, because he must; and he will strike at what he can reach, the presses, the paper, a warrant or two, because he has nothing that can reach the garrison any more.
* [Ask her to find out if the Committee means to meet tomorrow]
    She will find out, she says. You have a suspicion that the Committee will meet tomorrow whatever happens, and that it will be careful to meet without you.
- -> lenin_shpalernaya
