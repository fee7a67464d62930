# title: Petrograd 1917
# author: The Petrograd 1917 team

INCLUDE lenin/01_karpovka.ink
INCLUDE lenin/02_lesnoi.ink
INCLUDE lenin/03_strikebreakers.ink
INCLUDE lenin/04_shpalernaya.ink
INCLUDE lenin/05_smolny.ink
INCLUDE lenin/06_congress.ink
INCLUDE lenin/07_decrees.ink
INCLUDE lenin/08_kronstadt.ink
INCLUDE lenin/09_soviet_power.ink
INCLUDE lenin/10_guardroom.ink
INCLUDE lenin/endings.ink
INCLUDE lenin/fates.ink
INCLUDE kerensky/01_garrison.ink
INCLUDE kerensky/02_warning.ink
INCLUDE kerensky/03_insurrection.ink
INCLUDE kerensky/04_night.ink
INCLUDE kerensky/05_departure.ink
INCLUDE kerensky/06_gatchina.ink
INCLUDE kerensky/07_streets.ink
INCLUDE kerensky/08_palace.ink
INCLUDE kerensky/09_garrison.ink
INCLUDE kerensky/fates.ink
INCLUDE junker/01_orders.ink
INCLUDE junker/02_shpalernaya.ink
INCLUDE junker/03_palace.ink
INCLUDE junker/04_night.ink
INCLUDE junker/05_parole.ink
INCLUDE junker/06_rising.ink
INCLUDE junker/fates.ink
INCLUDE junker/07_home.ink

-> hub

=== hub ===
Petrograd, October 1917. Whose October will you live?
+ [Lenin, in hiding on the Vyborg Side] -> lenin
+ [Kerensky, Minister-President] -> kerensky
+ [A cadet of the Peterhof ensign school] -> junker
