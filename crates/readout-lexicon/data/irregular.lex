# readout irregular.lex: irregular English verb forms used to inflect verb-pattern heads.
# Format: lemma | past=FORM | participle=FORM  (two accepted forms are listed as "a; b", the more common first)

# --- strong and irregular verbs ---
arise | past=arose | participle=arisen
awake | past=awoke | participle=awoken
bear | past=bore | participle=borne; born
beat | past=beat | participle=beaten; beat
become | past=became | participle=become
befall | past=befell | participle=befallen
beget | past=begot | participle=begotten
begin | past=began | participle=begun
behold | past=beheld | participle=beheld
bend | past=bent | participle=bent
beset | past=beset | participle=beset
bet | past=bet; betted | participle=bet; betted
bid | past=bid | participle=bid
bind | past=bound | participle=bound
bite | past=bit | participle=bitten
bleed | past=bled | participle=bled
blow | past=blew | participle=blown
break | past=broke | participle=broken
breed | past=bred | participle=bred
bring | past=brought | participle=brought
broadcast | past=broadcast; broadcasted | participle=broadcast; broadcasted
browbeat | past=browbeat | participle=browbeaten
build | past=built | participle=built
burn | past=burned; burnt | participle=burned; burnt
burst | past=burst | participle=burst
buy | past=bought | participle=bought
cast | past=cast | participle=cast
catch | past=caught | participle=caught
choose | past=chose | participle=chosen
cling | past=clung | participle=clung
come | past=came | participle=come
cost | past=cost | participle=cost
creep | past=crept | participle=crept
cut | past=cut | participle=cut
deal | past=dealt | participle=dealt
dig | past=dug | participle=dug
dive | past=dived; dove | participle=dived
do | past=did | participle=done
draw | past=drew | participle=drawn
dream | past=dreamed; dreamt | participle=dreamed; dreamt
drink | past=drank | participle=drunk
drive | past=drove | participle=driven
dwell | past=dwelt; dwelled | participle=dwelt; dwelled
eat | past=ate | participle=eaten
fall | past=fell | participle=fallen
feed | past=fed | participle=fed
feel | past=felt | participle=felt
fight | past=fought | participle=fought
find | past=found | participle=found
flee | past=fled | participle=fled
fling | past=flung | participle=flung
fly | past=flew | participle=flown
forbid | past=forbade; forbad | participle=forbidden
forecast | past=forecast; forecasted | participle=forecast; forecasted
foresee | past=foresaw | participle=foreseen
foretell | past=foretold | participle=foretold
forget | past=forgot | participle=forgotten
forgive | past=forgave | participle=forgiven
forgo | past=forwent | participle=forgone
forsake | past=forsook | participle=forsaken
forswear | past=forswore | participle=forsworn
freeze | past=froze | participle=frozen
unfreeze | past=unfroze | participle=unfrozen
get | past=got | participle=got; gotten
give | past=gave | participle=given
go | past=went | participle=gone
grind | past=ground | participle=ground
grow | past=grew | participle=grown
hang | past=hung; hanged | participle=hung; hanged
have | past=had | participle=had
hear | past=heard | participle=heard
hide | past=hid | participle=hidden
hit | past=hit | participle=hit
hold | past=held | participle=held
hurt | past=hurt | participle=hurt
keep | past=kept | participle=kept
kneel | past=knelt; kneeled | participle=knelt; kneeled
know | past=knew | participle=known
lay | past=laid | participle=laid
lead | past=led | participle=led
lean | past=leaned; leant | participle=leaned; leant
leap | past=leapt; leaped | participle=leapt; leaped
learn | past=learned; learnt | participle=learned; learnt
leave | past=left | participle=left
lend | past=lent | participle=lent
let | past=let | participle=let
light | past=lit; lighted | participle=lit; lighted
lose | past=lost | participle=lost
make | past=made | participle=made
mean | past=meant | participle=meant
meet | past=met | participle=met
mislay | past=mislaid | participle=mislaid
mislead | past=misled | participle=misled
misread | past=misread | participle=misread
mistake | past=mistook | participle=mistaken
misunderstand | past=misunderstood | participle=misunderstood
offset | past=offset | participle=offset
outbid | past=outbid | participle=outbid
outdo | past=outdid | participle=outdone
outfight | past=outfought | participle=outfought
outgrow | past=outgrew | participle=outgrown
outrun | past=outran | participle=outrun
outsell | past=outsold | participle=outsold
overcome | past=overcame | participle=overcome
overdo | past=overdid | participle=overdone
overdraw | past=overdrew | participle=overdrawn
overfly | past=overflew | participle=overflown
overhang | past=overhung | participle=overhung
overhear | past=overheard | participle=overheard
overlay | past=overlaid | participle=overlaid
overpay | past=overpaid | participle=overpaid
override | past=overrode | participle=overridden
overrun | past=overran | participle=overrun
oversee | past=oversaw | participle=overseen
oversell | past=oversold | participle=oversold
overshoot | past=overshot | participle=overshot
overspend | past=overspent | participle=overspent
overtake | past=overtook | participle=overtaken
overthrow | past=overthrew | participle=overthrown
partake | past=partook | participle=partaken
pay | past=paid | participle=paid
prove | past=proved | participle=proved; proven
put | past=put | participle=put
quit | past=quit; quitted | participle=quit; quitted
read | past=read | participle=read
rebind | past=rebound | participle=rebound
rebuild | past=rebuilt | participle=rebuilt
recast | past=recast | participle=recast
redo | past=redid | participle=redone
remake | past=remade | participle=remade
rend | past=rent | participle=rent
repay | past=repaid | participle=repaid
rerun | past=reran | participle=rerun
resell | past=resold | participle=resold
resend | past=resent | participle=resent
reset | past=reset | participle=reset
resit | past=resat | participle=resat
retake | past=retook | participle=retaken
retell | past=retold | participle=retold
rethink | past=rethought | participle=rethought
rewind | past=rewound | participle=rewound
rewrite | past=rewrote | participle=rewritten
rid | past=rid | participle=rid
ride | past=rode | participle=ridden
ring | past=rang | participle=rung
rise | past=rose | participle=risen
run | past=ran | participle=run
say | past=said | participle=said
see | past=saw | participle=seen
seek | past=sought | participle=sought
sell | past=sold | participle=sold
send | past=sent | participle=sent
set | past=set | participle=set
sew | past=sewed | participle=sewn; sewed
shake | past=shook | participle=shaken
shed | past=shed | participle=shed
shine | past=shone; shined | participle=shone; shined
shoot | past=shot | participle=shot
show | past=showed | participle=shown; showed
shrink | past=shrank; shrunk | participle=shrunk
shut | past=shut | participle=shut
sing | past=sang | participle=sung
sink | past=sank | participle=sunk
sit | past=sat | participle=sat
slay | past=slew; slayed | participle=slain; slayed
sleep | past=slept | participle=slept
slide | past=slid | participle=slid
sling | past=slung | participle=slung
slink | past=slunk | participle=slunk
slit | past=slit | participle=slit
smell | past=smelled; smelt | participle=smelled; smelt
smite | past=smote | participle=smitten
sneak | past=sneaked; snuck | participle=sneaked; snuck
sow | past=sowed | participle=sown; sowed
speak | past=spoke | participle=spoken
speed | past=sped; speeded | participle=sped; speeded
spell | past=spelled; spelt | participle=spelled; spelt
spend | past=spent | participle=spent
spill | past=spilled; spilt | participle=spilled; spilt
spin | past=spun | participle=spun
spit | past=spat; spit | participle=spat; spit
split | past=split | participle=split
spoil | past=spoiled; spoilt | participle=spoiled; spoilt
spread | past=spread | participle=spread
spring | past=sprang; sprung | participle=sprung
stand | past=stood | participle=stood
steal | past=stole | participle=stolen
stick | past=stuck | participle=stuck
sting | past=stung | participle=stung
stink | past=stank; stunk | participle=stunk
strew | past=strewed | participle=strewn; strewed
stride | past=strode | participle=stridden
strike | past=struck | participle=struck; stricken
string | past=strung | participle=strung
strive | past=strove; strived | participle=striven; strived
swear | past=swore | participle=sworn
sweep | past=swept | participle=swept
swell | past=swelled | participle=swollen; swelled
swim | past=swam | participle=swum
swing | past=swung | participle=swung
take | past=took | participle=taken
teach | past=taught | participle=taught
tear | past=tore | participle=torn
tell | past=told | participle=told
think | past=thought | participle=thought
thrive | past=thrived; throve | participle=thrived; thriven
throw | past=threw | participle=thrown
thrust | past=thrust | participle=thrust
tread | past=trod | participle=trodden; trod
undercut | past=undercut | participle=undercut
undergo | past=underwent | participle=undergone
underpay | past=underpaid | participle=underpaid
understand | past=understood | participle=understood
undertake | past=undertook | participle=undertaken
underwrite | past=underwrote | participle=underwritten
undo | past=undid | participle=undone
unwind | past=unwound | participle=unwound
uphold | past=upheld | participle=upheld
upset | past=upset | participle=upset
wake | past=woke | participle=woken
wear | past=wore | participle=worn
weave | past=wove | participle=woven
wed | past=wed; wedded | participle=wed; wedded
weep | past=wept | participle=wept
wet | past=wet; wetted | participle=wet; wetted
win | past=won | participle=won
wind | past=wound | participle=wound
withdraw | past=withdrew | participle=withdrawn
withhold | past=withheld | participle=withheld
withstand | past=withstood | participle=withstood
wring | past=wrung | participle=wrung
write | past=wrote | participle=written
lie | past=lay; lied | participle=lain; lied

# --- regular verbs whose spelling doubles the final consonant (stress on the last syllable, or British -ll-).
#     Listed so that the past forms are right where a spelling rule cannot tell (visited but admitted);
#     the -ing form follows the same doubling (expelling, kidnapping, cancelling).
abet | past=abetted | participle=abetted
acquit | past=acquitted | participle=acquitted
admit | past=admitted | participle=admitted
annul | past=annulled | participle=annulled
commit | past=committed | participle=committed
compel | past=compelled | participle=compelled
confer | past=conferred | participle=conferred
control | past=controlled | participle=controlled
defer | past=deferred | participle=deferred
deter | past=deterred | participle=deterred
dispel | past=dispelled | participle=dispelled
embed | past=embedded | participle=embedded
emit | past=emitted | participle=emitted
enrol | past=enrolled | participle=enrolled
enroll | past=enrolled | participle=enrolled
equip | past=equipped | participle=equipped
expel | past=expelled | participle=expelled
extol | past=extolled | participle=extolled
fulfil | past=fulfilled | participle=fulfilled
impel | past=impelled | participle=impelled
incur | past=incurred | participle=incurred
instil | past=instilled | participle=instilled
kidnap | past=kidnapped; kidnaped | participle=kidnapped; kidnaped
occur | past=occurred | participle=occurred
omit | past=omitted | participle=omitted
outstrip | past=outstripped | participle=outstripped
overstep | past=overstepped | participle=overstepped
patrol | past=patrolled | participle=patrolled
permit | past=permitted | participle=permitted
prefer | past=preferred | participle=preferred
propel | past=propelled | participle=propelled
rebel | past=rebelled | participle=rebelled
recur | past=recurred | participle=recurred
refer | past=referred | participle=referred
regret | past=regretted | participle=regretted
remit | past=remitted | participle=remitted
repel | past=repelled | participle=repelled
submit | past=submitted | participle=submitted
transfer | past=transferred | participle=transferred
transmit | past=transmitted | participle=transmitted
sidestep | past=sidestepped | participle=sidestepped
worship | past=worshipped; worshiped | participle=worshipped; worshiped
cancel | past=cancelled; canceled | participle=cancelled; canceled
channel | past=channelled; channeled | participle=channelled; channeled
counsel | past=counselled; counseled | participle=counselled; counseled
dial | past=dialled; dialed | participle=dialled; dialed
fuel | past=fuelled; fueled | participle=fuelled; fueled
initial | past=initialled; initialed | participle=initialled; initialed
label | past=labelled; labeled | participle=labelled; labeled
level | past=levelled; leveled | participle=levelled; leveled
marshal | past=marshalled; marshaled | participle=marshalled; marshaled
model | past=modelled; modeled | participle=modelled; modeled
pummel | past=pummelled; pummeled | participle=pummelled; pummeled
quarrel | past=quarrelled; quarreled | participle=quarrelled; quarreled
rival | past=rivalled; rivaled | participle=rivalled; rivaled
shovel | past=shovelled; shoveled | participle=shovelled; shoveled
signal | past=signalled; signaled | participle=signalled; signaled
total | past=totalled; totaled | participle=totalled; totaled
travel | past=travelled; traveled | participle=travelled; traveled
tunnel | past=tunnelled; tunneled | participle=tunnelled; tunneled
unravel | past=unravelled; unraveled | participle=unravelled; unraveled
panic | past=panicked | participle=panicked
traffic | past=trafficked | participle=trafficked
mimic | past=mimicked | participle=mimicked
concur | past=concurred | participle=concurred
readmit | past=readmitted | participle=readmitted

# --- one-syllable verbs that double the final consonant (listed for completeness)
ban | past=banned | participle=banned
bar | past=barred | participle=barred
beg | past=begged | participle=begged
chat | past=chatted | participle=chatted
club | past=clubbed | participle=clubbed
drop | past=dropped | participle=dropped
drum | past=drummed | participle=drummed
flog | past=flogged | participle=flogged
gag | past=gagged | participle=gagged
grab | past=grabbed | participle=grabbed
gun | past=gunned | participle=gunned
gas | past=gassed | participle=gassed
jam | past=jammed | participle=jammed
lob | past=lobbed | participle=lobbed
nab | past=nabbed | participle=nabbed
pin | past=pinned | participle=pinned
plan | past=planned | participle=planned
plot | past=plotted | participle=plotted
prod | past=prodded | participle=prodded
ram | past=rammed | participle=rammed
rap | past=rapped | participle=rapped
rob | past=robbed | participle=robbed
scrap | past=scrapped | participle=scrapped
ship | past=shipped | participle=shipped
shun | past=shunned | participle=shunned
skip | past=skipped | participle=skipped
slam | past=slammed | participle=slammed
slap | past=slapped | participle=slapped
snub | past=snubbed | participle=snubbed
spur | past=spurred | participle=spurred
stab | past=stabbed | participle=stabbed
step | past=stepped | participle=stepped
stir | past=stirred | participle=stirred
stop | past=stopped | participle=stopped
strip | past=stripped | participle=stripped
swap | past=swapped | participle=swapped
tip | past=tipped | participle=tipped
trap | past=trapped | participle=trapped
whip | past=whipped | participle=whipped
wrap | past=wrapped | participle=wrapped
