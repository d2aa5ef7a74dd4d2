# readout verbs.lex: verb and event-noun patterns, grouped by CAMEO code.
# Format: CODE | verb|noun | pattern  (see docs/lexicon.md). Verb heads are lemmas; `_` marks the target,
# [word] is one optional word, a/b a choice between single words. British and American spellings are both listed.

# 010 Make statement, not specified below
010 | verb | say
010 | verb | say that
010 | verb | state
010 | verb | state that
010 | verb | declare
010 | verb | declare that
010 | verb | announce
010 | verb | announce that
010 | verb | tell _
010 | verb | tell reporters
010 | verb | tell journalists
010 | verb | comment on
010 | verb | comment
010 | verb | remark
010 | verb | remark that
010 | verb | note that
010 | verb | add that
010 | verb | stress
010 | verb | stress that
010 | verb | emphasise
010 | verb | emphasize
010 | verb | emphasise that
010 | verb | emphasize that
010 | verb | reiterate
010 | verb | reiterate that
010 | verb | assert
010 | verb | assert that
010 | verb | affirm
010 | verb | affirm that
010 | verb | reaffirm
010 | verb | explain
010 | verb | write
010 | verb | write that
010 | verb | argue
010 | verb | argue that
010 | verb | point out
010 | verb | describe _ as
010 | verb | insist that
010 | verb | make [a] statement
010 | verb | issue [a] statement
010 | verb | release [a] statement
010 | verb | put out [a] statement
010 | verb | publish [a] statement
010 | verb | read [a] statement
010 | verb | issue [a] joint communique
010 | verb | issue [a] communique
010 | verb | brief reporters
010 | verb | brief journalists
010 | verb | speak to reporters
010 | verb | speak to journalists
010 | verb | hold [a] press conference
010 | verb | hold [a] news conference
010 | verb | give [a] press conference
010 | verb | give [a] news conference
010 | verb | give [an] interview
010 | verb | give [an] interview to
010 | verb | tell [a] news conference
010 | verb | tell [a] press conference
010 | verb | make remarks
010 | verb | deliver [a] speech
010 | verb | give [a] speech
010 | verb | address _
010 | verb | address [the] nation
010 | verb | deliver [an] address
010 | verb | speak at
010 | verb | speak on
010 | verb | say in [a] statement
010 | verb | confirm
010 | verb | confirm that
010 | verb | disclose
010 | verb | reveal
010 | verb | underline
010 | verb | underscore
010 | verb | highlight
010 | verb | spell out
010 | verb | outline
010 | verb | signal that
010 | verb | mention
010 | verb | indicate that
010 | verb | suggest that
010 | verb | maintain that
010 | verb | contend that
010 | verb | acknowledge that
010 | verb | observe that
010 | verb | tell [the] BBC
010 | verb | tell Reuters
010 | verb | tell [the] Associated Press
010 | verb | post on social media
010 | verb | write on X
010 | verb | write on Twitter
010 | verb | say on X
010 | verb | say on Twitter
010 | verb | post on X
010 | verb | post on Telegram
010 | verb | say on Telegram
010 | noun | statement on
010 | noun | statement by
010 | noun | remark on
010 | noun | comment on
010 | noun | speech to
010 | noun | speech at
010 | noun | announcement on
010 | noun | address to
010 | noun | declaration on
010 | noun | press conference on
010 | noun | news conference on
010 | noun | interview with _
010 | noun | briefing on

# 011 Decline comment
011 | verb | decline to comment
011 | verb | decline comment
011 | verb | decline to comment on
011 | verb | refuse to comment
011 | verb | refuse to comment on
011 | verb | decline to elaborate
011 | verb | decline to confirm
011 | verb | decline to confirm or deny
011 | verb | refuse to confirm or deny
011 | verb | decline to say
011 | verb | refuse to say
011 | verb | refuse to elaborate
011 | verb | refuse to confirm
011 | verb | decline to give details
011 | verb | decline to provide details
011 | verb | refuse to give details
011 | verb | decline to disclose
011 | verb | refuse to disclose
011 | verb | decline to answer questions
011 | verb | refuse to answer questions
011 | verb | decline to name
011 | verb | decline to identify
011 | verb | decline requests for comment
011 | verb | decline [a] request for comment
011 | verb | decline to be interviewed
011 | verb | decline [an] interview
011 | verb | remain silent
011 | verb | remain silent on
011 | verb | keep silent
011 | verb | stay silent
011 | verb | stay silent on
011 | verb | keep quiet
011 | verb | keep quiet about
011 | verb | remain tight-lipped
011 | verb | stay tight-lipped
011 | verb | have no comment
011 | verb | offer no comment
011 | verb | give no comment
011 | verb | make no comment
011 | verb | say no comment
011 | verb | not respond to requests for comment
011 | verb | not immediately respond to [a] request for comment
011 | verb | not return calls
011 | verb | decline to discuss
011 | verb | neither confirm nor deny
011 | noun | silence on
011 | noun | refusal to comment
011 | noun | refusal to comment on

# 012 Make pessimistic comment
012 | verb | warn of
012 | verb | warn that
012 | verb | express concern that
012 | verb | voice concern that
012 | verb | express pessimism
012 | verb | voice pessimism
012 | verb | express doubt
012 | verb | express doubts
012 | verb | voice doubt
012 | verb | voice doubts
012 | verb | express scepticism
012 | verb | express skepticism
012 | verb | voice scepticism
012 | verb | voice skepticism
012 | verb | raise concerns that
012 | verb | express fear that
012 | verb | voice fear that
012 | verb | fear that
012 | verb | lament
012 | verb | bemoan
012 | verb | worry that
012 | verb | express worry
012 | verb | express alarm
012 | verb | voice alarm
012 | verb | sound [the] alarm
012 | verb | sound [a] pessimistic note
012 | verb | strike [a] pessimistic tone
012 | verb | predict failure
012 | verb | doubt that
012 | verb | question whether
012 | verb | paint [a] bleak picture
012 | verb | paint [a] grim picture
012 | verb | forecast [a] crisis
012 | verb | warn [of] [a] crisis
012 | verb | see little hope
012 | verb | see no hope
012 | verb | hold out little hope
012 | verb | hold out no hope
012 | verb | express frustration
012 | verb | voice frustration
012 | verb | despair of
012 | verb | warn against complacency
012 | verb | caution that
012 | verb | sound [a] note of caution
012 | verb | play down hopes
012 | verb | dampen hopes
012 | verb | dash hopes
012 | verb | rule out [a] breakthrough
012 | noun | warning of
012 | noun | warning that
012 | noun | fear of
012 | noun | fear that
012 | noun | pessimism about
012 | noun | pessimism over
012 | noun | doubt about
012 | noun | doubt over
012 | noun | scepticism about
012 | noun | skepticism about
012 | noun | scepticism over
012 | noun | skepticism over

# 013 Make optimistic comment
013 | verb | express optimism
013 | verb | voice optimism
013 | verb | express hope
013 | verb | express hope that
013 | verb | voice hope
013 | verb | voice hope that
013 | verb | hope that
013 | verb | express confidence
013 | verb | express confidence that
013 | verb | voice confidence
013 | verb | predict success
013 | verb | look forward to
013 | verb | note progress
013 | verb | see progress
013 | verb | report progress
013 | verb | sound [an] optimistic note
013 | verb | strike [an] optimistic tone
013 | verb | express satisfaction
013 | verb | voice satisfaction
013 | verb | remain optimistic
013 | verb | say progress
013 | verb | describe [the] talks as constructive
013 | verb | describe [the] talks as productive
013 | verb | describe [the] talks as positive
013 | verb | call [the] talks constructive
013 | verb | call [the] talks productive
013 | verb | hail progress
013 | verb | express hopes for
013 | verb | raise hopes
013 | verb | raise hopes of
013 | verb | see [a] breakthrough
013 | verb | predict [a] breakthrough
013 | verb | see [a] chance of
013 | verb | see [an] opportunity for
013 | noun | optimism about
013 | noun | optimism over
013 | noun | hope for
013 | noun | hope that
013 | noun | confidence that

# 014 Consider policy option
014 | verb | consider
014 | verb | weigh
014 | verb | mull
014 | verb | mull over
014 | verb | contemplate
014 | verb | weigh up
014 | verb | weigh options
014 | verb | consider options
014 | verb | explore options
014 | verb | explore [the] possibility of
014 | verb | deliberate on
014 | verb | ponder
014 | verb | assess
014 | verb | evaluate
014 | verb | reconsider
014 | verb | reassess
014 | verb | rethink
014 | verb | revisit
014 | verb | keep [the] option open
014 | verb | keep options open
014 | verb | leave [the] option open
014 | verb | study [the] proposal
014 | verb | consider [the] proposal
014 | verb | mull [the] proposal
014 | verb | weigh [the] proposal
014 | verb | consider [the] request
014 | verb | weigh [the] request
014 | verb | consider whether
014 | verb | mull whether
014 | verb | weigh whether
014 | verb | consider [the] offer
014 | verb | weigh [the] offer
014 | verb | study [the] offer
014 | verb | review [the] options
014 | verb | draw up plans
014 | verb | draw up options
014 | verb | look at options
014 | verb | examine options
014 | verb | discuss options
014 | verb | debate whether
014 | verb | float [the] idea of
014 | verb | float [a] proposal
014 | verb | moot
014 | verb | toy with [the] idea of
014 | verb | entertain [the] idea of
014 | verb | not rule out
014 | verb | refuse to rule out
014 | verb | keep all options on [the] table
014 | verb | put [the] option on [the] table
014 | noun | consideration of
014 | noun | review of options

# 015 Acknowledge or claim responsibility
015 | verb | claim responsibility
015 | verb | claim responsibility for
015 | verb | claim credit for
015 | verb | take credit for
015 | verb | admit
015 | verb | admit that
015 | verb | admit to
015 | verb | acknowledge
015 | verb | acknowledge responsibility
015 | verb | admit responsibility
015 | verb | accept responsibility
015 | verb | accept responsibility for
015 | verb | take responsibility
015 | verb | take responsibility for
015 | verb | assume responsibility
015 | verb | assume responsibility for
015 | verb | own up to
015 | verb | confess
015 | verb | confess to
015 | verb | acknowledge [its] role in
015 | verb | admit [its] role in
015 | verb | admit involvement
015 | verb | admit involvement in
015 | verb | acknowledge involvement in
015 | verb | plead guilty
015 | verb | plead guilty to
015 | verb | accept blame
015 | verb | accept [the] blame for
015 | verb | take [the] blame
015 | verb | take [the] blame for
015 | verb | acknowledge [a] mistake
015 | verb | acknowledge mistakes
015 | verb | admit [a] mistake
015 | verb | admit mistakes
015 | verb | admit [an] error
015 | verb | admit errors
015 | verb | acknowledge [an] error
015 | verb | acknowledge failures
015 | verb | concede mistakes
015 | verb | concede [a] mistake
015 | verb | concede that
015 | verb | admit failure
015 | verb | acknowledge failure
015 | verb | claim [the] attack
015 | verb | claim [the] bombing
015 | verb | claim [the] killing
015 | verb | claim [the] kidnapping
015 | verb | claim [the] assassination
015 | noun | claim of responsibility
015 | noun | admission of
015 | noun | admission that
015 | noun | confession of

# 016 Deny responsibility
016 | verb | deny
016 | verb | deny that
016 | verb | deny responsibility
016 | verb | deny responsibility for
016 | verb | deny involvement
016 | verb | deny involvement in
016 | verb | deny any involvement in
016 | verb | deny [its] role in
016 | verb | deny [the] charges
016 | verb | deny [the] allegations
016 | verb | deny [the] accusations
016 | verb | deny [the] claims
016 | verb | deny [the] reports
016 | verb | deny [the] report
016 | verb | deny wrongdoing
016 | verb | deny any wrongdoing
016 | verb | deny knowledge of
016 | verb | deny links to
016 | verb | deny ties to
016 | verb | deny carrying out
016 | verb | deny any role in
016 | verb | deny [the] accusation
016 | verb | reject [the] allegations
016 | verb | reject [the] accusations
016 | verb | reject [the] charges
016 | verb | reject [the] claims
016 | verb | reject [the] accusation
016 | verb | reject [the] allegation
016 | verb | dismiss [the] allegations
016 | verb | dismiss [the] accusations
016 | verb | dismiss [the] charges
016 | verb | dismiss [the] claims
016 | verb | dismiss [the] reports
016 | verb | dismiss [the] allegation
016 | verb | refute [the] allegations
016 | verb | refute [the] claims
016 | verb | refute [the] charges
016 | verb | refute [the] accusations
016 | verb | rebut [the] allegations
016 | verb | rebut [the] claims
016 | verb | disclaim responsibility
016 | verb | disclaim responsibility for
016 | verb | disavow
016 | verb | plead not guilty
016 | verb | plead not guilty to
016 | verb | brush off [the] allegations
016 | verb | brush aside [the] allegations
016 | verb | brush off [the] accusations
016 | verb | brush aside [the] accusations
016 | verb | deflect blame
016 | verb | shift [the] blame to
016 | verb | shift [the] blame onto
016 | verb | call [the] allegations baseless
016 | verb | call [the] accusations baseless
016 | verb | describe [the] allegations as baseless
016 | verb | describe [the] accusations as groundless
016 | verb | deny [the] allegation
016 | verb | deny having
016 | verb | insist [it] had nothing to do with
016 | verb | say [it] had nothing to do with
016 | noun | denial of
016 | noun | denial that

# 017 Engage in symbolic act
017 | verb | lay [a] wreath
017 | verb | lay [a] wreath at
017 | verb | lay wreaths at
017 | verb | place [a] wreath at
017 | verb | lay flowers at
017 | verb | place flowers at
017 | verb | observe [a] minute of silence
017 | verb | observe [a] minute's silence
017 | verb | hold [a] minute of silence
017 | verb | observe [a] moment of silence
017 | verb | hold [a] moment of silence
017 | verb | light candles
017 | verb | light [a] candle
017 | verb | hold [a] vigil
017 | verb | hold [a] candlelight vigil
017 | verb | hold [a] ceremony
017 | verb | hold [a] memorial ceremony
017 | verb | hold [a] memorial service
017 | verb | commemorate
017 | verb | mark [the] anniversary of
017 | verb | mark [the] anniversary
017 | verb | pay homage to
017 | verb | pay [their] respects to
017 | verb | pay respects to
017 | verb | lower flags to half-mast
017 | verb | lower [the] flag to half-mast
017 | verb | fly flags at half-mast
017 | verb | fly [the] flag at half-mast
017 | verb | declare [a] day of mourning
017 | verb | declare [a] national day of mourning
017 | verb | declare national mourning
017 | verb | declare [three] days of mourning
017 | verb | unveil [a] monument
017 | verb | unveil [a] memorial
017 | verb | unveil [a] plaque
017 | verb | unveil [a] statue
017 | verb | plant [a] tree
017 | verb | ring [the] bell
017 | verb | raise [the] flag
017 | verb | hoist [the] flag
017 | verb | attend [the] funeral of
017 | verb | attend [a] funeral
017 | verb | attend [a] memorial service
017 | verb | observe [the] anniversary
017 | verb | confer [an] honour on
017 | verb | confer [an] honor on
017 | verb | bestow [an] honour on
017 | verb | bestow [an] honor on
017 | verb | award [a] medal to
017 | verb | present [an] award to
017 | verb | visit [the] memorial
017 | verb | visit [the] grave of
017 | verb | lay [a] foundation stone
017 | verb | break ground on
017 | verb | cut [the] ribbon
017 | verb | release doves
017 | verb | hold [a] commemoration
017 | verb | hold [a] requiem
017 | verb | hold [a] remembrance ceremony
017 | noun | wreath-laying at
017 | noun | wreath-laying ceremony at
017 | noun | vigil for
017 | noun | commemoration of
017 | noun | ceremony to mark
017 | noun | memorial service for

# 018 Make empathetic comment
018 | verb | express condolences
018 | verb | express condolences to
018 | verb | express [his] condolences to
018 | verb | express [her] condolences to
018 | verb | offer condolences
018 | verb | offer condolences to
018 | verb | offer [his] condolences to
018 | verb | send condolences to
018 | verb | send [a] message of condolence to
018 | verb | extend condolences to
018 | verb | convey condolences to
018 | verb | express sympathy
018 | verb | express sympathy to
018 | verb | express sympathy for
018 | verb | express sympathy with
018 | verb | offer sympathy
018 | verb | offer sympathy to
018 | verb | express solidarity with
018 | verb | voice solidarity with
018 | verb | stand in solidarity with
018 | verb | mourn
018 | verb | mourn [the] victims of
018 | verb | console
018 | verb | commiserate with
018 | verb | express grief
018 | verb | express sorrow
018 | verb | express [deep] sorrow over
018 | verb | grieve
018 | verb | grieve with
018 | verb | sympathise with
018 | verb | sympathize with
018 | verb | send [a] message of sympathy to
018 | verb | offer prayers
018 | verb | offer [his] prayers
018 | verb | send thoughts and prayers
018 | verb | express shock and sadness
018 | verb | express sadness
018 | verb | voice sadness
018 | verb | express deep sadness
018 | verb | send [a] letter of condolence to
018 | verb | sign [a] book of condolence
018 | verb | pay [a] condolence call on
018 | verb | pay [a] condolence visit to
018 | noun | condolences to
018 | noun | condolence message to
018 | noun | message of condolence to
018 | noun | message of sympathy to
018 | noun | sympathy for
018 | noun | solidarity with

# 019 Express accord
019 | verb | agree with _
019 | verb | agree that
019 | verb | concur with
019 | verb | concur that
019 | verb | share [the] view
019 | verb | share views
019 | verb | share [the] view that
019 | verb | share [a] common position
019 | verb | share [the] concern
019 | verb | share concerns
019 | verb | see eye to eye with
019 | verb | see eye-to-eye with
019 | verb | express agreement
019 | verb | voice agreement
019 | verb | find common ground
019 | verb | find common ground with
019 | verb | reach [a] consensus
019 | verb | reach [a] common understanding
019 | verb | reach consensus on
019 | verb | echo
019 | verb | echo [the] view of
019 | verb | echo [the] position of
019 | verb | endorse [the] view
019 | verb | express [a] common position
019 | verb | take [a] common position
019 | verb | adopt [a] common position
019 | verb | hold identical views
019 | verb | hold similar views
019 | verb | have identical views
019 | verb | have similar positions
019 | verb | note [the] convergence of views
019 | noun | consensus on
019 | noun | consensus with
019 | noun | common ground with
019 | noun | convergence of views
019 | noun | identity of views
019 | noun | common understanding on
019 | noun | common position on

# 020 Appeal, not specified below
020 | verb | call on _ to
020 | verb | call upon _ to
020 | verb | urge _ to
020 | verb | appeal to _ to
020 | verb | appeal to _
020 | verb | appeal for
020 | verb | call for
020 | verb | ask _ to
020 | verb | request _ to
020 | verb | plead with _ to
020 | verb | implore _ to
020 | verb | beg _ to
020 | verb | exhort _ to
020 | verb | encourage _ to
020 | verb | press _ to
020 | verb | push _ to
020 | verb | lobby _ to
020 | verb | petition _ to
020 | verb | urge _
020 | verb | urge
020 | verb | request
020 | verb | ask for
020 | verb | plead for
020 | verb | make [an] appeal to
020 | verb | make [an] appeal for
020 | verb | issue [an] appeal
020 | verb | issue [an] appeal to
020 | verb | make [a] plea to
020 | verb | make [a] plea for
020 | verb | seek
020 | verb | entreat
020 | verb | pressure _ to
020 | verb | put pressure on _
020 | verb | pile pressure on _
020 | verb | step up pressure on _
020 | verb | ramp up pressure on _
020 | verb | increase pressure on _
020 | verb | exert pressure on _
020 | verb | lean on _ to
020 | verb | prod _ to
020 | verb | nudge _ to
020 | verb | invite _ to
020 | verb | call for [an] investigation
020 | verb | call for [an] investigation into
020 | verb | call for [an] independent investigation
020 | verb | call for [a] probe into
020 | verb | call for [an] inquiry into
020 | verb | call for [an] international investigation
020 | verb | urge [an] investigation into
020 | verb | appeal to [the] international community
020 | verb | call on [the] international community to
020 | verb | urge [the] international community to
020 | verb | appeal to [the] United Nations
020 | verb | call on [the] United Nations to
020 | noun | appeal to _
020 | noun | appeal for
020 | noun | call for
020 | noun | plea to
020 | noun | plea for
020 | noun | request for
020 | noun | request to _

# 021 Appeal for material cooperation, not specified below
021 | verb | seek cooperation
021 | verb | seek cooperation with
021 | verb | seek closer cooperation with
021 | verb | ask for cooperation
021 | verb | request cooperation
021 | verb | appeal for cooperation
021 | verb | call for cooperation
021 | verb | call for closer cooperation
021 | verb | call for practical cooperation
021 | verb | seek practical cooperation
021 | verb | call for joint projects
021 | verb | call on _ to cooperate
021 | verb | call on _ to cooperate with
021 | verb | call on _ to step up cooperation
021 | verb | call on _ to work together
021 | verb | call on _ to work with
021 | verb | call on _ to join forces with
021 | verb | call on _ to help
021 | verb | urge _ to cooperate
021 | verb | urge _ to cooperate with
021 | verb | urge _ to step up cooperation
021 | verb | urge _ to work together
021 | verb | urge _ to work with
021 | verb | urge _ to join forces with
021 | verb | urge _ to help
021 | verb | appeal to _ to cooperate
021 | verb | appeal to _ to cooperate with
021 | verb | appeal to _ to step up cooperation
021 | verb | appeal to _ to work together
021 | verb | appeal to _ to work with
021 | verb | appeal to _ to join forces with
021 | verb | appeal to _ to help
021 | verb | ask _ to cooperate
021 | verb | ask _ to cooperate with
021 | verb | ask _ to step up cooperation
021 | verb | ask _ to work together
021 | verb | ask _ to work with
021 | verb | ask _ to join forces with
021 | verb | ask _ to help
021 | verb | press _ to cooperate
021 | verb | press _ to cooperate with
021 | verb | press _ to step up cooperation
021 | verb | press _ to work together
021 | verb | press _ to work with
021 | verb | press _ to join forces with
021 | verb | press _ to help

# 0211 Appeal for economic cooperation
0211 | verb | call on _ to boost trade
0211 | verb | call on _ to expand trade
0211 | verb | call on _ to increase trade
0211 | verb | call on _ to deepen economic cooperation
0211 | verb | call on _ to strengthen economic ties
0211 | verb | call on _ to boost economic cooperation
0211 | verb | call on _ to expand economic ties
0211 | verb | call on _ to invest in
0211 | verb | call on _ to increase investment
0211 | verb | call on _ to open [its] market
0211 | verb | call on _ to open [its] markets
0211 | verb | call on _ to lift trade barriers
0211 | verb | call on _ to sign [a] trade deal
0211 | verb | call on _ to sign [a] free trade agreement
0211 | verb | call on _ to buy more
0211 | verb | call on _ to increase imports
0211 | verb | urge _ to boost trade
0211 | verb | urge _ to expand trade
0211 | verb | urge _ to increase trade
0211 | verb | urge _ to deepen economic cooperation
0211 | verb | urge _ to strengthen economic ties
0211 | verb | urge _ to boost economic cooperation
0211 | verb | urge _ to expand economic ties
0211 | verb | urge _ to invest in
0211 | verb | urge _ to increase investment
0211 | verb | urge _ to open [its] market
0211 | verb | urge _ to open [its] markets
0211 | verb | urge _ to lift trade barriers
0211 | verb | urge _ to sign [a] trade deal
0211 | verb | urge _ to sign [a] free trade agreement
0211 | verb | urge _ to buy more
0211 | verb | urge _ to increase imports
0211 | verb | appeal to _ to boost trade
0211 | verb | appeal to _ to expand trade
0211 | verb | appeal to _ to increase trade
0211 | verb | appeal to _ to deepen economic cooperation
0211 | verb | appeal to _ to strengthen economic ties
0211 | verb | appeal to _ to boost economic cooperation
0211 | verb | appeal to _ to expand economic ties
0211 | verb | appeal to _ to invest in
0211 | verb | appeal to _ to increase investment
0211 | verb | appeal to _ to open [its] market
0211 | verb | appeal to _ to open [its] markets
0211 | verb | appeal to _ to lift trade barriers
0211 | verb | appeal to _ to sign [a] trade deal
0211 | verb | appeal to _ to sign [a] free trade agreement
0211 | verb | appeal to _ to buy more
0211 | verb | appeal to _ to increase imports
0211 | verb | ask _ to boost trade
0211 | verb | ask _ to expand trade
0211 | verb | ask _ to increase trade
0211 | verb | ask _ to deepen economic cooperation
0211 | verb | ask _ to strengthen economic ties
0211 | verb | ask _ to boost economic cooperation
0211 | verb | ask _ to expand economic ties
0211 | verb | ask _ to invest in
0211 | verb | ask _ to increase investment
0211 | verb | ask _ to open [its] market
0211 | verb | ask _ to open [its] markets
0211 | verb | ask _ to lift trade barriers
0211 | verb | ask _ to sign [a] trade deal
0211 | verb | ask _ to sign [a] free trade agreement
0211 | verb | ask _ to buy more
0211 | verb | ask _ to increase imports
0211 | verb | press _ to boost trade
0211 | verb | press _ to expand trade
0211 | verb | press _ to increase trade
0211 | verb | press _ to deepen economic cooperation
0211 | verb | press _ to strengthen economic ties
0211 | verb | press _ to boost economic cooperation
0211 | verb | press _ to expand economic ties
0211 | verb | press _ to invest in
0211 | verb | press _ to increase investment
0211 | verb | press _ to open [its] market
0211 | verb | press _ to open [its] markets
0211 | verb | press _ to lift trade barriers
0211 | verb | press _ to sign [a] trade deal
0211 | verb | press _ to sign [a] free trade agreement
0211 | verb | press _ to buy more
0211 | verb | press _ to increase imports
0211 | verb | call for economic cooperation
0211 | verb | call for closer economic ties
0211 | verb | call for free trade
0211 | verb | call for [a] trade deal
0211 | verb | call for [a] trade agreement
0211 | verb | call for [a] free trade agreement
0211 | verb | call for more investment
0211 | verb | call for investment
0211 | verb | call for economic integration
0211 | verb | call for [an] economic partnership
0211 | verb | call for market access
0211 | verb | call for trade cooperation
0211 | verb | appeal for economic cooperation
0211 | verb | appeal for closer economic ties
0211 | verb | appeal for free trade
0211 | verb | appeal for [a] trade deal
0211 | verb | appeal for [a] trade agreement
0211 | verb | appeal for [a] free trade agreement
0211 | verb | appeal for more investment
0211 | verb | appeal for investment
0211 | verb | appeal for economic integration
0211 | verb | appeal for [an] economic partnership
0211 | verb | appeal for market access
0211 | verb | appeal for trade cooperation
0211 | verb | press for economic cooperation
0211 | verb | press for closer economic ties
0211 | verb | press for free trade
0211 | verb | press for [a] trade deal
0211 | verb | press for [a] trade agreement
0211 | verb | press for [a] free trade agreement
0211 | verb | press for more investment
0211 | verb | press for investment
0211 | verb | press for economic integration
0211 | verb | press for [an] economic partnership
0211 | verb | press for market access
0211 | verb | press for trade cooperation
0211 | verb | urge economic cooperation
0211 | verb | urge closer economic ties
0211 | verb | urge free trade
0211 | verb | urge [a] trade deal
0211 | verb | urge [a] trade agreement
0211 | verb | urge [a] free trade agreement
0211 | verb | urge more investment
0211 | verb | urge investment
0211 | verb | urge economic integration
0211 | verb | urge [an] economic partnership
0211 | verb | urge market access
0211 | verb | urge trade cooperation
0211 | verb | seek economic cooperation
0211 | verb | seek closer economic ties
0211 | verb | seek free trade
0211 | verb | seek [a] trade deal
0211 | verb | seek [a] trade agreement
0211 | verb | seek [a] free trade agreement
0211 | verb | seek more investment
0211 | verb | seek investment
0211 | verb | seek economic integration
0211 | verb | seek [an] economic partnership
0211 | verb | seek market access
0211 | verb | seek trade cooperation

# 0212 Appeal for military cooperation
0212 | verb | call on _ to join [the] coalition
0212 | verb | call on _ to deepen military cooperation
0212 | verb | call on _ to strengthen defence ties
0212 | verb | call on _ to strengthen defense ties
0212 | verb | call on _ to boost defence cooperation
0212 | verb | call on _ to boost defense cooperation
0212 | verb | call on _ to take part in joint exercises
0212 | verb | call on _ to join [the] military alliance
0212 | verb | call on _ to join [the] fight against
0212 | verb | call on _ to contribute troops to [the] coalition
0212 | verb | call on _ to increase defence spending
0212 | verb | call on _ to increase defense spending
0212 | verb | call on _ to share [the] burden
0212 | verb | urge _ to join [the] coalition
0212 | verb | urge _ to deepen military cooperation
0212 | verb | urge _ to strengthen defence ties
0212 | verb | urge _ to strengthen defense ties
0212 | verb | urge _ to boost defence cooperation
0212 | verb | urge _ to boost defense cooperation
0212 | verb | urge _ to take part in joint exercises
0212 | verb | urge _ to join [the] military alliance
0212 | verb | urge _ to join [the] fight against
0212 | verb | urge _ to contribute troops to [the] coalition
0212 | verb | urge _ to increase defence spending
0212 | verb | urge _ to increase defense spending
0212 | verb | urge _ to share [the] burden
0212 | verb | appeal to _ to join [the] coalition
0212 | verb | appeal to _ to deepen military cooperation
0212 | verb | appeal to _ to strengthen defence ties
0212 | verb | appeal to _ to strengthen defense ties
0212 | verb | appeal to _ to boost defence cooperation
0212 | verb | appeal to _ to boost defense cooperation
0212 | verb | appeal to _ to take part in joint exercises
0212 | verb | appeal to _ to join [the] military alliance
0212 | verb | appeal to _ to join [the] fight against
0212 | verb | appeal to _ to contribute troops to [the] coalition
0212 | verb | appeal to _ to increase defence spending
0212 | verb | appeal to _ to increase defense spending
0212 | verb | appeal to _ to share [the] burden
0212 | verb | ask _ to join [the] coalition
0212 | verb | ask _ to deepen military cooperation
0212 | verb | ask _ to strengthen defence ties
0212 | verb | ask _ to strengthen defense ties
0212 | verb | ask _ to boost defence cooperation
0212 | verb | ask _ to boost defense cooperation
0212 | verb | ask _ to take part in joint exercises
0212 | verb | ask _ to join [the] military alliance
0212 | verb | ask _ to join [the] fight against
0212 | verb | ask _ to contribute troops to [the] coalition
0212 | verb | ask _ to increase defence spending
0212 | verb | ask _ to increase defense spending
0212 | verb | ask _ to share [the] burden
0212 | verb | press _ to join [the] coalition
0212 | verb | press _ to deepen military cooperation
0212 | verb | press _ to strengthen defence ties
0212 | verb | press _ to strengthen defense ties
0212 | verb | press _ to boost defence cooperation
0212 | verb | press _ to boost defense cooperation
0212 | verb | press _ to take part in joint exercises
0212 | verb | press _ to join [the] military alliance
0212 | verb | press _ to join [the] fight against
0212 | verb | press _ to contribute troops to [the] coalition
0212 | verb | press _ to increase defence spending
0212 | verb | press _ to increase defense spending
0212 | verb | press _ to share [the] burden
0212 | verb | call for military cooperation
0212 | verb | call for defence cooperation
0212 | verb | call for defense cooperation
0212 | verb | call for security cooperation
0212 | verb | call for closer military ties
0212 | verb | call for joint military action
0212 | verb | call for joint operations
0212 | verb | call for [a] military alliance
0212 | verb | call for burden sharing
0212 | verb | appeal for military cooperation
0212 | verb | appeal for defence cooperation
0212 | verb | appeal for defense cooperation
0212 | verb | appeal for security cooperation
0212 | verb | appeal for closer military ties
0212 | verb | appeal for joint military action
0212 | verb | appeal for joint operations
0212 | verb | appeal for [a] military alliance
0212 | verb | appeal for burden sharing
0212 | verb | press for military cooperation
0212 | verb | press for defence cooperation
0212 | verb | press for defense cooperation
0212 | verb | press for security cooperation
0212 | verb | press for closer military ties
0212 | verb | press for joint military action
0212 | verb | press for joint operations
0212 | verb | press for [a] military alliance
0212 | verb | press for burden sharing
0212 | verb | urge military cooperation
0212 | verb | urge defence cooperation
0212 | verb | urge defense cooperation
0212 | verb | urge security cooperation
0212 | verb | urge closer military ties
0212 | verb | urge joint military action
0212 | verb | urge joint operations
0212 | verb | urge [a] military alliance
0212 | verb | urge burden sharing
0212 | verb | seek military cooperation
0212 | verb | seek defence cooperation
0212 | verb | seek defense cooperation
0212 | verb | seek security cooperation
0212 | verb | seek closer military ties
0212 | verb | seek joint military action
0212 | verb | seek joint operations
0212 | verb | seek [a] military alliance
0212 | verb | seek burden sharing

# 0213 Appeal for judicial cooperation
0213 | verb | call on _ to extradite
0213 | verb | call on _ to hand over
0213 | verb | call on _ to hand over [the] suspects
0213 | verb | call on _ to hand over [the] suspect
0213 | verb | call on _ to surrender [the] suspects
0213 | verb | call on _ to cooperate with [the] investigation
0213 | verb | call on _ to cooperate with [the] inquiry
0213 | verb | call on _ to cooperate with [the] court
0213 | verb | call on _ to cooperate with [the] tribunal
0213 | verb | call on _ to cooperate with [the] probe
0213 | verb | call on _ to cooperate with prosecutors
0213 | verb | call on _ to arrest and extradite
0213 | verb | call on _ to bring [the] perpetrators to justice
0213 | verb | call on _ to bring those responsible to justice
0213 | verb | call on _ to prosecute
0213 | verb | urge _ to extradite
0213 | verb | urge _ to hand over
0213 | verb | urge _ to hand over [the] suspects
0213 | verb | urge _ to hand over [the] suspect
0213 | verb | urge _ to surrender [the] suspects
0213 | verb | urge _ to cooperate with [the] investigation
0213 | verb | urge _ to cooperate with [the] inquiry
0213 | verb | urge _ to cooperate with [the] court
0213 | verb | urge _ to cooperate with [the] tribunal
0213 | verb | urge _ to cooperate with [the] probe
0213 | verb | urge _ to cooperate with prosecutors
0213 | verb | urge _ to arrest and extradite
0213 | verb | urge _ to bring [the] perpetrators to justice
0213 | verb | urge _ to bring those responsible to justice
0213 | verb | urge _ to prosecute
0213 | verb | appeal to _ to extradite
0213 | verb | appeal to _ to hand over
0213 | verb | appeal to _ to hand over [the] suspects
0213 | verb | appeal to _ to hand over [the] suspect
0213 | verb | appeal to _ to surrender [the] suspects
0213 | verb | appeal to _ to cooperate with [the] investigation
0213 | verb | appeal to _ to cooperate with [the] inquiry
0213 | verb | appeal to _ to cooperate with [the] court
0213 | verb | appeal to _ to cooperate with [the] tribunal
0213 | verb | appeal to _ to cooperate with [the] probe
0213 | verb | appeal to _ to cooperate with prosecutors
0213 | verb | appeal to _ to arrest and extradite
0213 | verb | appeal to _ to bring [the] perpetrators to justice
0213 | verb | appeal to _ to bring those responsible to justice
0213 | verb | appeal to _ to prosecute
0213 | verb | ask _ to extradite
0213 | verb | ask _ to hand over
0213 | verb | ask _ to hand over [the] suspects
0213 | verb | ask _ to hand over [the] suspect
0213 | verb | ask _ to surrender [the] suspects
0213 | verb | ask _ to cooperate with [the] investigation
0213 | verb | ask _ to cooperate with [the] inquiry
0213 | verb | ask _ to cooperate with [the] court
0213 | verb | ask _ to cooperate with [the] tribunal
0213 | verb | ask _ to cooperate with [the] probe
0213 | verb | ask _ to cooperate with prosecutors
0213 | verb | ask _ to arrest and extradite
0213 | verb | ask _ to bring [the] perpetrators to justice
0213 | verb | ask _ to bring those responsible to justice
0213 | verb | ask _ to prosecute
0213 | verb | press _ to extradite
0213 | verb | press _ to hand over
0213 | verb | press _ to hand over [the] suspects
0213 | verb | press _ to hand over [the] suspect
0213 | verb | press _ to surrender [the] suspects
0213 | verb | press _ to cooperate with [the] investigation
0213 | verb | press _ to cooperate with [the] inquiry
0213 | verb | press _ to cooperate with [the] court
0213 | verb | press _ to cooperate with [the] tribunal
0213 | verb | press _ to cooperate with [the] probe
0213 | verb | press _ to cooperate with prosecutors
0213 | verb | press _ to arrest and extradite
0213 | verb | press _ to bring [the] perpetrators to justice
0213 | verb | press _ to bring those responsible to justice
0213 | verb | press _ to prosecute
0213 | verb | call for [the] extradition of
0213 | verb | call for [the] handover of
0213 | verb | call for judicial cooperation
0213 | verb | call for legal assistance
0213 | verb | call for legal cooperation
0213 | verb | call for mutual legal assistance
0213 | verb | appeal for [the] extradition of
0213 | verb | appeal for [the] handover of
0213 | verb | appeal for judicial cooperation
0213 | verb | appeal for legal assistance
0213 | verb | appeal for legal cooperation
0213 | verb | appeal for mutual legal assistance
0213 | verb | press for [the] extradition of
0213 | verb | press for [the] handover of
0213 | verb | press for judicial cooperation
0213 | verb | press for legal assistance
0213 | verb | press for legal cooperation
0213 | verb | press for mutual legal assistance
0213 | verb | urge [the] extradition of
0213 | verb | urge [the] handover of
0213 | verb | urge judicial cooperation
0213 | verb | urge legal assistance
0213 | verb | urge legal cooperation
0213 | verb | urge mutual legal assistance
0213 | verb | seek [the] extradition of
0213 | verb | seek [the] handover of
0213 | verb | seek judicial cooperation
0213 | verb | seek legal assistance
0213 | verb | seek legal cooperation
0213 | verb | seek mutual legal assistance

# 0214 Appeal for intelligence
0214 | verb | call on _ to share intelligence
0214 | verb | call on _ to share information
0214 | verb | call on _ to provide intelligence
0214 | verb | call on _ to hand over intelligence
0214 | verb | call on _ to exchange intelligence
0214 | verb | call on _ to share data
0214 | verb | call on _ to provide information
0214 | verb | urge _ to share intelligence
0214 | verb | urge _ to share information
0214 | verb | urge _ to provide intelligence
0214 | verb | urge _ to hand over intelligence
0214 | verb | urge _ to exchange intelligence
0214 | verb | urge _ to share data
0214 | verb | urge _ to provide information
0214 | verb | appeal to _ to share intelligence
0214 | verb | appeal to _ to share information
0214 | verb | appeal to _ to provide intelligence
0214 | verb | appeal to _ to hand over intelligence
0214 | verb | appeal to _ to exchange intelligence
0214 | verb | appeal to _ to share data
0214 | verb | appeal to _ to provide information
0214 | verb | ask _ to share intelligence
0214 | verb | ask _ to share information
0214 | verb | ask _ to provide intelligence
0214 | verb | ask _ to hand over intelligence
0214 | verb | ask _ to exchange intelligence
0214 | verb | ask _ to share data
0214 | verb | ask _ to provide information
0214 | verb | press _ to share intelligence
0214 | verb | press _ to share information
0214 | verb | press _ to provide intelligence
0214 | verb | press _ to hand over intelligence
0214 | verb | press _ to exchange intelligence
0214 | verb | press _ to share data
0214 | verb | press _ to provide information
0214 | verb | call for intelligence sharing
0214 | verb | call for intelligence cooperation
0214 | verb | call for [the] sharing of intelligence
0214 | verb | call for [an] exchange of intelligence
0214 | verb | call for information sharing
0214 | verb | call for intelligence
0214 | verb | appeal for intelligence sharing
0214 | verb | appeal for intelligence cooperation
0214 | verb | appeal for [the] sharing of intelligence
0214 | verb | appeal for [an] exchange of intelligence
0214 | verb | appeal for information sharing
0214 | verb | appeal for intelligence
0214 | verb | press for intelligence sharing
0214 | verb | press for intelligence cooperation
0214 | verb | press for [the] sharing of intelligence
0214 | verb | press for [an] exchange of intelligence
0214 | verb | press for information sharing
0214 | verb | press for intelligence
0214 | verb | urge intelligence sharing
0214 | verb | urge intelligence cooperation
0214 | verb | urge [the] sharing of intelligence
0214 | verb | urge [an] exchange of intelligence
0214 | verb | urge information sharing
0214 | verb | urge intelligence
0214 | verb | seek intelligence sharing
0214 | verb | seek intelligence cooperation
0214 | verb | seek [the] sharing of intelligence
0214 | verb | seek [an] exchange of intelligence
0214 | verb | seek information sharing
0214 | verb | seek intelligence

# 022 Appeal for diplomatic cooperation, such as policy support
022 | verb | call on _ to support
022 | verb | call on _ to back
022 | verb | call on _ to endorse
022 | verb | call on _ to support [the] resolution
022 | verb | call on _ to back [the] resolution
022 | verb | call on _ to recognise
022 | verb | call on _ to recognize
022 | verb | call on _ to join
022 | verb | call on _ to join efforts
022 | verb | call on _ to join [the] condemnation of
022 | verb | call on _ to vote for
022 | verb | call on _ to vote in favour of
022 | verb | call on _ to vote in favor of
022 | verb | call on _ to support [the] bid
022 | verb | call on _ to back [the] bid
022 | verb | call on _ to support [the] candidacy of
022 | verb | call on _ to stand with
022 | verb | call on _ to side with
022 | verb | call on _ to use [its] influence
022 | verb | call on _ to use [its] influence on
022 | verb | call on _ to use [its] influence with
022 | verb | call on _ to exert pressure on
022 | verb | call on _ to put pressure on
022 | verb | call on _ to condemn
022 | verb | call on _ to speak out against
022 | verb | urge _ to support
022 | verb | urge _ to back
022 | verb | urge _ to endorse
022 | verb | urge _ to support [the] resolution
022 | verb | urge _ to back [the] resolution
022 | verb | urge _ to recognise
022 | verb | urge _ to recognize
022 | verb | urge _ to join
022 | verb | urge _ to join efforts
022 | verb | urge _ to join [the] condemnation of
022 | verb | urge _ to vote for
022 | verb | urge _ to vote in favour of
022 | verb | urge _ to vote in favor of
022 | verb | urge _ to support [the] bid
022 | verb | urge _ to back [the] bid
022 | verb | urge _ to support [the] candidacy of
022 | verb | urge _ to stand with
022 | verb | urge _ to side with
022 | verb | urge _ to use [its] influence
022 | verb | urge _ to use [its] influence on
022 | verb | urge _ to use [its] influence with
022 | verb | urge _ to exert pressure on
022 | verb | urge _ to put pressure on
022 | verb | urge _ to condemn
022 | verb | urge _ to speak out against
022 | verb | appeal to _ to support
022 | verb | appeal to _ to back
022 | verb | appeal to _ to endorse
022 | verb | appeal to _ to support [the] resolution
022 | verb | appeal to _ to back [the] resolution
022 | verb | appeal to _ to recognise
022 | verb | appeal to _ to recognize
022 | verb | appeal to _ to join
022 | verb | appeal to _ to join efforts
022 | verb | appeal to _ to join [the] condemnation of
022 | verb | appeal to _ to vote for
022 | verb | appeal to _ to vote in favour of
022 | verb | appeal to _ to vote in favor of
022 | verb | appeal to _ to support [the] bid
022 | verb | appeal to _ to back [the] bid
022 | verb | appeal to _ to support [the] candidacy of
022 | verb | appeal to _ to stand with
022 | verb | appeal to _ to side with
022 | verb | appeal to _ to use [its] influence
022 | verb | appeal to _ to use [its] influence on
022 | verb | appeal to _ to use [its] influence with
022 | verb | appeal to _ to exert pressure on
022 | verb | appeal to _ to put pressure on
022 | verb | appeal to _ to condemn
022 | verb | appeal to _ to speak out against
022 | verb | ask _ to support
022 | verb | ask _ to back
022 | verb | ask _ to endorse
022 | verb | ask _ to support [the] resolution
022 | verb | ask _ to back [the] resolution
022 | verb | ask _ to recognise
022 | verb | ask _ to recognize
022 | verb | ask _ to join
022 | verb | ask _ to join efforts
022 | verb | ask _ to join [the] condemnation of
022 | verb | ask _ to vote for
022 | verb | ask _ to vote in favour of
022 | verb | ask _ to vote in favor of
022 | verb | ask _ to support [the] bid
022 | verb | ask _ to back [the] bid
022 | verb | ask _ to support [the] candidacy of
022 | verb | ask _ to stand with
022 | verb | ask _ to side with
022 | verb | ask _ to use [its] influence
022 | verb | ask _ to use [its] influence on
022 | verb | ask _ to use [its] influence with
022 | verb | ask _ to exert pressure on
022 | verb | ask _ to put pressure on
022 | verb | ask _ to condemn
022 | verb | ask _ to speak out against
022 | verb | press _ to support
022 | verb | press _ to back
022 | verb | press _ to endorse
022 | verb | press _ to support [the] resolution
022 | verb | press _ to back [the] resolution
022 | verb | press _ to recognise
022 | verb | press _ to recognize
022 | verb | press _ to join
022 | verb | press _ to join efforts
022 | verb | press _ to join [the] condemnation of
022 | verb | press _ to vote for
022 | verb | press _ to vote in favour of
022 | verb | press _ to vote in favor of
022 | verb | press _ to support [the] bid
022 | verb | press _ to back [the] bid
022 | verb | press _ to support [the] candidacy of
022 | verb | press _ to stand with
022 | verb | press _ to side with
022 | verb | press _ to use [its] influence
022 | verb | press _ to use [its] influence on
022 | verb | press _ to use [its] influence with
022 | verb | press _ to exert pressure on
022 | verb | press _ to put pressure on
022 | verb | press _ to condemn
022 | verb | press _ to speak out against
022 | verb | call for support for
022 | verb | call for backing for
022 | verb | call for diplomatic support
022 | verb | call for political support
022 | verb | call for international support
022 | verb | call for recognition of
022 | verb | call for solidarity
022 | verb | call for diplomatic backing
022 | verb | call for help in
022 | verb | call for [a] united front
022 | verb | appeal for support for
022 | verb | appeal for backing for
022 | verb | appeal for diplomatic support
022 | verb | appeal for political support
022 | verb | appeal for international support
022 | verb | appeal for recognition of
022 | verb | appeal for solidarity
022 | verb | appeal for diplomatic backing
022 | verb | appeal for help in
022 | verb | appeal for [a] united front
022 | verb | press for support for
022 | verb | press for backing for
022 | verb | press for diplomatic support
022 | verb | press for political support
022 | verb | press for international support
022 | verb | press for recognition of
022 | verb | press for solidarity
022 | verb | press for diplomatic backing
022 | verb | press for help in
022 | verb | press for [a] united front
022 | verb | urge support for
022 | verb | urge backing for
022 | verb | urge diplomatic support
022 | verb | urge political support
022 | verb | urge international support
022 | verb | urge recognition of
022 | verb | urge solidarity
022 | verb | urge diplomatic backing
022 | verb | urge help in
022 | verb | urge [a] united front
022 | verb | seek support
022 | verb | seek support from
022 | verb | seek [the] support of
022 | verb | seek backing
022 | verb | seek backing from
022 | verb | seek [the] backing of
022 | verb | enlist support
022 | verb | enlist [the] support of
022 | verb | solicit support
022 | verb | solicit [the] support of
022 | verb | ask for support
022 | verb | ask for [the] support of
022 | verb | request support
022 | verb | appeal for support
022 | verb | appeal for [the] support of
022 | verb | lobby _ for support
022 | verb | seek diplomatic support
022 | verb | seek political support
022 | verb | seek international support

# 023 Appeal for aid, not specified below
023 | verb | call on _ to provide aid
023 | verb | call on _ to send aid
023 | verb | call on _ to give aid
023 | verb | call on _ to provide assistance
023 | verb | call on _ to help
023 | verb | call on _ to assist
023 | verb | call on _ to send help
023 | verb | call on _ to provide help
023 | verb | call on _ to offer help
023 | verb | call on _ to increase aid
023 | verb | urge _ to provide aid
023 | verb | urge _ to send aid
023 | verb | urge _ to give aid
023 | verb | urge _ to provide assistance
023 | verb | urge _ to help
023 | verb | urge _ to assist
023 | verb | urge _ to send help
023 | verb | urge _ to provide help
023 | verb | urge _ to offer help
023 | verb | urge _ to increase aid
023 | verb | appeal to _ to provide aid
023 | verb | appeal to _ to send aid
023 | verb | appeal to _ to give aid
023 | verb | appeal to _ to provide assistance
023 | verb | appeal to _ to help
023 | verb | appeal to _ to assist
023 | verb | appeal to _ to send help
023 | verb | appeal to _ to provide help
023 | verb | appeal to _ to offer help
023 | verb | appeal to _ to increase aid
023 | verb | ask _ to provide aid
023 | verb | ask _ to send aid
023 | verb | ask _ to give aid
023 | verb | ask _ to provide assistance
023 | verb | ask _ to help
023 | verb | ask _ to assist
023 | verb | ask _ to send help
023 | verb | ask _ to provide help
023 | verb | ask _ to offer help
023 | verb | ask _ to increase aid
023 | verb | press _ to provide aid
023 | verb | press _ to send aid
023 | verb | press _ to give aid
023 | verb | press _ to provide assistance
023 | verb | press _ to help
023 | verb | press _ to assist
023 | verb | press _ to send help
023 | verb | press _ to provide help
023 | verb | press _ to offer help
023 | verb | press _ to increase aid
023 | verb | seek aid
023 | verb | seek assistance
023 | verb | seek help
023 | verb | seek help from
023 | verb | seek [the] help of
023 | verb | request aid
023 | verb | request assistance
023 | verb | request help
023 | verb | appeal for aid
023 | verb | appeal for help
023 | verb | appeal for assistance
023 | verb | ask for aid
023 | verb | ask for help
023 | verb | ask for assistance
023 | verb | plead for aid
023 | verb | plead for help
023 | verb | beg for aid
023 | verb | beg for help
023 | verb | solicit aid
023 | verb | seek international assistance
023 | verb | seek international aid
023 | verb | seek foreign aid
023 | verb | call for aid
023 | verb | call for assistance
023 | verb | call for international aid
023 | verb | call for more aid
023 | verb | urge more aid
023 | verb | launch [an] appeal for aid
023 | verb | issue [an] appeal for aid
023 | verb | ask _ for help
023 | verb | ask _ for aid
023 | verb | ask _ for assistance
023 | noun | request for aid
023 | noun | request for assistance
023 | noun | request for help
023 | noun | appeal for aid
023 | noun | appeal for help
023 | noun | appeal for assistance
023 | noun | plea for aid
023 | noun | plea for help

# 0231 Appeal for economic aid
0231 | verb | call on _ to provide loans
0231 | verb | call on _ to provide [a] loan
0231 | verb | call on _ to provide financial aid
0231 | verb | call on _ to provide financial assistance
0231 | verb | call on _ to provide financial support
0231 | verb | call on _ to lend
0231 | verb | call on _ to lend money
0231 | verb | call on _ to provide funding
0231 | verb | call on _ to give money
0231 | verb | call on _ to provide funds
0231 | verb | call on _ to forgive [the] debt
0231 | verb | call on _ to write off [the] debt
0231 | verb | call on _ to cancel [the] debt
0231 | verb | call on _ to restructure [the] debt
0231 | verb | call on _ to release funds
0231 | verb | call on _ to release [the] funds
0231 | verb | call on _ to disburse
0231 | verb | call on _ to disburse funds
0231 | verb | call on _ to provide credit
0231 | verb | call on _ to provide economic aid
0231 | verb | call on _ to provide economic assistance
0231 | verb | call on _ to bail out
0231 | verb | call on _ to increase funding
0231 | verb | urge _ to provide loans
0231 | verb | urge _ to provide [a] loan
0231 | verb | urge _ to provide financial aid
0231 | verb | urge _ to provide financial assistance
0231 | verb | urge _ to provide financial support
0231 | verb | urge _ to lend
0231 | verb | urge _ to lend money
0231 | verb | urge _ to provide funding
0231 | verb | urge _ to give money
0231 | verb | urge _ to provide funds
0231 | verb | urge _ to forgive [the] debt
0231 | verb | urge _ to write off [the] debt
0231 | verb | urge _ to cancel [the] debt
0231 | verb | urge _ to restructure [the] debt
0231 | verb | urge _ to release funds
0231 | verb | urge _ to release [the] funds
0231 | verb | urge _ to disburse
0231 | verb | urge _ to disburse funds
0231 | verb | urge _ to provide credit
0231 | verb | urge _ to provide economic aid
0231 | verb | urge _ to provide economic assistance
0231 | verb | urge _ to bail out
0231 | verb | urge _ to increase funding
0231 | verb | appeal to _ to provide loans
0231 | verb | appeal to _ to provide [a] loan
0231 | verb | appeal to _ to provide financial aid
0231 | verb | appeal to _ to provide financial assistance
0231 | verb | appeal to _ to provide financial support
0231 | verb | appeal to _ to lend
0231 | verb | appeal to _ to lend money
0231 | verb | appeal to _ to provide funding
0231 | verb | appeal to _ to give money
0231 | verb | appeal to _ to provide funds
0231 | verb | appeal to _ to forgive [the] debt
0231 | verb | appeal to _ to write off [the] debt
0231 | verb | appeal to _ to cancel [the] debt
0231 | verb | appeal to _ to restructure [the] debt
0231 | verb | appeal to _ to release funds
0231 | verb | appeal to _ to release [the] funds
0231 | verb | appeal to _ to disburse
0231 | verb | appeal to _ to disburse funds
0231 | verb | appeal to _ to provide credit
0231 | verb | appeal to _ to provide economic aid
0231 | verb | appeal to _ to provide economic assistance
0231 | verb | appeal to _ to bail out
0231 | verb | appeal to _ to increase funding
0231 | verb | ask _ to provide loans
0231 | verb | ask _ to provide [a] loan
0231 | verb | ask _ to provide financial aid
0231 | verb | ask _ to provide financial assistance
0231 | verb | ask _ to provide financial support
0231 | verb | ask _ to lend
0231 | verb | ask _ to lend money
0231 | verb | ask _ to provide funding
0231 | verb | ask _ to give money
0231 | verb | ask _ to provide funds
0231 | verb | ask _ to forgive [the] debt
0231 | verb | ask _ to write off [the] debt
0231 | verb | ask _ to cancel [the] debt
0231 | verb | ask _ to restructure [the] debt
0231 | verb | ask _ to release funds
0231 | verb | ask _ to release [the] funds
0231 | verb | ask _ to disburse
0231 | verb | ask _ to disburse funds
0231 | verb | ask _ to provide credit
0231 | verb | ask _ to provide economic aid
0231 | verb | ask _ to provide economic assistance
0231 | verb | ask _ to bail out
0231 | verb | ask _ to increase funding
0231 | verb | press _ to provide loans
0231 | verb | press _ to provide [a] loan
0231 | verb | press _ to provide financial aid
0231 | verb | press _ to provide financial assistance
0231 | verb | press _ to provide financial support
0231 | verb | press _ to lend
0231 | verb | press _ to lend money
0231 | verb | press _ to provide funding
0231 | verb | press _ to give money
0231 | verb | press _ to provide funds
0231 | verb | press _ to forgive [the] debt
0231 | verb | press _ to write off [the] debt
0231 | verb | press _ to cancel [the] debt
0231 | verb | press _ to restructure [the] debt
0231 | verb | press _ to release funds
0231 | verb | press _ to release [the] funds
0231 | verb | press _ to disburse
0231 | verb | press _ to disburse funds
0231 | verb | press _ to provide credit
0231 | verb | press _ to provide economic aid
0231 | verb | press _ to provide economic assistance
0231 | verb | press _ to bail out
0231 | verb | press _ to increase funding
0231 | verb | seek economic aid
0231 | verb | seek economic assistance
0231 | verb | seek financial aid
0231 | verb | seek financial assistance
0231 | verb | seek financial support
0231 | verb | seek financial help
0231 | verb | seek [a] loan
0231 | verb | seek loans
0231 | verb | seek [a] bailout
0231 | verb | seek funding
0231 | verb | seek funds
0231 | verb | seek debt relief
0231 | verb | seek debt forgiveness
0231 | verb | seek debt cancellation
0231 | verb | seek [a] debt write-off
0231 | verb | seek grants
0231 | verb | seek credit
0231 | verb | seek emergency funding
0231 | verb | seek budget support
0231 | verb | seek development aid
0231 | verb | seek [a] credit line
0231 | verb | seek [a] rescue package
0231 | verb | seek [an] IMF bailout
0231 | verb | seek [an] IMF loan
0231 | verb | seek compensation
0231 | verb | seek reparations
0231 | verb | request economic aid
0231 | verb | request economic assistance
0231 | verb | request financial aid
0231 | verb | request financial assistance
0231 | verb | request financial support
0231 | verb | request financial help
0231 | verb | request [a] loan
0231 | verb | request loans
0231 | verb | request [a] bailout
0231 | verb | request funding
0231 | verb | request funds
0231 | verb | request debt relief
0231 | verb | request debt forgiveness
0231 | verb | request debt cancellation
0231 | verb | request [a] debt write-off
0231 | verb | request grants
0231 | verb | request credit
0231 | verb | request emergency funding
0231 | verb | request budget support
0231 | verb | request development aid
0231 | verb | request [a] credit line
0231 | verb | request [a] rescue package
0231 | verb | request [an] IMF bailout
0231 | verb | request [an] IMF loan
0231 | verb | request compensation
0231 | verb | request reparations
0231 | verb | ask for economic aid
0231 | verb | ask for economic assistance
0231 | verb | ask for financial aid
0231 | verb | ask for financial assistance
0231 | verb | ask for financial support
0231 | verb | ask for financial help
0231 | verb | ask for [a] loan
0231 | verb | ask for loans
0231 | verb | ask for [a] bailout
0231 | verb | ask for funding
0231 | verb | ask for funds
0231 | verb | ask for debt relief
0231 | verb | ask for debt forgiveness
0231 | verb | ask for debt cancellation
0231 | verb | ask for [a] debt write-off
0231 | verb | ask for grants
0231 | verb | ask for credit
0231 | verb | ask for emergency funding
0231 | verb | ask for budget support
0231 | verb | ask for development aid
0231 | verb | ask for [a] credit line
0231 | verb | ask for [a] rescue package
0231 | verb | ask for [an] IMF bailout
0231 | verb | ask for [an] IMF loan
0231 | verb | ask for compensation
0231 | verb | ask for reparations
0231 | verb | appeal for economic aid
0231 | verb | appeal for economic assistance
0231 | verb | appeal for financial aid
0231 | verb | appeal for financial assistance
0231 | verb | appeal for financial support
0231 | verb | appeal for financial help
0231 | verb | appeal for [a] loan
0231 | verb | appeal for loans
0231 | verb | appeal for [a] bailout
0231 | verb | appeal for funding
0231 | verb | appeal for funds
0231 | verb | appeal for debt relief
0231 | verb | appeal for debt forgiveness
0231 | verb | appeal for debt cancellation
0231 | verb | appeal for [a] debt write-off
0231 | verb | appeal for grants
0231 | verb | appeal for credit
0231 | verb | appeal for emergency funding
0231 | verb | appeal for budget support
0231 | verb | appeal for development aid
0231 | verb | appeal for [a] credit line
0231 | verb | appeal for [a] rescue package
0231 | verb | appeal for [an] IMF bailout
0231 | verb | appeal for [an] IMF loan
0231 | verb | appeal for compensation
0231 | verb | appeal for reparations
0231 | verb | call for economic aid
0231 | verb | call for economic assistance
0231 | verb | call for financial aid
0231 | verb | call for financial assistance
0231 | verb | call for financial support
0231 | verb | call for financial help
0231 | verb | call for [a] loan
0231 | verb | call for loans
0231 | verb | call for [a] bailout
0231 | verb | call for funding
0231 | verb | call for funds
0231 | verb | call for debt relief
0231 | verb | call for debt forgiveness
0231 | verb | call for debt cancellation
0231 | verb | call for [a] debt write-off
0231 | verb | call for grants
0231 | verb | call for credit
0231 | verb | call for emergency funding
0231 | verb | call for budget support
0231 | verb | call for development aid
0231 | verb | call for [a] credit line
0231 | verb | call for [a] rescue package
0231 | verb | call for [an] IMF bailout
0231 | verb | call for [an] IMF loan
0231 | verb | call for compensation
0231 | verb | call for reparations
0231 | verb | apply for [a] loan
0231 | verb | apply for [an] IMF loan
0231 | verb | apply for funding
0231 | verb | seek financing
0231 | verb | seek [a] loan from
0231 | verb | seek [a] bailout from
0231 | verb | seek funds from
0231 | verb | ask _ for [a] loan
0231 | verb | ask _ for money
0231 | verb | ask _ for funds
0231 | verb | ask _ for financial help
0231 | verb | ask _ for financial aid
0231 | verb | seek compensation from
0231 | verb | seek reparations from
0231 | noun | request for [a] loan
0231 | noun | request for [a] bailout
0231 | noun | request for financial aid
0231 | noun | request for financial assistance
0231 | noun | request for funding
0231 | noun | request for debt relief
0231 | noun | appeal for financial aid
0231 | noun | appeal for funds
0231 | noun | appeal for funding

# 0232 Appeal for military aid
0232 | verb | call on _ to provide weapons
0232 | verb | call on _ to send weapons
0232 | verb | call on _ to supply weapons
0232 | verb | call on _ to provide arms
0232 | verb | call on _ to supply arms
0232 | verb | call on _ to send arms
0232 | verb | call on _ to deliver weapons
0232 | verb | call on _ to provide military aid
0232 | verb | call on _ to provide military assistance
0232 | verb | call on _ to provide military equipment
0232 | verb | call on _ to provide ammunition
0232 | verb | call on _ to supply ammunition
0232 | verb | call on _ to send tanks
0232 | verb | call on _ to supply tanks
0232 | verb | call on _ to send fighter jets
0232 | verb | call on _ to provide air defence systems
0232 | verb | call on _ to provide air defense systems
0232 | verb | call on _ to supply air defence systems
0232 | verb | call on _ to supply air defense systems
0232 | verb | call on _ to provide air defences
0232 | verb | call on _ to provide air defenses
0232 | verb | call on _ to deliver air defence systems
0232 | verb | call on _ to deliver air defense systems
0232 | verb | call on _ to provide long-range missiles
0232 | verb | call on _ to supply long-range missiles
0232 | verb | call on _ to send more weapons
0232 | verb | call on _ to speed up weapons deliveries
0232 | verb | call on _ to speed up arms deliveries
0232 | verb | call on _ to provide drones
0232 | verb | call on _ to supply drones
0232 | verb | urge _ to provide weapons
0232 | verb | urge _ to send weapons
0232 | verb | urge _ to supply weapons
0232 | verb | urge _ to provide arms
0232 | verb | urge _ to supply arms
0232 | verb | urge _ to send arms
0232 | verb | urge _ to deliver weapons
0232 | verb | urge _ to provide military aid
0232 | verb | urge _ to provide military assistance
0232 | verb | urge _ to provide military equipment
0232 | verb | urge _ to provide ammunition
0232 | verb | urge _ to supply ammunition
0232 | verb | urge _ to send tanks
0232 | verb | urge _ to supply tanks
0232 | verb | urge _ to send fighter jets
0232 | verb | urge _ to provide air defence systems
0232 | verb | urge _ to provide air defense systems
0232 | verb | urge _ to supply air defence systems
0232 | verb | urge _ to supply air defense systems
0232 | verb | urge _ to provide air defences
0232 | verb | urge _ to provide air defenses
0232 | verb | urge _ to deliver air defence systems
0232 | verb | urge _ to deliver air defense systems
0232 | verb | urge _ to provide long-range missiles
0232 | verb | urge _ to supply long-range missiles
0232 | verb | urge _ to send more weapons
0232 | verb | urge _ to speed up weapons deliveries
0232 | verb | urge _ to speed up arms deliveries
0232 | verb | urge _ to provide drones
0232 | verb | urge _ to supply drones
0232 | verb | appeal to _ to provide weapons
0232 | verb | appeal to _ to send weapons
0232 | verb | appeal to _ to supply weapons
0232 | verb | appeal to _ to provide arms
0232 | verb | appeal to _ to supply arms
0232 | verb | appeal to _ to send arms
0232 | verb | appeal to _ to deliver weapons
0232 | verb | appeal to _ to provide military aid
0232 | verb | appeal to _ to provide military assistance
0232 | verb | appeal to _ to provide military equipment
0232 | verb | appeal to _ to provide ammunition
0232 | verb | appeal to _ to supply ammunition
0232 | verb | appeal to _ to send tanks
0232 | verb | appeal to _ to supply tanks
0232 | verb | appeal to _ to send fighter jets
0232 | verb | appeal to _ to provide air defence systems
0232 | verb | appeal to _ to provide air defense systems
0232 | verb | appeal to _ to supply air defence systems
0232 | verb | appeal to _ to supply air defense systems
0232 | verb | appeal to _ to provide air defences
0232 | verb | appeal to _ to provide air defenses
0232 | verb | appeal to _ to deliver air defence systems
0232 | verb | appeal to _ to deliver air defense systems
0232 | verb | appeal to _ to provide long-range missiles
0232 | verb | appeal to _ to supply long-range missiles
0232 | verb | appeal to _ to send more weapons
0232 | verb | appeal to _ to speed up weapons deliveries
0232 | verb | appeal to _ to speed up arms deliveries
0232 | verb | appeal to _ to provide drones
0232 | verb | appeal to _ to supply drones
0232 | verb | ask _ to provide weapons
0232 | verb | ask _ to send weapons
0232 | verb | ask _ to supply weapons
0232 | verb | ask _ to provide arms
0232 | verb | ask _ to supply arms
0232 | verb | ask _ to send arms
0232 | verb | ask _ to deliver weapons
0232 | verb | ask _ to provide military aid
0232 | verb | ask _ to provide military assistance
0232 | verb | ask _ to provide military equipment
0232 | verb | ask _ to provide ammunition
0232 | verb | ask _ to supply ammunition
0232 | verb | ask _ to send tanks
0232 | verb | ask _ to supply tanks
0232 | verb | ask _ to send fighter jets
0232 | verb | ask _ to provide air defence systems
0232 | verb | ask _ to provide air defense systems
0232 | verb | ask _ to supply air defence systems
0232 | verb | ask _ to supply air defense systems
0232 | verb | ask _ to provide air defences
0232 | verb | ask _ to provide air defenses
0232 | verb | ask _ to deliver air defence systems
0232 | verb | ask _ to deliver air defense systems
0232 | verb | ask _ to provide long-range missiles
0232 | verb | ask _ to supply long-range missiles
0232 | verb | ask _ to send more weapons
0232 | verb | ask _ to speed up weapons deliveries
0232 | verb | ask _ to speed up arms deliveries
0232 | verb | ask _ to provide drones
0232 | verb | ask _ to supply drones
0232 | verb | press _ to provide weapons
0232 | verb | press _ to send weapons
0232 | verb | press _ to supply weapons
0232 | verb | press _ to provide arms
0232 | verb | press _ to supply arms
0232 | verb | press _ to send arms
0232 | verb | press _ to deliver weapons
0232 | verb | press _ to provide military aid
0232 | verb | press _ to provide military assistance
0232 | verb | press _ to provide military equipment
0232 | verb | press _ to provide ammunition
0232 | verb | press _ to supply ammunition
0232 | verb | press _ to send tanks
0232 | verb | press _ to supply tanks
0232 | verb | press _ to send fighter jets
0232 | verb | press _ to provide air defence systems
0232 | verb | press _ to provide air defense systems
0232 | verb | press _ to supply air defence systems
0232 | verb | press _ to supply air defense systems
0232 | verb | press _ to provide air defences
0232 | verb | press _ to provide air defenses
0232 | verb | press _ to deliver air defence systems
0232 | verb | press _ to deliver air defense systems
0232 | verb | press _ to provide long-range missiles
0232 | verb | press _ to supply long-range missiles
0232 | verb | press _ to send more weapons
0232 | verb | press _ to speed up weapons deliveries
0232 | verb | press _ to speed up arms deliveries
0232 | verb | press _ to provide drones
0232 | verb | press _ to supply drones
0232 | verb | seek military aid
0232 | verb | seek military assistance
0232 | verb | seek arms
0232 | verb | seek weapons
0232 | verb | seek ammunition
0232 | verb | seek military equipment
0232 | verb | seek arms supplies
0232 | verb | seek weapons deliveries
0232 | verb | seek more weapons
0232 | verb | seek air defence
0232 | verb | seek air defense
0232 | verb | seek air defence systems
0232 | verb | seek air defense systems
0232 | verb | seek air defences
0232 | verb | seek air defenses
0232 | verb | seek fighter jets
0232 | verb | seek tanks
0232 | verb | seek military support
0232 | verb | seek security assistance
0232 | verb | seek military hardware
0232 | verb | seek long-range missiles
0232 | verb | seek long-range weapons
0232 | verb | seek ammunition supplies
0232 | verb | seek artillery shells
0232 | verb | seek more ammunition
0232 | verb | seek drones
0232 | verb | seek Patriot systems
0232 | verb | seek Patriot missiles
0232 | verb | request military aid
0232 | verb | request military assistance
0232 | verb | request arms
0232 | verb | request weapons
0232 | verb | request ammunition
0232 | verb | request military equipment
0232 | verb | request arms supplies
0232 | verb | request weapons deliveries
0232 | verb | request more weapons
0232 | verb | request air defence
0232 | verb | request air defense
0232 | verb | request air defence systems
0232 | verb | request air defense systems
0232 | verb | request air defences
0232 | verb | request air defenses
0232 | verb | request fighter jets
0232 | verb | request tanks
0232 | verb | request military support
0232 | verb | request security assistance
0232 | verb | request military hardware
0232 | verb | request long-range missiles
0232 | verb | request long-range weapons
0232 | verb | request ammunition supplies
0232 | verb | request artillery shells
0232 | verb | request more ammunition
0232 | verb | request drones
0232 | verb | request Patriot systems
0232 | verb | request Patriot missiles
0232 | verb | ask for military aid
0232 | verb | ask for military assistance
0232 | verb | ask for arms
0232 | verb | ask for weapons
0232 | verb | ask for ammunition
0232 | verb | ask for military equipment
0232 | verb | ask for arms supplies
0232 | verb | ask for weapons deliveries
0232 | verb | ask for more weapons
0232 | verb | ask for air defence
0232 | verb | ask for air defense
0232 | verb | ask for air defence systems
0232 | verb | ask for air defense systems
0232 | verb | ask for air defences
0232 | verb | ask for air defenses
0232 | verb | ask for fighter jets
0232 | verb | ask for tanks
0232 | verb | ask for military support
0232 | verb | ask for security assistance
0232 | verb | ask for military hardware
0232 | verb | ask for long-range missiles
0232 | verb | ask for long-range weapons
0232 | verb | ask for ammunition supplies
0232 | verb | ask for artillery shells
0232 | verb | ask for more ammunition
0232 | verb | ask for drones
0232 | verb | ask for Patriot systems
0232 | verb | ask for Patriot missiles
0232 | verb | appeal for military aid
0232 | verb | appeal for military assistance
0232 | verb | appeal for arms
0232 | verb | appeal for weapons
0232 | verb | appeal for ammunition
0232 | verb | appeal for military equipment
0232 | verb | appeal for arms supplies
0232 | verb | appeal for weapons deliveries
0232 | verb | appeal for more weapons
0232 | verb | appeal for air defence
0232 | verb | appeal for air defense
0232 | verb | appeal for air defence systems
0232 | verb | appeal for air defense systems
0232 | verb | appeal for air defences
0232 | verb | appeal for air defenses
0232 | verb | appeal for fighter jets
0232 | verb | appeal for tanks
0232 | verb | appeal for military support
0232 | verb | appeal for security assistance
0232 | verb | appeal for military hardware
0232 | verb | appeal for long-range missiles
0232 | verb | appeal for long-range weapons
0232 | verb | appeal for ammunition supplies
0232 | verb | appeal for artillery shells
0232 | verb | appeal for more ammunition
0232 | verb | appeal for drones
0232 | verb | appeal for Patriot systems
0232 | verb | appeal for Patriot missiles
0232 | verb | call for military aid
0232 | verb | call for military assistance
0232 | verb | call for arms
0232 | verb | call for weapons
0232 | verb | call for ammunition
0232 | verb | call for military equipment
0232 | verb | call for arms supplies
0232 | verb | call for weapons deliveries
0232 | verb | call for more weapons
0232 | verb | call for air defence
0232 | verb | call for air defense
0232 | verb | call for air defence systems
0232 | verb | call for air defense systems
0232 | verb | call for air defences
0232 | verb | call for air defenses
0232 | verb | call for fighter jets
0232 | verb | call for tanks
0232 | verb | call for military support
0232 | verb | call for security assistance
0232 | verb | call for military hardware
0232 | verb | call for long-range missiles
0232 | verb | call for long-range weapons
0232 | verb | call for ammunition supplies
0232 | verb | call for artillery shells
0232 | verb | call for more ammunition
0232 | verb | call for drones
0232 | verb | call for Patriot systems
0232 | verb | call for Patriot missiles
0232 | noun | request for weapons
0232 | noun | request for arms
0232 | noun | request for military aid
0232 | noun | request for military assistance
0232 | noun | request for air defence systems
0232 | noun | request for air defense systems
0232 | noun | request for fighter jets
0232 | noun | request for tanks
0232 | noun | appeal for weapons
0232 | noun | appeal for military aid
0232 | noun | plea for weapons
0232 | noun | plea for air defence
0232 | noun | plea for air defense

# 0233 Appeal for humanitarian aid
0233 | verb | call on _ to provide humanitarian aid
0233 | verb | call on _ to provide humanitarian assistance
0233 | verb | call on _ to send humanitarian aid
0233 | verb | call on _ to send food
0233 | verb | call on _ to provide food
0233 | verb | call on _ to provide shelter
0233 | verb | call on _ to provide medical supplies
0233 | verb | call on _ to provide medical aid
0233 | verb | call on _ to send medicine
0233 | verb | call on _ to send medicines
0233 | verb | call on _ to send relief
0233 | verb | call on _ to provide relief
0233 | verb | call on _ to deliver humanitarian aid
0233 | verb | call on _ to deliver aid
0233 | verb | call on _ to send rescue teams
0233 | verb | call on _ to send relief supplies
0233 | verb | call on _ to help refugees
0233 | verb | call on _ to take in refugees
0233 | verb | urge _ to provide humanitarian aid
0233 | verb | urge _ to provide humanitarian assistance
0233 | verb | urge _ to send humanitarian aid
0233 | verb | urge _ to send food
0233 | verb | urge _ to provide food
0233 | verb | urge _ to provide shelter
0233 | verb | urge _ to provide medical supplies
0233 | verb | urge _ to provide medical aid
0233 | verb | urge _ to send medicine
0233 | verb | urge _ to send medicines
0233 | verb | urge _ to send relief
0233 | verb | urge _ to provide relief
0233 | verb | urge _ to deliver humanitarian aid
0233 | verb | urge _ to deliver aid
0233 | verb | urge _ to send rescue teams
0233 | verb | urge _ to send relief supplies
0233 | verb | urge _ to help refugees
0233 | verb | urge _ to take in refugees
0233 | verb | appeal to _ to provide humanitarian aid
0233 | verb | appeal to _ to provide humanitarian assistance
0233 | verb | appeal to _ to send humanitarian aid
0233 | verb | appeal to _ to send food
0233 | verb | appeal to _ to provide food
0233 | verb | appeal to _ to provide shelter
0233 | verb | appeal to _ to provide medical supplies
0233 | verb | appeal to _ to provide medical aid
0233 | verb | appeal to _ to send medicine
0233 | verb | appeal to _ to send medicines
0233 | verb | appeal to _ to send relief
0233 | verb | appeal to _ to provide relief
0233 | verb | appeal to _ to deliver humanitarian aid
0233 | verb | appeal to _ to deliver aid
0233 | verb | appeal to _ to send rescue teams
0233 | verb | appeal to _ to send relief supplies
0233 | verb | appeal to _ to help refugees
0233 | verb | appeal to _ to take in refugees
0233 | verb | ask _ to provide humanitarian aid
0233 | verb | ask _ to provide humanitarian assistance
0233 | verb | ask _ to send humanitarian aid
0233 | verb | ask _ to send food
0233 | verb | ask _ to provide food
0233 | verb | ask _ to provide shelter
0233 | verb | ask _ to provide medical supplies
0233 | verb | ask _ to provide medical aid
0233 | verb | ask _ to send medicine
0233 | verb | ask _ to send medicines
0233 | verb | ask _ to send relief
0233 | verb | ask _ to provide relief
0233 | verb | ask _ to deliver humanitarian aid
0233 | verb | ask _ to deliver aid
0233 | verb | ask _ to send rescue teams
0233 | verb | ask _ to send relief supplies
0233 | verb | ask _ to help refugees
0233 | verb | ask _ to take in refugees
0233 | verb | press _ to provide humanitarian aid
0233 | verb | press _ to provide humanitarian assistance
0233 | verb | press _ to send humanitarian aid
0233 | verb | press _ to send food
0233 | verb | press _ to provide food
0233 | verb | press _ to provide shelter
0233 | verb | press _ to provide medical supplies
0233 | verb | press _ to provide medical aid
0233 | verb | press _ to send medicine
0233 | verb | press _ to send medicines
0233 | verb | press _ to send relief
0233 | verb | press _ to provide relief
0233 | verb | press _ to deliver humanitarian aid
0233 | verb | press _ to deliver aid
0233 | verb | press _ to send rescue teams
0233 | verb | press _ to send relief supplies
0233 | verb | press _ to help refugees
0233 | verb | press _ to take in refugees
0233 | verb | seek humanitarian aid
0233 | verb | seek humanitarian assistance
0233 | verb | seek humanitarian relief
0233 | verb | seek humanitarian help
0233 | verb | seek emergency aid
0233 | verb | seek emergency relief
0233 | verb | seek emergency assistance
0233 | verb | seek food aid
0233 | verb | seek food assistance
0233 | verb | seek relief supplies
0233 | verb | seek medical aid
0233 | verb | seek medical supplies
0233 | verb | seek medical assistance
0233 | verb | seek disaster relief
0233 | verb | seek shelter
0233 | verb | seek relief aid
0233 | verb | seek medicine
0233 | verb | seek medicines
0233 | verb | seek vaccines
0233 | verb | seek emergency food aid
0233 | verb | seek fuel
0233 | verb | seek clean water
0233 | verb | seek tents
0233 | verb | seek rescue teams
0233 | verb | request humanitarian aid
0233 | verb | request humanitarian assistance
0233 | verb | request humanitarian relief
0233 | verb | request humanitarian help
0233 | verb | request emergency aid
0233 | verb | request emergency relief
0233 | verb | request emergency assistance
0233 | verb | request food aid
0233 | verb | request food assistance
0233 | verb | request relief supplies
0233 | verb | request medical aid
0233 | verb | request medical supplies
0233 | verb | request medical assistance
0233 | verb | request disaster relief
0233 | verb | request shelter
0233 | verb | request relief aid
0233 | verb | request medicine
0233 | verb | request medicines
0233 | verb | request vaccines
0233 | verb | request emergency food aid
0233 | verb | request fuel
0233 | verb | request clean water
0233 | verb | request tents
0233 | verb | request rescue teams
0233 | verb | ask for humanitarian aid
0233 | verb | ask for humanitarian assistance
0233 | verb | ask for humanitarian relief
0233 | verb | ask for humanitarian help
0233 | verb | ask for emergency aid
0233 | verb | ask for emergency relief
0233 | verb | ask for emergency assistance
0233 | verb | ask for food aid
0233 | verb | ask for food assistance
0233 | verb | ask for relief supplies
0233 | verb | ask for medical aid
0233 | verb | ask for medical supplies
0233 | verb | ask for medical assistance
0233 | verb | ask for disaster relief
0233 | verb | ask for shelter
0233 | verb | ask for relief aid
0233 | verb | ask for medicine
0233 | verb | ask for medicines
0233 | verb | ask for vaccines
0233 | verb | ask for emergency food aid
0233 | verb | ask for fuel
0233 | verb | ask for clean water
0233 | verb | ask for tents
0233 | verb | ask for rescue teams
0233 | verb | appeal for humanitarian aid
0233 | verb | appeal for humanitarian assistance
0233 | verb | appeal for humanitarian relief
0233 | verb | appeal for humanitarian help
0233 | verb | appeal for emergency aid
0233 | verb | appeal for emergency relief
0233 | verb | appeal for emergency assistance
0233 | verb | appeal for food aid
0233 | verb | appeal for food assistance
0233 | verb | appeal for relief supplies
0233 | verb | appeal for medical aid
0233 | verb | appeal for medical supplies
0233 | verb | appeal for medical assistance
0233 | verb | appeal for disaster relief
0233 | verb | appeal for shelter
0233 | verb | appeal for relief aid
0233 | verb | appeal for medicine
0233 | verb | appeal for medicines
0233 | verb | appeal for vaccines
0233 | verb | appeal for emergency food aid
0233 | verb | appeal for fuel
0233 | verb | appeal for clean water
0233 | verb | appeal for tents
0233 | verb | appeal for rescue teams
0233 | verb | call for humanitarian aid
0233 | verb | call for humanitarian assistance
0233 | verb | call for humanitarian relief
0233 | verb | call for humanitarian help
0233 | verb | call for emergency aid
0233 | verb | call for emergency relief
0233 | verb | call for emergency assistance
0233 | verb | call for food aid
0233 | verb | call for food assistance
0233 | verb | call for relief supplies
0233 | verb | call for medical aid
0233 | verb | call for medical supplies
0233 | verb | call for medical assistance
0233 | verb | call for disaster relief
0233 | verb | call for shelter
0233 | verb | call for relief aid
0233 | verb | call for medicine
0233 | verb | call for medicines
0233 | verb | call for vaccines
0233 | verb | call for emergency food aid
0233 | verb | call for fuel
0233 | verb | call for clean water
0233 | verb | call for tents
0233 | verb | call for rescue teams
0233 | verb | launch [a] humanitarian appeal
0233 | verb | launch [an] emergency appeal
0233 | verb | launch [a] flash appeal
0233 | verb | issue [a] flash appeal
0233 | verb | issue [an] emergency appeal
0233 | verb | launch [an] appeal for humanitarian aid
0233 | verb | launch [an] appeal for emergency aid
0233 | noun | request for humanitarian aid
0233 | noun | request for humanitarian assistance
0233 | noun | request for emergency aid
0233 | noun | request for food aid
0233 | noun | request for medical supplies
0233 | noun | appeal for humanitarian aid
0233 | noun | appeal for emergency aid
0233 | noun | appeal for food aid
0233 | noun | plea for humanitarian aid
0233 | noun | plea for food

# 0234 Appeal for military protection or peacekeeping
0234 | verb | call on _ to send peacekeepers
0234 | verb | call on _ to deploy peacekeepers
0234 | verb | call on _ to send troops
0234 | verb | call on _ to deploy troops
0234 | verb | call on _ to provide protection
0234 | verb | call on _ to protect
0234 | verb | call on _ to send [a] peacekeeping force
0234 | verb | call on _ to deploy [a] peacekeeping force
0234 | verb | call on _ to send [a] peacekeeping mission
0234 | verb | call on _ to deploy [a] peacekeeping mission
0234 | verb | call on _ to deploy [an] international force
0234 | verb | call on _ to establish [a] no-fly zone
0234 | verb | call on _ to impose [a] no-fly zone
0234 | verb | call on _ to enforce [a] no-fly zone
0234 | verb | call on _ to send forces
0234 | verb | call on _ to deploy forces
0234 | verb | call on _ to intervene militarily
0234 | verb | call on _ to provide security guarantees
0234 | verb | call on _ to guarantee [its] security
0234 | verb | call on _ to defend
0234 | verb | call on _ to come to [its] defence
0234 | verb | call on _ to come to [its] defense
0234 | verb | urge _ to send peacekeepers
0234 | verb | urge _ to deploy peacekeepers
0234 | verb | urge _ to send troops
0234 | verb | urge _ to deploy troops
0234 | verb | urge _ to provide protection
0234 | verb | urge _ to protect
0234 | verb | urge _ to send [a] peacekeeping force
0234 | verb | urge _ to deploy [a] peacekeeping force
0234 | verb | urge _ to send [a] peacekeeping mission
0234 | verb | urge _ to deploy [a] peacekeeping mission
0234 | verb | urge _ to deploy [an] international force
0234 | verb | urge _ to establish [a] no-fly zone
0234 | verb | urge _ to impose [a] no-fly zone
0234 | verb | urge _ to enforce [a] no-fly zone
0234 | verb | urge _ to send forces
0234 | verb | urge _ to deploy forces
0234 | verb | urge _ to intervene militarily
0234 | verb | urge _ to provide security guarantees
0234 | verb | urge _ to guarantee [its] security
0234 | verb | urge _ to defend
0234 | verb | urge _ to come to [its] defence
0234 | verb | urge _ to come to [its] defense
0234 | verb | appeal to _ to send peacekeepers
0234 | verb | appeal to _ to deploy peacekeepers
0234 | verb | appeal to _ to send troops
0234 | verb | appeal to _ to deploy troops
0234 | verb | appeal to _ to provide protection
0234 | verb | appeal to _ to protect
0234 | verb | appeal to _ to send [a] peacekeeping force
0234 | verb | appeal to _ to deploy [a] peacekeeping force
0234 | verb | appeal to _ to send [a] peacekeeping mission
0234 | verb | appeal to _ to deploy [a] peacekeeping mission
0234 | verb | appeal to _ to deploy [an] international force
0234 | verb | appeal to _ to establish [a] no-fly zone
0234 | verb | appeal to _ to impose [a] no-fly zone
0234 | verb | appeal to _ to enforce [a] no-fly zone
0234 | verb | appeal to _ to send forces
0234 | verb | appeal to _ to deploy forces
0234 | verb | appeal to _ to intervene militarily
0234 | verb | appeal to _ to provide security guarantees
0234 | verb | appeal to _ to guarantee [its] security
0234 | verb | appeal to _ to defend
0234 | verb | appeal to _ to come to [its] defence
0234 | verb | appeal to _ to come to [its] defense
0234 | verb | ask _ to send peacekeepers
0234 | verb | ask _ to deploy peacekeepers
0234 | verb | ask _ to send troops
0234 | verb | ask _ to deploy troops
0234 | verb | ask _ to provide protection
0234 | verb | ask _ to protect
0234 | verb | ask _ to send [a] peacekeeping force
0234 | verb | ask _ to deploy [a] peacekeeping force
0234 | verb | ask _ to send [a] peacekeeping mission
0234 | verb | ask _ to deploy [a] peacekeeping mission
0234 | verb | ask _ to deploy [an] international force
0234 | verb | ask _ to establish [a] no-fly zone
0234 | verb | ask _ to impose [a] no-fly zone
0234 | verb | ask _ to enforce [a] no-fly zone
0234 | verb | ask _ to send forces
0234 | verb | ask _ to deploy forces
0234 | verb | ask _ to intervene militarily
0234 | verb | ask _ to provide security guarantees
0234 | verb | ask _ to guarantee [its] security
0234 | verb | ask _ to defend
0234 | verb | ask _ to come to [its] defence
0234 | verb | ask _ to come to [its] defense
0234 | verb | press _ to send peacekeepers
0234 | verb | press _ to deploy peacekeepers
0234 | verb | press _ to send troops
0234 | verb | press _ to deploy troops
0234 | verb | press _ to provide protection
0234 | verb | press _ to protect
0234 | verb | press _ to send [a] peacekeeping force
0234 | verb | press _ to deploy [a] peacekeeping force
0234 | verb | press _ to send [a] peacekeeping mission
0234 | verb | press _ to deploy [a] peacekeeping mission
0234 | verb | press _ to deploy [an] international force
0234 | verb | press _ to establish [a] no-fly zone
0234 | verb | press _ to impose [a] no-fly zone
0234 | verb | press _ to enforce [a] no-fly zone
0234 | verb | press _ to send forces
0234 | verb | press _ to deploy forces
0234 | verb | press _ to intervene militarily
0234 | verb | press _ to provide security guarantees
0234 | verb | press _ to guarantee [its] security
0234 | verb | press _ to defend
0234 | verb | press _ to come to [its] defence
0234 | verb | press _ to come to [its] defense
0234 | verb | seek peacekeepers
0234 | verb | seek [a] peacekeeping force
0234 | verb | seek peacekeeping troops
0234 | verb | seek [a] peacekeeping mission
0234 | verb | seek [an] international force
0234 | verb | seek protection
0234 | verb | seek military protection
0234 | verb | seek international protection
0234 | verb | seek [a] no-fly zone
0234 | verb | seek security guarantees
0234 | verb | seek [a] security guarantee
0234 | verb | seek [a] safe zone
0234 | verb | seek [a] buffer zone
0234 | verb | seek foreign troops
0234 | verb | seek [a] military intervention
0234 | verb | seek intervention
0234 | verb | seek UN peacekeepers
0234 | verb | seek [a] stabilisation force
0234 | verb | seek [a] stabilization force
0234 | verb | seek [a] protection force
0234 | verb | seek [an] international peacekeeping force
0234 | verb | request peacekeepers
0234 | verb | request [a] peacekeeping force
0234 | verb | request peacekeeping troops
0234 | verb | request [a] peacekeeping mission
0234 | verb | request [an] international force
0234 | verb | request protection
0234 | verb | request military protection
0234 | verb | request international protection
0234 | verb | request [a] no-fly zone
0234 | verb | request security guarantees
0234 | verb | request [a] security guarantee
0234 | verb | request [a] safe zone
0234 | verb | request [a] buffer zone
0234 | verb | request foreign troops
0234 | verb | request [a] military intervention
0234 | verb | request intervention
0234 | verb | request UN peacekeepers
0234 | verb | request [a] stabilisation force
0234 | verb | request [a] stabilization force
0234 | verb | request [a] protection force
0234 | verb | request [an] international peacekeeping force
0234 | verb | ask for peacekeepers
0234 | verb | ask for [a] peacekeeping force
0234 | verb | ask for peacekeeping troops
0234 | verb | ask for [a] peacekeeping mission
0234 | verb | ask for [an] international force
0234 | verb | ask for protection
0234 | verb | ask for military protection
0234 | verb | ask for international protection
0234 | verb | ask for [a] no-fly zone
0234 | verb | ask for security guarantees
0234 | verb | ask for [a] security guarantee
0234 | verb | ask for [a] safe zone
0234 | verb | ask for [a] buffer zone
0234 | verb | ask for foreign troops
0234 | verb | ask for [a] military intervention
0234 | verb | ask for intervention
0234 | verb | ask for UN peacekeepers
0234 | verb | ask for [a] stabilisation force
0234 | verb | ask for [a] stabilization force
0234 | verb | ask for [a] protection force
0234 | verb | ask for [an] international peacekeeping force
0234 | verb | appeal for peacekeepers
0234 | verb | appeal for [a] peacekeeping force
0234 | verb | appeal for peacekeeping troops
0234 | verb | appeal for [a] peacekeeping mission
0234 | verb | appeal for [an] international force
0234 | verb | appeal for protection
0234 | verb | appeal for military protection
0234 | verb | appeal for international protection
0234 | verb | appeal for [a] no-fly zone
0234 | verb | appeal for security guarantees
0234 | verb | appeal for [a] security guarantee
0234 | verb | appeal for [a] safe zone
0234 | verb | appeal for [a] buffer zone
0234 | verb | appeal for foreign troops
0234 | verb | appeal for [a] military intervention
0234 | verb | appeal for intervention
0234 | verb | appeal for UN peacekeepers
0234 | verb | appeal for [a] stabilisation force
0234 | verb | appeal for [a] stabilization force
0234 | verb | appeal for [a] protection force
0234 | verb | appeal for [an] international peacekeeping force
0234 | verb | call for peacekeepers
0234 | verb | call for [a] peacekeeping force
0234 | verb | call for peacekeeping troops
0234 | verb | call for [a] peacekeeping mission
0234 | verb | call for [an] international force
0234 | verb | call for protection
0234 | verb | call for military protection
0234 | verb | call for international protection
0234 | verb | call for [a] no-fly zone
0234 | verb | call for security guarantees
0234 | verb | call for [a] security guarantee
0234 | verb | call for [a] safe zone
0234 | verb | call for [a] buffer zone
0234 | verb | call for foreign troops
0234 | verb | call for [a] military intervention
0234 | verb | call for intervention
0234 | verb | call for UN peacekeepers
0234 | verb | call for [a] stabilisation force
0234 | verb | call for [a] stabilization force
0234 | verb | call for [a] protection force
0234 | verb | call for [an] international peacekeeping force
0234 | noun | request for peacekeepers
0234 | noun | request for protection
0234 | noun | request for [a] peacekeeping force
0234 | noun | request for [a] no-fly zone
0234 | noun | request for security guarantees
0234 | noun | appeal for protection
0234 | noun | appeal for peacekeepers
0234 | noun | plea for protection

# 024 Appeal for political reform, not specified below
024 | verb | call on _ to reform
024 | verb | call on _ to carry out reforms
024 | verb | call on _ to implement reforms
024 | verb | call on _ to undertake reforms
024 | verb | call on _ to enact reforms
024 | verb | call on _ to pursue reforms
024 | verb | call on _ to introduce reforms
024 | verb | call on _ to speed up reforms
024 | verb | call on _ to accelerate reforms
024 | verb | call on _ to press ahead with reforms
024 | verb | call on _ to democratise
024 | verb | call on _ to democratize
024 | verb | call on _ to hold elections
024 | verb | call on _ to hold free elections
024 | verb | call on _ to hold free and fair elections
024 | verb | call on _ to tackle corruption
024 | verb | call on _ to fight corruption
024 | verb | call on _ to root out corruption
024 | verb | call on _ to improve governance
024 | verb | call on _ to respect [the] rule of law
024 | verb | urge _ to reform
024 | verb | urge _ to carry out reforms
024 | verb | urge _ to implement reforms
024 | verb | urge _ to undertake reforms
024 | verb | urge _ to enact reforms
024 | verb | urge _ to pursue reforms
024 | verb | urge _ to introduce reforms
024 | verb | urge _ to speed up reforms
024 | verb | urge _ to accelerate reforms
024 | verb | urge _ to press ahead with reforms
024 | verb | urge _ to democratise
024 | verb | urge _ to democratize
024 | verb | urge _ to hold elections
024 | verb | urge _ to hold free elections
024 | verb | urge _ to hold free and fair elections
024 | verb | urge _ to tackle corruption
024 | verb | urge _ to fight corruption
024 | verb | urge _ to root out corruption
024 | verb | urge _ to improve governance
024 | verb | urge _ to respect [the] rule of law
024 | verb | appeal to _ to reform
024 | verb | appeal to _ to carry out reforms
024 | verb | appeal to _ to implement reforms
024 | verb | appeal to _ to undertake reforms
024 | verb | appeal to _ to enact reforms
024 | verb | appeal to _ to pursue reforms
024 | verb | appeal to _ to introduce reforms
024 | verb | appeal to _ to speed up reforms
024 | verb | appeal to _ to accelerate reforms
024 | verb | appeal to _ to press ahead with reforms
024 | verb | appeal to _ to democratise
024 | verb | appeal to _ to democratize
024 | verb | appeal to _ to hold elections
024 | verb | appeal to _ to hold free elections
024 | verb | appeal to _ to hold free and fair elections
024 | verb | appeal to _ to tackle corruption
024 | verb | appeal to _ to fight corruption
024 | verb | appeal to _ to root out corruption
024 | verb | appeal to _ to improve governance
024 | verb | appeal to _ to respect [the] rule of law
024 | verb | ask _ to reform
024 | verb | ask _ to carry out reforms
024 | verb | ask _ to implement reforms
024 | verb | ask _ to undertake reforms
024 | verb | ask _ to enact reforms
024 | verb | ask _ to pursue reforms
024 | verb | ask _ to introduce reforms
024 | verb | ask _ to speed up reforms
024 | verb | ask _ to accelerate reforms
024 | verb | ask _ to press ahead with reforms
024 | verb | ask _ to democratise
024 | verb | ask _ to democratize
024 | verb | ask _ to hold elections
024 | verb | ask _ to hold free elections
024 | verb | ask _ to hold free and fair elections
024 | verb | ask _ to tackle corruption
024 | verb | ask _ to fight corruption
024 | verb | ask _ to root out corruption
024 | verb | ask _ to improve governance
024 | verb | ask _ to respect [the] rule of law
024 | verb | press _ to reform
024 | verb | press _ to carry out reforms
024 | verb | press _ to implement reforms
024 | verb | press _ to undertake reforms
024 | verb | press _ to enact reforms
024 | verb | press _ to pursue reforms
024 | verb | press _ to introduce reforms
024 | verb | press _ to speed up reforms
024 | verb | press _ to accelerate reforms
024 | verb | press _ to press ahead with reforms
024 | verb | press _ to democratise
024 | verb | press _ to democratize
024 | verb | press _ to hold elections
024 | verb | press _ to hold free elections
024 | verb | press _ to hold free and fair elections
024 | verb | press _ to tackle corruption
024 | verb | press _ to fight corruption
024 | verb | press _ to root out corruption
024 | verb | press _ to improve governance
024 | verb | press _ to respect [the] rule of law
024 | verb | call for political reform
024 | verb | call for political reforms
024 | verb | call for reform
024 | verb | call for reforms
024 | verb | call for democratic reform
024 | verb | call for democratic reforms
024 | verb | call for free elections
024 | verb | call for fair elections
024 | verb | call for free and fair elections
024 | verb | call for good governance
024 | verb | call for anti-corruption reforms
024 | verb | call for transparency
024 | verb | call for accountability
024 | verb | call for [an] end to corruption
024 | verb | call for credible elections
024 | verb | appeal for political reform
024 | verb | appeal for political reforms
024 | verb | appeal for reform
024 | verb | appeal for reforms
024 | verb | appeal for democratic reform
024 | verb | appeal for democratic reforms
024 | verb | appeal for free elections
024 | verb | appeal for fair elections
024 | verb | appeal for free and fair elections
024 | verb | appeal for good governance
024 | verb | appeal for anti-corruption reforms
024 | verb | appeal for transparency
024 | verb | appeal for accountability
024 | verb | appeal for [an] end to corruption
024 | verb | appeal for credible elections
024 | verb | press for political reform
024 | verb | press for political reforms
024 | verb | press for reform
024 | verb | press for reforms
024 | verb | press for democratic reform
024 | verb | press for democratic reforms
024 | verb | press for free elections
024 | verb | press for fair elections
024 | verb | press for free and fair elections
024 | verb | press for good governance
024 | verb | press for anti-corruption reforms
024 | verb | press for transparency
024 | verb | press for accountability
024 | verb | press for [an] end to corruption
024 | verb | press for credible elections
024 | verb | urge political reform
024 | verb | urge political reforms
024 | verb | urge reform
024 | verb | urge reforms
024 | verb | urge democratic reform
024 | verb | urge democratic reforms
024 | verb | urge free elections
024 | verb | urge fair elections
024 | verb | urge free and fair elections
024 | verb | urge good governance
024 | verb | urge anti-corruption reforms
024 | verb | urge transparency
024 | verb | urge accountability
024 | verb | urge [an] end to corruption
024 | verb | urge credible elections

# 0241 Appeal for change in leadership
0241 | verb | call on _ to resign
0241 | verb | call on _ to step down
0241 | verb | call on _ to step aside
0241 | verb | call on _ to stand down
0241 | verb | call on _ to quit
0241 | verb | call on _ to leave office
0241 | verb | call on _ to leave power
0241 | verb | call on _ to hand over power
0241 | verb | call on _ to cede power
0241 | verb | call on _ to relinquish power
0241 | verb | call on _ to give up power
0241 | verb | call on _ to transfer power
0241 | verb | call on _ to abdicate
0241 | verb | call on _ to hold early elections
0241 | verb | call on _ to call early elections
0241 | verb | call on _ to call [a] snap election
0241 | verb | call on _ to call snap elections
0241 | verb | call on _ to dismiss
0241 | verb | call on _ to sack
0241 | verb | call on _ to fire
0241 | verb | call on _ to replace
0241 | verb | call on _ to remove
0241 | verb | call on _ to stand aside
0241 | verb | urge _ to resign
0241 | verb | urge _ to step down
0241 | verb | urge _ to step aside
0241 | verb | urge _ to stand down
0241 | verb | urge _ to quit
0241 | verb | urge _ to leave office
0241 | verb | urge _ to leave power
0241 | verb | urge _ to hand over power
0241 | verb | urge _ to cede power
0241 | verb | urge _ to relinquish power
0241 | verb | urge _ to give up power
0241 | verb | urge _ to transfer power
0241 | verb | urge _ to abdicate
0241 | verb | urge _ to hold early elections
0241 | verb | urge _ to call early elections
0241 | verb | urge _ to call [a] snap election
0241 | verb | urge _ to call snap elections
0241 | verb | urge _ to dismiss
0241 | verb | urge _ to sack
0241 | verb | urge _ to fire
0241 | verb | urge _ to replace
0241 | verb | urge _ to remove
0241 | verb | urge _ to stand aside
0241 | verb | appeal to _ to resign
0241 | verb | appeal to _ to step down
0241 | verb | appeal to _ to step aside
0241 | verb | appeal to _ to stand down
0241 | verb | appeal to _ to quit
0241 | verb | appeal to _ to leave office
0241 | verb | appeal to _ to leave power
0241 | verb | appeal to _ to hand over power
0241 | verb | appeal to _ to cede power
0241 | verb | appeal to _ to relinquish power
0241 | verb | appeal to _ to give up power
0241 | verb | appeal to _ to transfer power
0241 | verb | appeal to _ to abdicate
0241 | verb | appeal to _ to hold early elections
0241 | verb | appeal to _ to call early elections
0241 | verb | appeal to _ to call [a] snap election
0241 | verb | appeal to _ to call snap elections
0241 | verb | appeal to _ to dismiss
0241 | verb | appeal to _ to sack
0241 | verb | appeal to _ to fire
0241 | verb | appeal to _ to replace
0241 | verb | appeal to _ to remove
0241 | verb | appeal to _ to stand aside
0241 | verb | ask _ to resign
0241 | verb | ask _ to step down
0241 | verb | ask _ to step aside
0241 | verb | ask _ to stand down
0241 | verb | ask _ to quit
0241 | verb | ask _ to leave office
0241 | verb | ask _ to leave power
0241 | verb | ask _ to hand over power
0241 | verb | ask _ to cede power
0241 | verb | ask _ to relinquish power
0241 | verb | ask _ to give up power
0241 | verb | ask _ to transfer power
0241 | verb | ask _ to abdicate
0241 | verb | ask _ to hold early elections
0241 | verb | ask _ to call early elections
0241 | verb | ask _ to call [a] snap election
0241 | verb | ask _ to call snap elections
0241 | verb | ask _ to dismiss
0241 | verb | ask _ to sack
0241 | verb | ask _ to fire
0241 | verb | ask _ to replace
0241 | verb | ask _ to remove
0241 | verb | ask _ to stand aside
0241 | verb | press _ to resign
0241 | verb | press _ to step down
0241 | verb | press _ to step aside
0241 | verb | press _ to stand down
0241 | verb | press _ to quit
0241 | verb | press _ to leave office
0241 | verb | press _ to leave power
0241 | verb | press _ to hand over power
0241 | verb | press _ to cede power
0241 | verb | press _ to relinquish power
0241 | verb | press _ to give up power
0241 | verb | press _ to transfer power
0241 | verb | press _ to abdicate
0241 | verb | press _ to hold early elections
0241 | verb | press _ to call early elections
0241 | verb | press _ to call [a] snap election
0241 | verb | press _ to call snap elections
0241 | verb | press _ to dismiss
0241 | verb | press _ to sack
0241 | verb | press _ to fire
0241 | verb | press _ to replace
0241 | verb | press _ to remove
0241 | verb | press _ to stand aside
0241 | verb | call for [the] resignation of
0241 | verb | call for [his] resignation
0241 | verb | call for [her] resignation
0241 | verb | call for [the] ouster of
0241 | verb | call for [the] removal of
0241 | verb | call for [the] dismissal of
0241 | verb | call for [the] sacking of
0241 | verb | call for [the] impeachment of
0241 | verb | call for early elections
0241 | verb | call for snap elections
0241 | verb | call for [a] snap election
0241 | verb | call for [an] early election
0241 | verb | call for new elections
0241 | verb | call for fresh elections
0241 | verb | call for [a] new government
0241 | verb | call for new leadership
0241 | verb | call for [a] change of government
0241 | verb | call for [a] change in leadership
0241 | verb | call for [a] leadership change
0241 | verb | call for [a] transfer of power
0241 | verb | call for [a] transition of power
0241 | verb | call for [a] handover of power
0241 | verb | call for [a] vote of no confidence
0241 | verb | call for [a] no-confidence vote
0241 | verb | call for [an] interim government
0241 | verb | call for [a] caretaker government
0241 | verb | appeal for [the] resignation of
0241 | verb | appeal for [his] resignation
0241 | verb | appeal for [her] resignation
0241 | verb | appeal for [the] ouster of
0241 | verb | appeal for [the] removal of
0241 | verb | appeal for [the] dismissal of
0241 | verb | appeal for [the] sacking of
0241 | verb | appeal for [the] impeachment of
0241 | verb | appeal for early elections
0241 | verb | appeal for snap elections
0241 | verb | appeal for [a] snap election
0241 | verb | appeal for [an] early election
0241 | verb | appeal for new elections
0241 | verb | appeal for fresh elections
0241 | verb | appeal for [a] new government
0241 | verb | appeal for new leadership
0241 | verb | appeal for [a] change of government
0241 | verb | appeal for [a] change in leadership
0241 | verb | appeal for [a] leadership change
0241 | verb | appeal for [a] transfer of power
0241 | verb | appeal for [a] transition of power
0241 | verb | appeal for [a] handover of power
0241 | verb | appeal for [a] vote of no confidence
0241 | verb | appeal for [a] no-confidence vote
0241 | verb | appeal for [an] interim government
0241 | verb | appeal for [a] caretaker government
0241 | verb | press for [the] resignation of
0241 | verb | press for [his] resignation
0241 | verb | press for [her] resignation
0241 | verb | press for [the] ouster of
0241 | verb | press for [the] removal of
0241 | verb | press for [the] dismissal of
0241 | verb | press for [the] sacking of
0241 | verb | press for [the] impeachment of
0241 | verb | press for early elections
0241 | verb | press for snap elections
0241 | verb | press for [a] snap election
0241 | verb | press for [an] early election
0241 | verb | press for new elections
0241 | verb | press for fresh elections
0241 | verb | press for [a] new government
0241 | verb | press for new leadership
0241 | verb | press for [a] change of government
0241 | verb | press for [a] change in leadership
0241 | verb | press for [a] leadership change
0241 | verb | press for [a] transfer of power
0241 | verb | press for [a] transition of power
0241 | verb | press for [a] handover of power
0241 | verb | press for [a] vote of no confidence
0241 | verb | press for [a] no-confidence vote
0241 | verb | press for [an] interim government
0241 | verb | press for [a] caretaker government
0241 | verb | urge [the] resignation of
0241 | verb | urge [his] resignation
0241 | verb | urge [her] resignation
0241 | verb | urge [the] ouster of
0241 | verb | urge [the] removal of
0241 | verb | urge [the] dismissal of
0241 | verb | urge [the] sacking of
0241 | verb | urge [the] impeachment of
0241 | verb | urge early elections
0241 | verb | urge snap elections
0241 | verb | urge [a] snap election
0241 | verb | urge [an] early election
0241 | verb | urge new elections
0241 | verb | urge fresh elections
0241 | verb | urge [a] new government
0241 | verb | urge new leadership
0241 | verb | urge [a] change of government
0241 | verb | urge [a] change in leadership
0241 | verb | urge [a] leadership change
0241 | verb | urge [a] transfer of power
0241 | verb | urge [a] transition of power
0241 | verb | urge [a] handover of power
0241 | verb | urge [a] vote of no confidence
0241 | verb | urge [a] no-confidence vote
0241 | verb | urge [an] interim government
0241 | verb | urge [a] caretaker government

# 0242 Appeal for policy change
0242 | verb | call on _ to change [its] policy
0242 | verb | call on _ to reverse [its] policy
0242 | verb | call on _ to reverse [the] decision
0242 | verb | call on _ to reverse [its] decision
0242 | verb | call on _ to change course
0242 | verb | call on _ to rethink [its] policy
0242 | verb | call on _ to reconsider [its] policy
0242 | verb | call on _ to reconsider [the] decision
0242 | verb | call on _ to reconsider [its] decision
0242 | verb | call on _ to review [its] policy
0242 | verb | call on _ to scrap
0242 | verb | call on _ to abandon
0242 | verb | call on _ to drop
0242 | verb | call on _ to repeal
0242 | verb | call on _ to revoke
0242 | verb | call on _ to rescind
0242 | verb | call on _ to withdraw [the] bill
0242 | verb | call on _ to scrap [the] law
0242 | verb | call on _ to repeal [the] law
0242 | verb | call on _ to amend [the] law
0242 | verb | call on _ to amend
0242 | verb | call on _ to halt
0242 | verb | call on _ to stop
0242 | verb | call on _ to suspend
0242 | verb | call on _ to end
0242 | verb | call on _ to cancel
0242 | verb | call on _ to reconsider
0242 | verb | call on _ to overturn
0242 | verb | call on _ to change [its] stance
0242 | verb | call on _ to soften [its] stance
0242 | verb | call on _ to abandon [the] plan
0242 | verb | call on _ to drop [the] plan
0242 | verb | call on _ to shelve [the] plan
0242 | verb | call on _ to scrap [the] plan
0242 | verb | call on _ to freeze
0242 | verb | call on _ to reverse
0242 | verb | call on _ to take action on
0242 | verb | call on _ to act on
0242 | verb | call on _ to take steps to
0242 | verb | call on _ to adopt measures to
0242 | verb | urge _ to change [its] policy
0242 | verb | urge _ to reverse [its] policy
0242 | verb | urge _ to reverse [the] decision
0242 | verb | urge _ to reverse [its] decision
0242 | verb | urge _ to change course
0242 | verb | urge _ to rethink [its] policy
0242 | verb | urge _ to reconsider [its] policy
0242 | verb | urge _ to reconsider [the] decision
0242 | verb | urge _ to reconsider [its] decision
0242 | verb | urge _ to review [its] policy
0242 | verb | urge _ to scrap
0242 | verb | urge _ to abandon
0242 | verb | urge _ to drop
0242 | verb | urge _ to repeal
0242 | verb | urge _ to revoke
0242 | verb | urge _ to rescind
0242 | verb | urge _ to withdraw [the] bill
0242 | verb | urge _ to scrap [the] law
0242 | verb | urge _ to repeal [the] law
0242 | verb | urge _ to amend [the] law
0242 | verb | urge _ to amend
0242 | verb | urge _ to halt
0242 | verb | urge _ to stop
0242 | verb | urge _ to suspend
0242 | verb | urge _ to end
0242 | verb | urge _ to cancel
0242 | verb | urge _ to reconsider
0242 | verb | urge _ to overturn
0242 | verb | urge _ to change [its] stance
0242 | verb | urge _ to soften [its] stance
0242 | verb | urge _ to abandon [the] plan
0242 | verb | urge _ to drop [the] plan
0242 | verb | urge _ to shelve [the] plan
0242 | verb | urge _ to scrap [the] plan
0242 | verb | urge _ to freeze
0242 | verb | urge _ to reverse
0242 | verb | urge _ to take action on
0242 | verb | urge _ to act on
0242 | verb | urge _ to take steps to
0242 | verb | urge _ to adopt measures to
0242 | verb | appeal to _ to change [its] policy
0242 | verb | appeal to _ to reverse [its] policy
0242 | verb | appeal to _ to reverse [the] decision
0242 | verb | appeal to _ to reverse [its] decision
0242 | verb | appeal to _ to change course
0242 | verb | appeal to _ to rethink [its] policy
0242 | verb | appeal to _ to reconsider [its] policy
0242 | verb | appeal to _ to reconsider [the] decision
0242 | verb | appeal to _ to reconsider [its] decision
0242 | verb | appeal to _ to review [its] policy
0242 | verb | appeal to _ to scrap
0242 | verb | appeal to _ to abandon
0242 | verb | appeal to _ to drop
0242 | verb | appeal to _ to repeal
0242 | verb | appeal to _ to revoke
0242 | verb | appeal to _ to rescind
0242 | verb | appeal to _ to withdraw [the] bill
0242 | verb | appeal to _ to scrap [the] law
0242 | verb | appeal to _ to repeal [the] law
0242 | verb | appeal to _ to amend [the] law
0242 | verb | appeal to _ to amend
0242 | verb | appeal to _ to halt
0242 | verb | appeal to _ to stop
0242 | verb | appeal to _ to suspend
0242 | verb | appeal to _ to end
0242 | verb | appeal to _ to cancel
0242 | verb | appeal to _ to reconsider
0242 | verb | appeal to _ to overturn
0242 | verb | appeal to _ to change [its] stance
0242 | verb | appeal to _ to soften [its] stance
0242 | verb | appeal to _ to abandon [the] plan
0242 | verb | appeal to _ to drop [the] plan
0242 | verb | appeal to _ to shelve [the] plan
0242 | verb | appeal to _ to scrap [the] plan
0242 | verb | appeal to _ to freeze
0242 | verb | appeal to _ to reverse
0242 | verb | appeal to _ to take action on
0242 | verb | appeal to _ to act on
0242 | verb | appeal to _ to take steps to
0242 | verb | appeal to _ to adopt measures to
0242 | verb | ask _ to change [its] policy
0242 | verb | ask _ to reverse [its] policy
0242 | verb | ask _ to reverse [the] decision
0242 | verb | ask _ to reverse [its] decision
0242 | verb | ask _ to change course
0242 | verb | ask _ to rethink [its] policy
0242 | verb | ask _ to reconsider [its] policy
0242 | verb | ask _ to reconsider [the] decision
0242 | verb | ask _ to reconsider [its] decision
0242 | verb | ask _ to review [its] policy
0242 | verb | ask _ to scrap
0242 | verb | ask _ to abandon
0242 | verb | ask _ to drop
0242 | verb | ask _ to repeal
0242 | verb | ask _ to revoke
0242 | verb | ask _ to rescind
0242 | verb | ask _ to withdraw [the] bill
0242 | verb | ask _ to scrap [the] law
0242 | verb | ask _ to repeal [the] law
0242 | verb | ask _ to amend [the] law
0242 | verb | ask _ to amend
0242 | verb | ask _ to halt
0242 | verb | ask _ to stop
0242 | verb | ask _ to suspend
0242 | verb | ask _ to end
0242 | verb | ask _ to cancel
0242 | verb | ask _ to reconsider
0242 | verb | ask _ to overturn
0242 | verb | ask _ to change [its] stance
0242 | verb | ask _ to soften [its] stance
0242 | verb | ask _ to abandon [the] plan
0242 | verb | ask _ to drop [the] plan
0242 | verb | ask _ to shelve [the] plan
0242 | verb | ask _ to scrap [the] plan
0242 | verb | ask _ to freeze
0242 | verb | ask _ to reverse
0242 | verb | ask _ to take action on
0242 | verb | ask _ to act on
0242 | verb | ask _ to take steps to
0242 | verb | ask _ to adopt measures to
0242 | verb | press _ to change [its] policy
0242 | verb | press _ to reverse [its] policy
0242 | verb | press _ to reverse [the] decision
0242 | verb | press _ to reverse [its] decision
0242 | verb | press _ to change course
0242 | verb | press _ to rethink [its] policy
0242 | verb | press _ to reconsider [its] policy
0242 | verb | press _ to reconsider [the] decision
0242 | verb | press _ to reconsider [its] decision
0242 | verb | press _ to review [its] policy
0242 | verb | press _ to scrap
0242 | verb | press _ to abandon
0242 | verb | press _ to drop
0242 | verb | press _ to repeal
0242 | verb | press _ to revoke
0242 | verb | press _ to rescind
0242 | verb | press _ to withdraw [the] bill
0242 | verb | press _ to scrap [the] law
0242 | verb | press _ to repeal [the] law
0242 | verb | press _ to amend [the] law
0242 | verb | press _ to amend
0242 | verb | press _ to halt
0242 | verb | press _ to stop
0242 | verb | press _ to suspend
0242 | verb | press _ to end
0242 | verb | press _ to cancel
0242 | verb | press _ to reconsider
0242 | verb | press _ to overturn
0242 | verb | press _ to change [its] stance
0242 | verb | press _ to soften [its] stance
0242 | verb | press _ to abandon [the] plan
0242 | verb | press _ to drop [the] plan
0242 | verb | press _ to shelve [the] plan
0242 | verb | press _ to scrap [the] plan
0242 | verb | press _ to freeze
0242 | verb | press _ to reverse
0242 | verb | press _ to take action on
0242 | verb | press _ to act on
0242 | verb | press _ to take steps to
0242 | verb | press _ to adopt measures to
0242 | verb | call for [a] policy change
0242 | verb | call for [a] change in policy
0242 | verb | call for [a] change of policy
0242 | verb | call for [a] policy shift
0242 | verb | call for [a] policy reversal
0242 | verb | call for [a] reversal of
0242 | verb | call for [the] repeal of
0242 | verb | call for [the] scrapping of
0242 | verb | call for [the] cancellation of
0242 | verb | call for [an] amendment to
0242 | verb | call for [the] suspension of
0242 | verb | call for [a] review of
0242 | verb | call for [a] ban on
0242 | verb | call for [a] halt to
0242 | verb | call for [a] moratorium on
0242 | verb | call for [a] rethink of
0242 | verb | call for [an] overhaul of
0242 | verb | call for changes to
0242 | verb | call for [a] change in stance
0242 | verb | call for [a] new policy
0242 | verb | call for tougher action against
0242 | verb | call for action on
0242 | verb | call for measures to
0242 | verb | call for urgent action
0242 | verb | appeal for [a] policy change
0242 | verb | appeal for [a] change in policy
0242 | verb | appeal for [a] change of policy
0242 | verb | appeal for [a] policy shift
0242 | verb | appeal for [a] policy reversal
0242 | verb | appeal for [a] reversal of
0242 | verb | appeal for [the] repeal of
0242 | verb | appeal for [the] scrapping of
0242 | verb | appeal for [the] cancellation of
0242 | verb | appeal for [an] amendment to
0242 | verb | appeal for [the] suspension of
0242 | verb | appeal for [a] review of
0242 | verb | appeal for [a] ban on
0242 | verb | appeal for [a] halt to
0242 | verb | appeal for [a] moratorium on
0242 | verb | appeal for [a] rethink of
0242 | verb | appeal for [an] overhaul of
0242 | verb | appeal for changes to
0242 | verb | appeal for [a] change in stance
0242 | verb | appeal for [a] new policy
0242 | verb | appeal for tougher action against
0242 | verb | appeal for action on
0242 | verb | appeal for measures to
0242 | verb | appeal for urgent action
0242 | verb | press for [a] policy change
0242 | verb | press for [a] change in policy
0242 | verb | press for [a] change of policy
0242 | verb | press for [a] policy shift
0242 | verb | press for [a] policy reversal
0242 | verb | press for [a] reversal of
0242 | verb | press for [the] repeal of
0242 | verb | press for [the] scrapping of
0242 | verb | press for [the] cancellation of
0242 | verb | press for [an] amendment to
0242 | verb | press for [the] suspension of
0242 | verb | press for [a] review of
0242 | verb | press for [a] ban on
0242 | verb | press for [a] halt to
0242 | verb | press for [a] moratorium on
0242 | verb | press for [a] rethink of
0242 | verb | press for [an] overhaul of
0242 | verb | press for changes to
0242 | verb | press for [a] change in stance
0242 | verb | press for [a] new policy
0242 | verb | press for tougher action against
0242 | verb | press for action on
0242 | verb | press for measures to
0242 | verb | press for urgent action
0242 | verb | urge [a] policy change
0242 | verb | urge [a] change in policy
0242 | verb | urge [a] change of policy
0242 | verb | urge [a] policy shift
0242 | verb | urge [a] policy reversal
0242 | verb | urge [a] reversal of
0242 | verb | urge [the] repeal of
0242 | verb | urge [the] scrapping of
0242 | verb | urge [the] cancellation of
0242 | verb | urge [an] amendment to
0242 | verb | urge [the] suspension of
0242 | verb | urge [a] review of
0242 | verb | urge [a] ban on
0242 | verb | urge [a] halt to
0242 | verb | urge [a] moratorium on
0242 | verb | urge [a] rethink of
0242 | verb | urge [an] overhaul of
0242 | verb | urge changes to
0242 | verb | urge [a] change in stance
0242 | verb | urge [a] new policy
0242 | verb | urge tougher action against
0242 | verb | urge action on
0242 | verb | urge measures to
0242 | verb | urge urgent action

# 0243 Appeal for rights
0243 | verb | call on _ to respect human rights
0243 | verb | call on _ to respect [the] rights of
0243 | verb | call on _ to protect [the] rights of
0243 | verb | call on _ to protect human rights
0243 | verb | call on _ to uphold human rights
0243 | verb | call on _ to guarantee [the] rights of
0243 | verb | call on _ to guarantee freedom of
0243 | verb | call on _ to respect freedom of
0243 | verb | call on _ to allow freedom of
0243 | verb | call on _ to protect minorities
0243 | verb | call on _ to protect minority rights
0243 | verb | call on _ to respect minority rights
0243 | verb | call on _ to ensure [the] rights of
0243 | verb | call on _ to grant rights to
0243 | verb | call on _ to restore [the] rights of
0243 | verb | call on _ to allow free speech
0243 | verb | call on _ to protect freedom of expression
0243 | verb | call on _ to respect press freedom
0243 | verb | call on _ to guarantee press freedom
0243 | verb | call on _ to allow peaceful protests
0243 | verb | call on _ to allow peaceful protest
0243 | verb | call on _ to allow free assembly
0243 | verb | call on _ to end discrimination
0243 | verb | call on _ to end discrimination against
0243 | verb | call on _ to improve human rights
0243 | verb | call on _ to improve [its] human rights record
0243 | verb | call on _ to respect [the] rights of women
0243 | verb | call on _ to protect civilians
0243 | verb | call on _ to respect religious freedom
0243 | verb | urge _ to respect human rights
0243 | verb | urge _ to respect [the] rights of
0243 | verb | urge _ to protect [the] rights of
0243 | verb | urge _ to protect human rights
0243 | verb | urge _ to uphold human rights
0243 | verb | urge _ to guarantee [the] rights of
0243 | verb | urge _ to guarantee freedom of
0243 | verb | urge _ to respect freedom of
0243 | verb | urge _ to allow freedom of
0243 | verb | urge _ to protect minorities
0243 | verb | urge _ to protect minority rights
0243 | verb | urge _ to respect minority rights
0243 | verb | urge _ to ensure [the] rights of
0243 | verb | urge _ to grant rights to
0243 | verb | urge _ to restore [the] rights of
0243 | verb | urge _ to allow free speech
0243 | verb | urge _ to protect freedom of expression
0243 | verb | urge _ to respect press freedom
0243 | verb | urge _ to guarantee press freedom
0243 | verb | urge _ to allow peaceful protests
0243 | verb | urge _ to allow peaceful protest
0243 | verb | urge _ to allow free assembly
0243 | verb | urge _ to end discrimination
0243 | verb | urge _ to end discrimination against
0243 | verb | urge _ to improve human rights
0243 | verb | urge _ to improve [its] human rights record
0243 | verb | urge _ to respect [the] rights of women
0243 | verb | urge _ to protect civilians
0243 | verb | urge _ to respect religious freedom
0243 | verb | appeal to _ to respect human rights
0243 | verb | appeal to _ to respect [the] rights of
0243 | verb | appeal to _ to protect [the] rights of
0243 | verb | appeal to _ to protect human rights
0243 | verb | appeal to _ to uphold human rights
0243 | verb | appeal to _ to guarantee [the] rights of
0243 | verb | appeal to _ to guarantee freedom of
0243 | verb | appeal to _ to respect freedom of
0243 | verb | appeal to _ to allow freedom of
0243 | verb | appeal to _ to protect minorities
0243 | verb | appeal to _ to protect minority rights
0243 | verb | appeal to _ to respect minority rights
0243 | verb | appeal to _ to ensure [the] rights of
0243 | verb | appeal to _ to grant rights to
0243 | verb | appeal to _ to restore [the] rights of
0243 | verb | appeal to _ to allow free speech
0243 | verb | appeal to _ to protect freedom of expression
0243 | verb | appeal to _ to respect press freedom
0243 | verb | appeal to _ to guarantee press freedom
0243 | verb | appeal to _ to allow peaceful protests
0243 | verb | appeal to _ to allow peaceful protest
0243 | verb | appeal to _ to allow free assembly
0243 | verb | appeal to _ to end discrimination
0243 | verb | appeal to _ to end discrimination against
0243 | verb | appeal to _ to improve human rights
0243 | verb | appeal to _ to improve [its] human rights record
0243 | verb | appeal to _ to respect [the] rights of women
0243 | verb | appeal to _ to protect civilians
0243 | verb | appeal to _ to respect religious freedom
0243 | verb | ask _ to respect human rights
0243 | verb | ask _ to respect [the] rights of
0243 | verb | ask _ to protect [the] rights of
0243 | verb | ask _ to protect human rights
0243 | verb | ask _ to uphold human rights
0243 | verb | ask _ to guarantee [the] rights of
0243 | verb | ask _ to guarantee freedom of
0243 | verb | ask _ to respect freedom of
0243 | verb | ask _ to allow freedom of
0243 | verb | ask _ to protect minorities
0243 | verb | ask _ to protect minority rights
0243 | verb | ask _ to respect minority rights
0243 | verb | ask _ to ensure [the] rights of
0243 | verb | ask _ to grant rights to
0243 | verb | ask _ to restore [the] rights of
0243 | verb | ask _ to allow free speech
0243 | verb | ask _ to protect freedom of expression
0243 | verb | ask _ to respect press freedom
0243 | verb | ask _ to guarantee press freedom
0243 | verb | ask _ to allow peaceful protests
0243 | verb | ask _ to allow peaceful protest
0243 | verb | ask _ to allow free assembly
0243 | verb | ask _ to end discrimination
0243 | verb | ask _ to end discrimination against
0243 | verb | ask _ to improve human rights
0243 | verb | ask _ to improve [its] human rights record
0243 | verb | ask _ to respect [the] rights of women
0243 | verb | ask _ to protect civilians
0243 | verb | ask _ to respect religious freedom
0243 | verb | press _ to respect human rights
0243 | verb | press _ to respect [the] rights of
0243 | verb | press _ to protect [the] rights of
0243 | verb | press _ to protect human rights
0243 | verb | press _ to uphold human rights
0243 | verb | press _ to guarantee [the] rights of
0243 | verb | press _ to guarantee freedom of
0243 | verb | press _ to respect freedom of
0243 | verb | press _ to allow freedom of
0243 | verb | press _ to protect minorities
0243 | verb | press _ to protect minority rights
0243 | verb | press _ to respect minority rights
0243 | verb | press _ to ensure [the] rights of
0243 | verb | press _ to grant rights to
0243 | verb | press _ to restore [the] rights of
0243 | verb | press _ to allow free speech
0243 | verb | press _ to protect freedom of expression
0243 | verb | press _ to respect press freedom
0243 | verb | press _ to guarantee press freedom
0243 | verb | press _ to allow peaceful protests
0243 | verb | press _ to allow peaceful protest
0243 | verb | press _ to allow free assembly
0243 | verb | press _ to end discrimination
0243 | verb | press _ to end discrimination against
0243 | verb | press _ to improve human rights
0243 | verb | press _ to improve [its] human rights record
0243 | verb | press _ to respect [the] rights of women
0243 | verb | press _ to protect civilians
0243 | verb | press _ to respect religious freedom
0243 | verb | call for human rights
0243 | verb | call for respect for human rights
0243 | verb | call for [the] protection of rights
0243 | verb | call for freedom
0243 | verb | call for freedoms
0243 | verb | call for press freedom
0243 | verb | call for freedom of speech
0243 | verb | call for freedom of expression
0243 | verb | call for freedom of assembly
0243 | verb | call for freedom of religion
0243 | verb | call for religious freedom
0243 | verb | call for civil liberties
0243 | verb | call for civil rights
0243 | verb | call for equal rights
0243 | verb | call for minority rights
0243 | verb | call for voting rights
0243 | verb | call for [the] right to vote
0243 | verb | call for [the] right to protest
0243 | verb | call for political rights
0243 | verb | call for democratic rights
0243 | verb | call for [the] right of return
0243 | verb | call for [an] end to discrimination
0243 | verb | call for women's rights
0243 | verb | call for labour rights
0243 | verb | call for labor rights
0243 | verb | call for equality
0243 | verb | appeal for human rights
0243 | verb | appeal for respect for human rights
0243 | verb | appeal for [the] protection of rights
0243 | verb | appeal for freedom
0243 | verb | appeal for freedoms
0243 | verb | appeal for press freedom
0243 | verb | appeal for freedom of speech
0243 | verb | appeal for freedom of expression
0243 | verb | appeal for freedom of assembly
0243 | verb | appeal for freedom of religion
0243 | verb | appeal for religious freedom
0243 | verb | appeal for civil liberties
0243 | verb | appeal for civil rights
0243 | verb | appeal for equal rights
0243 | verb | appeal for minority rights
0243 | verb | appeal for voting rights
0243 | verb | appeal for [the] right to vote
0243 | verb | appeal for [the] right to protest
0243 | verb | appeal for political rights
0243 | verb | appeal for democratic rights
0243 | verb | appeal for [the] right of return
0243 | verb | appeal for [an] end to discrimination
0243 | verb | appeal for women's rights
0243 | verb | appeal for labour rights
0243 | verb | appeal for labor rights
0243 | verb | appeal for equality
0243 | verb | press for human rights
0243 | verb | press for respect for human rights
0243 | verb | press for [the] protection of rights
0243 | verb | press for freedom
0243 | verb | press for freedoms
0243 | verb | press for press freedom
0243 | verb | press for freedom of speech
0243 | verb | press for freedom of expression
0243 | verb | press for freedom of assembly
0243 | verb | press for freedom of religion
0243 | verb | press for religious freedom
0243 | verb | press for civil liberties
0243 | verb | press for civil rights
0243 | verb | press for equal rights
0243 | verb | press for minority rights
0243 | verb | press for voting rights
0243 | verb | press for [the] right to vote
0243 | verb | press for [the] right to protest
0243 | verb | press for political rights
0243 | verb | press for democratic rights
0243 | verb | press for [the] right of return
0243 | verb | press for [an] end to discrimination
0243 | verb | press for women's rights
0243 | verb | press for labour rights
0243 | verb | press for labor rights
0243 | verb | press for equality
0243 | verb | urge human rights
0243 | verb | urge respect for human rights
0243 | verb | urge [the] protection of rights
0243 | verb | urge freedom
0243 | verb | urge freedoms
0243 | verb | urge press freedom
0243 | verb | urge freedom of speech
0243 | verb | urge freedom of expression
0243 | verb | urge freedom of assembly
0243 | verb | urge freedom of religion
0243 | verb | urge religious freedom
0243 | verb | urge civil liberties
0243 | verb | urge civil rights
0243 | verb | urge equal rights
0243 | verb | urge minority rights
0243 | verb | urge voting rights
0243 | verb | urge [the] right to vote
0243 | verb | urge [the] right to protest
0243 | verb | urge political rights
0243 | verb | urge democratic rights
0243 | verb | urge [the] right of return
0243 | verb | urge [an] end to discrimination
0243 | verb | urge women's rights
0243 | verb | urge labour rights
0243 | verb | urge labor rights
0243 | verb | urge equality

# 0244 Appeal for change in institutions, regime
0244 | verb | call on _ to change [the] constitution
0244 | verb | call on _ to amend [the] constitution
0244 | verb | call on _ to rewrite [the] constitution
0244 | verb | call on _ to draft [a] new constitution
0244 | verb | call on _ to restore democracy
0244 | verb | call on _ to return to civilian rule
0244 | verb | call on _ to restore civilian rule
0244 | verb | call on _ to restore [the] constitutional order
0244 | verb | call on _ to hand power to civilians
0244 | verb | call on _ to hand over power to [a] civilian government
0244 | verb | call on _ to dissolve parliament
0244 | verb | call on _ to dissolve [the] parliament
0244 | verb | call on _ to form [a] unity government
0244 | verb | call on _ to form [a] government of national unity
0244 | verb | call on _ to form [a] transitional government
0244 | verb | call on _ to establish [a] transitional government
0244 | verb | call on _ to grant autonomy
0244 | verb | call on _ to grant independence
0244 | verb | call on _ to hold [a] referendum
0244 | verb | call on _ to restore parliament
0244 | verb | call on _ to reinstate parliament
0244 | verb | call on _ to reform [the] judiciary
0244 | verb | call on _ to reform [the] electoral law
0244 | verb | call on _ to reform [the] electoral system
0244 | verb | call on _ to reform [the] constitution
0244 | verb | urge _ to change [the] constitution
0244 | verb | urge _ to amend [the] constitution
0244 | verb | urge _ to rewrite [the] constitution
0244 | verb | urge _ to draft [a] new constitution
0244 | verb | urge _ to restore democracy
0244 | verb | urge _ to return to civilian rule
0244 | verb | urge _ to restore civilian rule
0244 | verb | urge _ to restore [the] constitutional order
0244 | verb | urge _ to hand power to civilians
0244 | verb | urge _ to hand over power to [a] civilian government
0244 | verb | urge _ to dissolve parliament
0244 | verb | urge _ to dissolve [the] parliament
0244 | verb | urge _ to form [a] unity government
0244 | verb | urge _ to form [a] government of national unity
0244 | verb | urge _ to form [a] transitional government
0244 | verb | urge _ to establish [a] transitional government
0244 | verb | urge _ to grant autonomy
0244 | verb | urge _ to grant independence
0244 | verb | urge _ to hold [a] referendum
0244 | verb | urge _ to restore parliament
0244 | verb | urge _ to reinstate parliament
0244 | verb | urge _ to reform [the] judiciary
0244 | verb | urge _ to reform [the] electoral law
0244 | verb | urge _ to reform [the] electoral system
0244 | verb | urge _ to reform [the] constitution
0244 | verb | appeal to _ to change [the] constitution
0244 | verb | appeal to _ to amend [the] constitution
0244 | verb | appeal to _ to rewrite [the] constitution
0244 | verb | appeal to _ to draft [a] new constitution
0244 | verb | appeal to _ to restore democracy
0244 | verb | appeal to _ to return to civilian rule
0244 | verb | appeal to _ to restore civilian rule
0244 | verb | appeal to _ to restore [the] constitutional order
0244 | verb | appeal to _ to hand power to civilians
0244 | verb | appeal to _ to hand over power to [a] civilian government
0244 | verb | appeal to _ to dissolve parliament
0244 | verb | appeal to _ to dissolve [the] parliament
0244 | verb | appeal to _ to form [a] unity government
0244 | verb | appeal to _ to form [a] government of national unity
0244 | verb | appeal to _ to form [a] transitional government
0244 | verb | appeal to _ to establish [a] transitional government
0244 | verb | appeal to _ to grant autonomy
0244 | verb | appeal to _ to grant independence
0244 | verb | appeal to _ to hold [a] referendum
0244 | verb | appeal to _ to restore parliament
0244 | verb | appeal to _ to reinstate parliament
0244 | verb | appeal to _ to reform [the] judiciary
0244 | verb | appeal to _ to reform [the] electoral law
0244 | verb | appeal to _ to reform [the] electoral system
0244 | verb | appeal to _ to reform [the] constitution
0244 | verb | ask _ to change [the] constitution
0244 | verb | ask _ to amend [the] constitution
0244 | verb | ask _ to rewrite [the] constitution
0244 | verb | ask _ to draft [a] new constitution
0244 | verb | ask _ to restore democracy
0244 | verb | ask _ to return to civilian rule
0244 | verb | ask _ to restore civilian rule
0244 | verb | ask _ to restore [the] constitutional order
0244 | verb | ask _ to hand power to civilians
0244 | verb | ask _ to hand over power to [a] civilian government
0244 | verb | ask _ to dissolve parliament
0244 | verb | ask _ to dissolve [the] parliament
0244 | verb | ask _ to form [a] unity government
0244 | verb | ask _ to form [a] government of national unity
0244 | verb | ask _ to form [a] transitional government
0244 | verb | ask _ to establish [a] transitional government
0244 | verb | ask _ to grant autonomy
0244 | verb | ask _ to grant independence
0244 | verb | ask _ to hold [a] referendum
0244 | verb | ask _ to restore parliament
0244 | verb | ask _ to reinstate parliament
0244 | verb | ask _ to reform [the] judiciary
0244 | verb | ask _ to reform [the] electoral law
0244 | verb | ask _ to reform [the] electoral system
0244 | verb | ask _ to reform [the] constitution
0244 | verb | press _ to change [the] constitution
0244 | verb | press _ to amend [the] constitution
0244 | verb | press _ to rewrite [the] constitution
0244 | verb | press _ to draft [a] new constitution
0244 | verb | press _ to restore democracy
0244 | verb | press _ to return to civilian rule
0244 | verb | press _ to restore civilian rule
0244 | verb | press _ to restore [the] constitutional order
0244 | verb | press _ to hand power to civilians
0244 | verb | press _ to hand over power to [a] civilian government
0244 | verb | press _ to dissolve parliament
0244 | verb | press _ to dissolve [the] parliament
0244 | verb | press _ to form [a] unity government
0244 | verb | press _ to form [a] government of national unity
0244 | verb | press _ to form [a] transitional government
0244 | verb | press _ to establish [a] transitional government
0244 | verb | press _ to grant autonomy
0244 | verb | press _ to grant independence
0244 | verb | press _ to hold [a] referendum
0244 | verb | press _ to restore parliament
0244 | verb | press _ to reinstate parliament
0244 | verb | press _ to reform [the] judiciary
0244 | verb | press _ to reform [the] electoral law
0244 | verb | press _ to reform [the] electoral system
0244 | verb | press _ to reform [the] constitution
0244 | verb | call for constitutional reform
0244 | verb | call for constitutional reforms
0244 | verb | call for constitutional change
0244 | verb | call for constitutional changes
0244 | verb | call for [a] new constitution
0244 | verb | call for [a] constitutional amendment
0244 | verb | call for regime change
0244 | verb | call for democracy
0244 | verb | call for [a] return to democracy
0244 | verb | call for [a] return to civilian rule
0244 | verb | call for [the] restoration of democracy
0244 | verb | call for civilian rule
0244 | verb | call for [a] civilian government
0244 | verb | call for [a] transitional government
0244 | verb | call for [a] unity government
0244 | verb | call for [a] national unity government
0244 | verb | call for federalism
0244 | verb | call for autonomy
0244 | verb | call for independence
0244 | verb | call for self-determination
0244 | verb | call for [a] referendum
0244 | verb | call for [a] referendum on
0244 | verb | call for electoral reform
0244 | verb | call for judicial reform
0244 | verb | call for [the] overthrow of
0244 | verb | call for [the] abolition of [the] monarchy
0244 | verb | call for [an] independent judiciary
0244 | verb | call for [the] dissolution of parliament
0244 | verb | call for [a] return to constitutional order
0244 | verb | appeal for constitutional reform
0244 | verb | appeal for constitutional reforms
0244 | verb | appeal for constitutional change
0244 | verb | appeal for constitutional changes
0244 | verb | appeal for [a] new constitution
0244 | verb | appeal for [a] constitutional amendment
0244 | verb | appeal for regime change
0244 | verb | appeal for democracy
0244 | verb | appeal for [a] return to democracy
0244 | verb | appeal for [a] return to civilian rule
0244 | verb | appeal for [the] restoration of democracy
0244 | verb | appeal for civilian rule
0244 | verb | appeal for [a] civilian government
0244 | verb | appeal for [a] transitional government
0244 | verb | appeal for [a] unity government
0244 | verb | appeal for [a] national unity government
0244 | verb | appeal for federalism
0244 | verb | appeal for autonomy
0244 | verb | appeal for independence
0244 | verb | appeal for self-determination
0244 | verb | appeal for [a] referendum
0244 | verb | appeal for [a] referendum on
0244 | verb | appeal for electoral reform
0244 | verb | appeal for judicial reform
0244 | verb | appeal for [the] overthrow of
0244 | verb | appeal for [the] abolition of [the] monarchy
0244 | verb | appeal for [an] independent judiciary
0244 | verb | appeal for [the] dissolution of parliament
0244 | verb | appeal for [a] return to constitutional order
0244 | verb | press for constitutional reform
0244 | verb | press for constitutional reforms
0244 | verb | press for constitutional change
0244 | verb | press for constitutional changes
0244 | verb | press for [a] new constitution
0244 | verb | press for [a] constitutional amendment
0244 | verb | press for regime change
0244 | verb | press for democracy
0244 | verb | press for [a] return to democracy
0244 | verb | press for [a] return to civilian rule
0244 | verb | press for [the] restoration of democracy
0244 | verb | press for civilian rule
0244 | verb | press for [a] civilian government
0244 | verb | press for [a] transitional government
0244 | verb | press for [a] unity government
0244 | verb | press for [a] national unity government
0244 | verb | press for federalism
0244 | verb | press for autonomy
0244 | verb | press for independence
0244 | verb | press for self-determination
0244 | verb | press for [a] referendum
0244 | verb | press for [a] referendum on
0244 | verb | press for electoral reform
0244 | verb | press for judicial reform
0244 | verb | press for [the] overthrow of
0244 | verb | press for [the] abolition of [the] monarchy
0244 | verb | press for [an] independent judiciary
0244 | verb | press for [the] dissolution of parliament
0244 | verb | press for [a] return to constitutional order
0244 | verb | urge constitutional reform
0244 | verb | urge constitutional reforms
0244 | verb | urge constitutional change
0244 | verb | urge constitutional changes
0244 | verb | urge [a] new constitution
0244 | verb | urge [a] constitutional amendment
0244 | verb | urge regime change
0244 | verb | urge democracy
0244 | verb | urge [a] return to democracy
0244 | verb | urge [a] return to civilian rule
0244 | verb | urge [the] restoration of democracy
0244 | verb | urge civilian rule
0244 | verb | urge [a] civilian government
0244 | verb | urge [a] transitional government
0244 | verb | urge [a] unity government
0244 | verb | urge [a] national unity government
0244 | verb | urge federalism
0244 | verb | urge autonomy
0244 | verb | urge independence
0244 | verb | urge self-determination
0244 | verb | urge [a] referendum
0244 | verb | urge [a] referendum on
0244 | verb | urge electoral reform
0244 | verb | urge judicial reform
0244 | verb | urge [the] overthrow of
0244 | verb | urge [the] abolition of [the] monarchy
0244 | verb | urge [an] independent judiciary
0244 | verb | urge [the] dissolution of parliament
0244 | verb | urge [a] return to constitutional order

# 025 Appeal to yield
025 | verb | call on _ to back down
025 | verb | call on _ to yield
025 | verb | call on _ to give in
025 | verb | call on _ to give way
025 | verb | call on _ to compromise
025 | verb | call on _ to make concessions
025 | verb | call on _ to make [a] compromise
025 | verb | call on _ to show flexibility
025 | verb | call on _ to relent
025 | verb | call on _ to soften [its] stance
025 | verb | call on _ to soften [its] position
025 | verb | call on _ to abandon [its] demands
025 | verb | call on _ to drop [its] demands
025 | verb | call on _ to drop [its] claims
025 | verb | call on _ to withdraw [its] demands
025 | verb | call on _ to accept [the] demands
025 | verb | call on _ to meet [the] demands
025 | verb | call on _ to bow to pressure
025 | verb | call on _ to give up
025 | verb | call on _ to comply with
025 | verb | call on _ to comply
025 | verb | call on _ to accept
025 | verb | call on _ to abide by
025 | verb | call on _ to honour [its] commitments
025 | verb | call on _ to honor [its] commitments
025 | verb | call on _ to fulfil [its] obligations
025 | verb | call on _ to fulfill [its] obligations
025 | verb | call on _ to respect [its] commitments
025 | verb | call on _ to surrender
025 | verb | call on _ to capitulate
025 | verb | call on _ to accept [the] terms
025 | verb | urge _ to back down
025 | verb | urge _ to yield
025 | verb | urge _ to give in
025 | verb | urge _ to give way
025 | verb | urge _ to compromise
025 | verb | urge _ to make concessions
025 | verb | urge _ to make [a] compromise
025 | verb | urge _ to show flexibility
025 | verb | urge _ to relent
025 | verb | urge _ to soften [its] stance
025 | verb | urge _ to soften [its] position
025 | verb | urge _ to abandon [its] demands
025 | verb | urge _ to drop [its] demands
025 | verb | urge _ to drop [its] claims
025 | verb | urge _ to withdraw [its] demands
025 | verb | urge _ to accept [the] demands
025 | verb | urge _ to meet [the] demands
025 | verb | urge _ to bow to pressure
025 | verb | urge _ to give up
025 | verb | urge _ to comply with
025 | verb | urge _ to comply
025 | verb | urge _ to accept
025 | verb | urge _ to abide by
025 | verb | urge _ to honour [its] commitments
025 | verb | urge _ to honor [its] commitments
025 | verb | urge _ to fulfil [its] obligations
025 | verb | urge _ to fulfill [its] obligations
025 | verb | urge _ to respect [its] commitments
025 | verb | urge _ to surrender
025 | verb | urge _ to capitulate
025 | verb | urge _ to accept [the] terms
025 | verb | appeal to _ to back down
025 | verb | appeal to _ to yield
025 | verb | appeal to _ to give in
025 | verb | appeal to _ to give way
025 | verb | appeal to _ to compromise
025 | verb | appeal to _ to make concessions
025 | verb | appeal to _ to make [a] compromise
025 | verb | appeal to _ to show flexibility
025 | verb | appeal to _ to relent
025 | verb | appeal to _ to soften [its] stance
025 | verb | appeal to _ to soften [its] position
025 | verb | appeal to _ to abandon [its] demands
025 | verb | appeal to _ to drop [its] demands
025 | verb | appeal to _ to drop [its] claims
025 | verb | appeal to _ to withdraw [its] demands
025 | verb | appeal to _ to accept [the] demands
025 | verb | appeal to _ to meet [the] demands
025 | verb | appeal to _ to bow to pressure
025 | verb | appeal to _ to give up
025 | verb | appeal to _ to comply with
025 | verb | appeal to _ to comply
025 | verb | appeal to _ to accept
025 | verb | appeal to _ to abide by
025 | verb | appeal to _ to honour [its] commitments
025 | verb | appeal to _ to honor [its] commitments
025 | verb | appeal to _ to fulfil [its] obligations
025 | verb | appeal to _ to fulfill [its] obligations
025 | verb | appeal to _ to respect [its] commitments
025 | verb | appeal to _ to surrender
025 | verb | appeal to _ to capitulate
025 | verb | appeal to _ to accept [the] terms
025 | verb | ask _ to back down
025 | verb | ask _ to yield
025 | verb | ask _ to give in
025 | verb | ask _ to give way
025 | verb | ask _ to compromise
025 | verb | ask _ to make concessions
025 | verb | ask _ to make [a] compromise
025 | verb | ask _ to show flexibility
025 | verb | ask _ to relent
025 | verb | ask _ to soften [its] stance
025 | verb | ask _ to soften [its] position
025 | verb | ask _ to abandon [its] demands
025 | verb | ask _ to drop [its] demands
025 | verb | ask _ to drop [its] claims
025 | verb | ask _ to withdraw [its] demands
025 | verb | ask _ to accept [the] demands
025 | verb | ask _ to meet [the] demands
025 | verb | ask _ to bow to pressure
025 | verb | ask _ to give up
025 | verb | ask _ to comply with
025 | verb | ask _ to comply
025 | verb | ask _ to accept
025 | verb | ask _ to abide by
025 | verb | ask _ to honour [its] commitments
025 | verb | ask _ to honor [its] commitments
025 | verb | ask _ to fulfil [its] obligations
025 | verb | ask _ to fulfill [its] obligations
025 | verb | ask _ to respect [its] commitments
025 | verb | ask _ to surrender
025 | verb | ask _ to capitulate
025 | verb | ask _ to accept [the] terms
025 | verb | press _ to back down
025 | verb | press _ to yield
025 | verb | press _ to give in
025 | verb | press _ to give way
025 | verb | press _ to compromise
025 | verb | press _ to make concessions
025 | verb | press _ to make [a] compromise
025 | verb | press _ to show flexibility
025 | verb | press _ to relent
025 | verb | press _ to soften [its] stance
025 | verb | press _ to soften [its] position
025 | verb | press _ to abandon [its] demands
025 | verb | press _ to drop [its] demands
025 | verb | press _ to drop [its] claims
025 | verb | press _ to withdraw [its] demands
025 | verb | press _ to accept [the] demands
025 | verb | press _ to meet [the] demands
025 | verb | press _ to bow to pressure
025 | verb | press _ to give up
025 | verb | press _ to comply with
025 | verb | press _ to comply
025 | verb | press _ to accept
025 | verb | press _ to abide by
025 | verb | press _ to honour [its] commitments
025 | verb | press _ to honor [its] commitments
025 | verb | press _ to fulfil [its] obligations
025 | verb | press _ to fulfill [its] obligations
025 | verb | press _ to respect [its] commitments
025 | verb | press _ to surrender
025 | verb | press _ to capitulate
025 | verb | press _ to accept [the] terms
025 | verb | call for concessions
025 | verb | call for [a] compromise
025 | verb | call for flexibility
025 | verb | call for compliance with
025 | verb | call for [the] surrender of
025 | verb | call for capitulation
025 | verb | call for [a] climbdown
025 | verb | appeal for concessions
025 | verb | appeal for [a] compromise
025 | verb | appeal for flexibility
025 | verb | appeal for compliance with
025 | verb | appeal for [the] surrender of
025 | verb | appeal for capitulation
025 | verb | appeal for [a] climbdown
025 | verb | press for concessions
025 | verb | press for [a] compromise
025 | verb | press for flexibility
025 | verb | press for compliance with
025 | verb | press for [the] surrender of
025 | verb | press for capitulation
025 | verb | press for [a] climbdown
025 | verb | urge concessions
025 | verb | urge [a] compromise
025 | verb | urge flexibility
025 | verb | urge compliance with
025 | verb | urge [the] surrender of
025 | verb | urge capitulation
025 | verb | urge [a] climbdown

# 0251 Appeal for easing of administrative sanctions
0251 | verb | call on _ to lift [the] curfew
0251 | verb | call on _ to ease [the] curfew
0251 | verb | call on _ to end [the] curfew
0251 | verb | call on _ to lift [the] state of emergency
0251 | verb | call on _ to end [the] state of emergency
0251 | verb | call on _ to lift martial law
0251 | verb | call on _ to end martial law
0251 | verb | call on _ to lift [the] restrictions
0251 | verb | call on _ to ease [the] restrictions
0251 | verb | call on _ to lift [the] travel ban
0251 | verb | call on _ to lift [the] ban on
0251 | verb | call on _ to unblock
0251 | verb | call on _ to restore [the] internet
0251 | verb | call on _ to restore internet access
0251 | verb | call on _ to unblock websites
0251 | verb | call on _ to lift media restrictions
0251 | verb | call on _ to lift press restrictions
0251 | verb | call on _ to lift emergency rule
0251 | verb | call on _ to end emergency rule
0251 | verb | call on _ to legalise
0251 | verb | call on _ to legalize
0251 | verb | call on _ to lift visa restrictions
0251 | verb | call on _ to ease visa rules
0251 | verb | urge _ to lift [the] curfew
0251 | verb | urge _ to ease [the] curfew
0251 | verb | urge _ to end [the] curfew
0251 | verb | urge _ to lift [the] state of emergency
0251 | verb | urge _ to end [the] state of emergency
0251 | verb | urge _ to lift martial law
0251 | verb | urge _ to end martial law
0251 | verb | urge _ to lift [the] restrictions
0251 | verb | urge _ to ease [the] restrictions
0251 | verb | urge _ to lift [the] travel ban
0251 | verb | urge _ to lift [the] ban on
0251 | verb | urge _ to unblock
0251 | verb | urge _ to restore [the] internet
0251 | verb | urge _ to restore internet access
0251 | verb | urge _ to unblock websites
0251 | verb | urge _ to lift media restrictions
0251 | verb | urge _ to lift press restrictions
0251 | verb | urge _ to lift emergency rule
0251 | verb | urge _ to end emergency rule
0251 | verb | urge _ to legalise
0251 | verb | urge _ to legalize
0251 | verb | urge _ to lift visa restrictions
0251 | verb | urge _ to ease visa rules
0251 | verb | appeal to _ to lift [the] curfew
0251 | verb | appeal to _ to ease [the] curfew
0251 | verb | appeal to _ to end [the] curfew
0251 | verb | appeal to _ to lift [the] state of emergency
0251 | verb | appeal to _ to end [the] state of emergency
0251 | verb | appeal to _ to lift martial law
0251 | verb | appeal to _ to end martial law
0251 | verb | appeal to _ to lift [the] restrictions
0251 | verb | appeal to _ to ease [the] restrictions
0251 | verb | appeal to _ to lift [the] travel ban
0251 | verb | appeal to _ to lift [the] ban on
0251 | verb | appeal to _ to unblock
0251 | verb | appeal to _ to restore [the] internet
0251 | verb | appeal to _ to restore internet access
0251 | verb | appeal to _ to unblock websites
0251 | verb | appeal to _ to lift media restrictions
0251 | verb | appeal to _ to lift press restrictions
0251 | verb | appeal to _ to lift emergency rule
0251 | verb | appeal to _ to end emergency rule
0251 | verb | appeal to _ to legalise
0251 | verb | appeal to _ to legalize
0251 | verb | appeal to _ to lift visa restrictions
0251 | verb | appeal to _ to ease visa rules
0251 | verb | ask _ to lift [the] curfew
0251 | verb | ask _ to ease [the] curfew
0251 | verb | ask _ to end [the] curfew
0251 | verb | ask _ to lift [the] state of emergency
0251 | verb | ask _ to end [the] state of emergency
0251 | verb | ask _ to lift martial law
0251 | verb | ask _ to end martial law
0251 | verb | ask _ to lift [the] restrictions
0251 | verb | ask _ to ease [the] restrictions
0251 | verb | ask _ to lift [the] travel ban
0251 | verb | ask _ to lift [the] ban on
0251 | verb | ask _ to unblock
0251 | verb | ask _ to restore [the] internet
0251 | verb | ask _ to restore internet access
0251 | verb | ask _ to unblock websites
0251 | verb | ask _ to lift media restrictions
0251 | verb | ask _ to lift press restrictions
0251 | verb | ask _ to lift emergency rule
0251 | verb | ask _ to end emergency rule
0251 | verb | ask _ to legalise
0251 | verb | ask _ to legalize
0251 | verb | ask _ to lift visa restrictions
0251 | verb | ask _ to ease visa rules
0251 | verb | press _ to lift [the] curfew
0251 | verb | press _ to ease [the] curfew
0251 | verb | press _ to end [the] curfew
0251 | verb | press _ to lift [the] state of emergency
0251 | verb | press _ to end [the] state of emergency
0251 | verb | press _ to lift martial law
0251 | verb | press _ to end martial law
0251 | verb | press _ to lift [the] restrictions
0251 | verb | press _ to ease [the] restrictions
0251 | verb | press _ to lift [the] travel ban
0251 | verb | press _ to lift [the] ban on
0251 | verb | press _ to unblock
0251 | verb | press _ to restore [the] internet
0251 | verb | press _ to restore internet access
0251 | verb | press _ to unblock websites
0251 | verb | press _ to lift media restrictions
0251 | verb | press _ to lift press restrictions
0251 | verb | press _ to lift emergency rule
0251 | verb | press _ to end emergency rule
0251 | verb | press _ to legalise
0251 | verb | press _ to legalize
0251 | verb | press _ to lift visa restrictions
0251 | verb | press _ to ease visa rules
0251 | verb | call for [the] lifting of [the] curfew
0251 | verb | call for [the] lifting of restrictions
0251 | verb | call for [the] lifting of [the] restrictions
0251 | verb | call for [an] end to [the] curfew
0251 | verb | call for [an] end to [the] state of emergency
0251 | verb | call for [an] end to martial law
0251 | verb | call for [the] easing of restrictions
0251 | verb | call for [the] lifting of [the] ban on
0251 | verb | call for [the] lifting of [the] travel ban
0251 | verb | call for [the] lifting of [the] state of emergency
0251 | verb | call for [the] lifting of martial law
0251 | verb | call for [the] restoration of internet access
0251 | verb | call for [an] end to [the] internet shutdown
0251 | verb | appeal for [the] lifting of [the] curfew
0251 | verb | appeal for [the] lifting of restrictions
0251 | verb | appeal for [the] lifting of [the] restrictions
0251 | verb | appeal for [an] end to [the] curfew
0251 | verb | appeal for [an] end to [the] state of emergency
0251 | verb | appeal for [an] end to martial law
0251 | verb | appeal for [the] easing of restrictions
0251 | verb | appeal for [the] lifting of [the] ban on
0251 | verb | appeal for [the] lifting of [the] travel ban
0251 | verb | appeal for [the] lifting of [the] state of emergency
0251 | verb | appeal for [the] lifting of martial law
0251 | verb | appeal for [the] restoration of internet access
0251 | verb | appeal for [an] end to [the] internet shutdown
0251 | verb | press for [the] lifting of [the] curfew
0251 | verb | press for [the] lifting of restrictions
0251 | verb | press for [the] lifting of [the] restrictions
0251 | verb | press for [an] end to [the] curfew
0251 | verb | press for [an] end to [the] state of emergency
0251 | verb | press for [an] end to martial law
0251 | verb | press for [the] easing of restrictions
0251 | verb | press for [the] lifting of [the] ban on
0251 | verb | press for [the] lifting of [the] travel ban
0251 | verb | press for [the] lifting of [the] state of emergency
0251 | verb | press for [the] lifting of martial law
0251 | verb | press for [the] restoration of internet access
0251 | verb | press for [an] end to [the] internet shutdown
0251 | verb | urge [the] lifting of [the] curfew
0251 | verb | urge [the] lifting of restrictions
0251 | verb | urge [the] lifting of [the] restrictions
0251 | verb | urge [an] end to [the] curfew
0251 | verb | urge [an] end to [the] state of emergency
0251 | verb | urge [an] end to martial law
0251 | verb | urge [the] easing of restrictions
0251 | verb | urge [the] lifting of [the] ban on
0251 | verb | urge [the] lifting of [the] travel ban
0251 | verb | urge [the] lifting of [the] state of emergency
0251 | verb | urge [the] lifting of martial law
0251 | verb | urge [the] restoration of internet access
0251 | verb | urge [an] end to [the] internet shutdown

# 0252 Appeal for easing of popular dissent
0252 | verb | call on _ to end [the] protests
0252 | verb | call on _ to end [the] protest
0252 | verb | call on _ to stop [the] protests
0252 | verb | call on _ to call off [the] protests
0252 | verb | call on _ to call off [the] protest
0252 | verb | call on _ to call off [the] strike
0252 | verb | call on _ to end [the] strike
0252 | verb | call on _ to end [the] hunger strike
0252 | verb | call on _ to end [the] sit-in
0252 | verb | call on _ to stop demonstrating
0252 | verb | call on _ to disperse
0252 | verb | call on _ to go home
0252 | verb | call on _ to return to work
0252 | verb | call on _ to leave [the] streets
0252 | verb | call on _ to end [the] demonstrations
0252 | verb | call on _ to halt [the] protests
0252 | verb | call on _ to suspend [the] protests
0252 | verb | call on _ to refrain from protests
0252 | verb | call on _ to stay calm
0252 | verb | call on _ to remain calm
0252 | verb | call on _ to keep calm
0252 | verb | call on _ to stop rioting
0252 | verb | call on _ to abandon [the] strike
0252 | verb | call on _ to stop protesting
0252 | verb | urge _ to end [the] protests
0252 | verb | urge _ to end [the] protest
0252 | verb | urge _ to stop [the] protests
0252 | verb | urge _ to call off [the] protests
0252 | verb | urge _ to call off [the] protest
0252 | verb | urge _ to call off [the] strike
0252 | verb | urge _ to end [the] strike
0252 | verb | urge _ to end [the] hunger strike
0252 | verb | urge _ to end [the] sit-in
0252 | verb | urge _ to stop demonstrating
0252 | verb | urge _ to disperse
0252 | verb | urge _ to go home
0252 | verb | urge _ to return to work
0252 | verb | urge _ to leave [the] streets
0252 | verb | urge _ to end [the] demonstrations
0252 | verb | urge _ to halt [the] protests
0252 | verb | urge _ to suspend [the] protests
0252 | verb | urge _ to refrain from protests
0252 | verb | urge _ to stay calm
0252 | verb | urge _ to remain calm
0252 | verb | urge _ to keep calm
0252 | verb | urge _ to stop rioting
0252 | verb | urge _ to abandon [the] strike
0252 | verb | urge _ to stop protesting
0252 | verb | appeal to _ to end [the] protests
0252 | verb | appeal to _ to end [the] protest
0252 | verb | appeal to _ to stop [the] protests
0252 | verb | appeal to _ to call off [the] protests
0252 | verb | appeal to _ to call off [the] protest
0252 | verb | appeal to _ to call off [the] strike
0252 | verb | appeal to _ to end [the] strike
0252 | verb | appeal to _ to end [the] hunger strike
0252 | verb | appeal to _ to end [the] sit-in
0252 | verb | appeal to _ to stop demonstrating
0252 | verb | appeal to _ to disperse
0252 | verb | appeal to _ to go home
0252 | verb | appeal to _ to return to work
0252 | verb | appeal to _ to leave [the] streets
0252 | verb | appeal to _ to end [the] demonstrations
0252 | verb | appeal to _ to halt [the] protests
0252 | verb | appeal to _ to suspend [the] protests
0252 | verb | appeal to _ to refrain from protests
0252 | verb | appeal to _ to stay calm
0252 | verb | appeal to _ to remain calm
0252 | verb | appeal to _ to keep calm
0252 | verb | appeal to _ to stop rioting
0252 | verb | appeal to _ to abandon [the] strike
0252 | verb | appeal to _ to stop protesting
0252 | verb | ask _ to end [the] protests
0252 | verb | ask _ to end [the] protest
0252 | verb | ask _ to stop [the] protests
0252 | verb | ask _ to call off [the] protests
0252 | verb | ask _ to call off [the] protest
0252 | verb | ask _ to call off [the] strike
0252 | verb | ask _ to end [the] strike
0252 | verb | ask _ to end [the] hunger strike
0252 | verb | ask _ to end [the] sit-in
0252 | verb | ask _ to stop demonstrating
0252 | verb | ask _ to disperse
0252 | verb | ask _ to go home
0252 | verb | ask _ to return to work
0252 | verb | ask _ to leave [the] streets
0252 | verb | ask _ to end [the] demonstrations
0252 | verb | ask _ to halt [the] protests
0252 | verb | ask _ to suspend [the] protests
0252 | verb | ask _ to refrain from protests
0252 | verb | ask _ to stay calm
0252 | verb | ask _ to remain calm
0252 | verb | ask _ to keep calm
0252 | verb | ask _ to stop rioting
0252 | verb | ask _ to abandon [the] strike
0252 | verb | ask _ to stop protesting
0252 | verb | press _ to end [the] protests
0252 | verb | press _ to end [the] protest
0252 | verb | press _ to stop [the] protests
0252 | verb | press _ to call off [the] protests
0252 | verb | press _ to call off [the] protest
0252 | verb | press _ to call off [the] strike
0252 | verb | press _ to end [the] strike
0252 | verb | press _ to end [the] hunger strike
0252 | verb | press _ to end [the] sit-in
0252 | verb | press _ to stop demonstrating
0252 | verb | press _ to disperse
0252 | verb | press _ to go home
0252 | verb | press _ to return to work
0252 | verb | press _ to leave [the] streets
0252 | verb | press _ to end [the] demonstrations
0252 | verb | press _ to halt [the] protests
0252 | verb | press _ to suspend [the] protests
0252 | verb | press _ to refrain from protests
0252 | verb | press _ to stay calm
0252 | verb | press _ to remain calm
0252 | verb | press _ to keep calm
0252 | verb | press _ to stop rioting
0252 | verb | press _ to abandon [the] strike
0252 | verb | press _ to stop protesting
0252 | verb | call for calm
0252 | verb | call for [an] end to [the] protests
0252 | verb | call for [an] end to [the] strike
0252 | verb | call for [an] end to [the] hunger strike
0252 | verb | call for [an] end to [the] demonstrations
0252 | verb | call for [an] end to [the] unrest
0252 | verb | call for [an] end to [the] riots
0252 | verb | call for [an] end to [the] rioting
0252 | verb | call for [a] return to work
0252 | verb | call for [a] return to calm
0252 | verb | call for restraint by protesters
0252 | verb | appeal for calm
0252 | verb | appeal for [an] end to [the] protests
0252 | verb | appeal for [an] end to [the] strike
0252 | verb | appeal for [an] end to [the] hunger strike
0252 | verb | appeal for [an] end to [the] demonstrations
0252 | verb | appeal for [an] end to [the] unrest
0252 | verb | appeal for [an] end to [the] riots
0252 | verb | appeal for [an] end to [the] rioting
0252 | verb | appeal for [a] return to work
0252 | verb | appeal for [a] return to calm
0252 | verb | appeal for restraint by protesters
0252 | verb | press for calm
0252 | verb | press for [an] end to [the] protests
0252 | verb | press for [an] end to [the] strike
0252 | verb | press for [an] end to [the] hunger strike
0252 | verb | press for [an] end to [the] demonstrations
0252 | verb | press for [an] end to [the] unrest
0252 | verb | press for [an] end to [the] riots
0252 | verb | press for [an] end to [the] rioting
0252 | verb | press for [a] return to work
0252 | verb | press for [a] return to calm
0252 | verb | press for restraint by protesters
0252 | verb | urge calm
0252 | verb | urge [an] end to [the] protests
0252 | verb | urge [an] end to [the] strike
0252 | verb | urge [an] end to [the] hunger strike
0252 | verb | urge [an] end to [the] demonstrations
0252 | verb | urge [an] end to [the] unrest
0252 | verb | urge [an] end to [the] riots
0252 | verb | urge [an] end to [the] rioting
0252 | verb | urge [a] return to work
0252 | verb | urge [a] return to calm
0252 | verb | urge restraint by protesters

# 0253 Appeal for release of persons or property
0253 | verb | call on _ to release
0253 | verb | call on _ to free
0253 | verb | call on _ to release [the] hostages
0253 | verb | call on _ to free [the] hostages
0253 | verb | call on _ to release [the] prisoners
0253 | verb | call on _ to free [the] prisoners
0253 | verb | call on _ to release [the] detainees
0253 | verb | call on _ to release political prisoners
0253 | verb | call on _ to release [all] political prisoners
0253 | verb | call on _ to return
0253 | verb | call on _ to hand back
0253 | verb | call on _ to return [the] seized
0253 | verb | call on _ to release [the] seized
0253 | verb | call on _ to release [the] tanker
0253 | verb | call on _ to release [the] ship
0253 | verb | call on _ to release [the] vessel
0253 | verb | call on _ to release [the] crew
0253 | verb | call on _ to free [the] crew
0253 | verb | call on _ to release [the] journalist
0253 | verb | call on _ to release [the] journalists
0253 | verb | call on _ to free [the] journalist
0253 | verb | call on _ to release [the] activists
0253 | verb | call on _ to release [the] captives
0253 | verb | call on _ to release [the] abductees
0253 | verb | call on _ to release [the] kidnapped
0253 | verb | call on _ to unfreeze [the] assets
0253 | verb | call on _ to return [the] property
0253 | verb | call on _ to return [the] remains
0253 | verb | call on _ to repatriate [the] prisoners
0253 | verb | call on _ to exchange prisoners
0253 | verb | call on _ to return [the] bodies
0253 | verb | call on _ to hand over [the] bodies
0253 | verb | call on _ to release [the] sailors
0253 | verb | urge _ to release
0253 | verb | urge _ to free
0253 | verb | urge _ to release [the] hostages
0253 | verb | urge _ to free [the] hostages
0253 | verb | urge _ to release [the] prisoners
0253 | verb | urge _ to free [the] prisoners
0253 | verb | urge _ to release [the] detainees
0253 | verb | urge _ to release political prisoners
0253 | verb | urge _ to release [all] political prisoners
0253 | verb | urge _ to return
0253 | verb | urge _ to hand back
0253 | verb | urge _ to return [the] seized
0253 | verb | urge _ to release [the] seized
0253 | verb | urge _ to release [the] tanker
0253 | verb | urge _ to release [the] ship
0253 | verb | urge _ to release [the] vessel
0253 | verb | urge _ to release [the] crew
0253 | verb | urge _ to free [the] crew
0253 | verb | urge _ to release [the] journalist
0253 | verb | urge _ to release [the] journalists
0253 | verb | urge _ to free [the] journalist
0253 | verb | urge _ to release [the] activists
0253 | verb | urge _ to release [the] captives
0253 | verb | urge _ to release [the] abductees
0253 | verb | urge _ to release [the] kidnapped
0253 | verb | urge _ to unfreeze [the] assets
0253 | verb | urge _ to return [the] property
0253 | verb | urge _ to return [the] remains
0253 | verb | urge _ to repatriate [the] prisoners
0253 | verb | urge _ to exchange prisoners
0253 | verb | urge _ to return [the] bodies
0253 | verb | urge _ to hand over [the] bodies
0253 | verb | urge _ to release [the] sailors
0253 | verb | appeal to _ to release
0253 | verb | appeal to _ to free
0253 | verb | appeal to _ to release [the] hostages
0253 | verb | appeal to _ to free [the] hostages
0253 | verb | appeal to _ to release [the] prisoners
0253 | verb | appeal to _ to free [the] prisoners
0253 | verb | appeal to _ to release [the] detainees
0253 | verb | appeal to _ to release political prisoners
0253 | verb | appeal to _ to release [all] political prisoners
0253 | verb | appeal to _ to return
0253 | verb | appeal to _ to hand back
0253 | verb | appeal to _ to return [the] seized
0253 | verb | appeal to _ to release [the] seized
0253 | verb | appeal to _ to release [the] tanker
0253 | verb | appeal to _ to release [the] ship
0253 | verb | appeal to _ to release [the] vessel
0253 | verb | appeal to _ to release [the] crew
0253 | verb | appeal to _ to free [the] crew
0253 | verb | appeal to _ to release [the] journalist
0253 | verb | appeal to _ to release [the] journalists
0253 | verb | appeal to _ to free [the] journalist
0253 | verb | appeal to _ to release [the] activists
0253 | verb | appeal to _ to release [the] captives
0253 | verb | appeal to _ to release [the] abductees
0253 | verb | appeal to _ to release [the] kidnapped
0253 | verb | appeal to _ to unfreeze [the] assets
0253 | verb | appeal to _ to return [the] property
0253 | verb | appeal to _ to return [the] remains
0253 | verb | appeal to _ to repatriate [the] prisoners
0253 | verb | appeal to _ to exchange prisoners
0253 | verb | appeal to _ to return [the] bodies
0253 | verb | appeal to _ to hand over [the] bodies
0253 | verb | appeal to _ to release [the] sailors
0253 | verb | ask _ to release
0253 | verb | ask _ to free
0253 | verb | ask _ to release [the] hostages
0253 | verb | ask _ to free [the] hostages
0253 | verb | ask _ to release [the] prisoners
0253 | verb | ask _ to free [the] prisoners
0253 | verb | ask _ to release [the] detainees
0253 | verb | ask _ to release political prisoners
0253 | verb | ask _ to release [all] political prisoners
0253 | verb | ask _ to return
0253 | verb | ask _ to hand back
0253 | verb | ask _ to return [the] seized
0253 | verb | ask _ to release [the] seized
0253 | verb | ask _ to release [the] tanker
0253 | verb | ask _ to release [the] ship
0253 | verb | ask _ to release [the] vessel
0253 | verb | ask _ to release [the] crew
0253 | verb | ask _ to free [the] crew
0253 | verb | ask _ to release [the] journalist
0253 | verb | ask _ to release [the] journalists
0253 | verb | ask _ to free [the] journalist
0253 | verb | ask _ to release [the] activists
0253 | verb | ask _ to release [the] captives
0253 | verb | ask _ to release [the] abductees
0253 | verb | ask _ to release [the] kidnapped
0253 | verb | ask _ to unfreeze [the] assets
0253 | verb | ask _ to return [the] property
0253 | verb | ask _ to return [the] remains
0253 | verb | ask _ to repatriate [the] prisoners
0253 | verb | ask _ to exchange prisoners
0253 | verb | ask _ to return [the] bodies
0253 | verb | ask _ to hand over [the] bodies
0253 | verb | ask _ to release [the] sailors
0253 | verb | press _ to release
0253 | verb | press _ to free
0253 | verb | press _ to release [the] hostages
0253 | verb | press _ to free [the] hostages
0253 | verb | press _ to release [the] prisoners
0253 | verb | press _ to free [the] prisoners
0253 | verb | press _ to release [the] detainees
0253 | verb | press _ to release political prisoners
0253 | verb | press _ to release [all] political prisoners
0253 | verb | press _ to return
0253 | verb | press _ to hand back
0253 | verb | press _ to return [the] seized
0253 | verb | press _ to release [the] seized
0253 | verb | press _ to release [the] tanker
0253 | verb | press _ to release [the] ship
0253 | verb | press _ to release [the] vessel
0253 | verb | press _ to release [the] crew
0253 | verb | press _ to free [the] crew
0253 | verb | press _ to release [the] journalist
0253 | verb | press _ to release [the] journalists
0253 | verb | press _ to free [the] journalist
0253 | verb | press _ to release [the] activists
0253 | verb | press _ to release [the] captives
0253 | verb | press _ to release [the] abductees
0253 | verb | press _ to release [the] kidnapped
0253 | verb | press _ to unfreeze [the] assets
0253 | verb | press _ to return [the] property
0253 | verb | press _ to return [the] remains
0253 | verb | press _ to repatriate [the] prisoners
0253 | verb | press _ to exchange prisoners
0253 | verb | press _ to return [the] bodies
0253 | verb | press _ to hand over [the] bodies
0253 | verb | press _ to release [the] sailors
0253 | verb | call for [the] release of
0253 | verb | call for [the] immediate release of
0253 | verb | call for [the] unconditional release of
0253 | verb | call for [the] immediate and unconditional release of
0253 | verb | call for [the] return of
0253 | verb | call for [a] prisoner release
0253 | verb | call for [a] prisoner swap
0253 | verb | call for [a] prisoner exchange
0253 | verb | call for [an] exchange of prisoners
0253 | verb | call for [a] swap of prisoners
0253 | verb | call for [a] hostage release
0253 | verb | call for [the] freeing of
0253 | verb | call for [the] repatriation of
0253 | verb | appeal for [the] release of
0253 | verb | appeal for [the] immediate release of
0253 | verb | appeal for [the] unconditional release of
0253 | verb | appeal for [the] immediate and unconditional release of
0253 | verb | appeal for [the] return of
0253 | verb | appeal for [a] prisoner release
0253 | verb | appeal for [a] prisoner swap
0253 | verb | appeal for [a] prisoner exchange
0253 | verb | appeal for [an] exchange of prisoners
0253 | verb | appeal for [a] swap of prisoners
0253 | verb | appeal for [a] hostage release
0253 | verb | appeal for [the] freeing of
0253 | verb | appeal for [the] repatriation of
0253 | verb | press for [the] release of
0253 | verb | press for [the] immediate release of
0253 | verb | press for [the] unconditional release of
0253 | verb | press for [the] immediate and unconditional release of
0253 | verb | press for [the] return of
0253 | verb | press for [a] prisoner release
0253 | verb | press for [a] prisoner swap
0253 | verb | press for [a] prisoner exchange
0253 | verb | press for [an] exchange of prisoners
0253 | verb | press for [a] swap of prisoners
0253 | verb | press for [a] hostage release
0253 | verb | press for [the] freeing of
0253 | verb | press for [the] repatriation of
0253 | verb | urge [the] release of
0253 | verb | urge [the] immediate release of
0253 | verb | urge [the] unconditional release of
0253 | verb | urge [the] immediate and unconditional release of
0253 | verb | urge [the] return of
0253 | verb | urge [a] prisoner release
0253 | verb | urge [a] prisoner swap
0253 | verb | urge [a] prisoner exchange
0253 | verb | urge [an] exchange of prisoners
0253 | verb | urge [a] swap of prisoners
0253 | verb | urge [a] hostage release
0253 | verb | urge [the] freeing of
0253 | verb | urge [the] repatriation of

# 0254 Appeal for easing of economic sanctions, boycott, or embargo
0254 | verb | call on _ to lift [the] sanctions
0254 | verb | call on _ to ease [the] sanctions
0254 | verb | call on _ to end [the] sanctions
0254 | verb | call on _ to remove [the] sanctions
0254 | verb | call on _ to drop [the] sanctions
0254 | verb | call on _ to scrap [the] sanctions
0254 | verb | call on _ to relax [the] sanctions
0254 | verb | call on _ to suspend [the] sanctions
0254 | verb | call on _ to lift [the] embargo
0254 | verb | call on _ to end [the] embargo
0254 | verb | call on _ to ease [the] embargo
0254 | verb | call on _ to lift [the] arms embargo
0254 | verb | call on _ to end [the] boycott
0254 | verb | call on _ to call off [the] boycott
0254 | verb | call on _ to unfreeze [the] funds
0254 | verb | call on _ to release [the] frozen assets
0254 | verb | call on _ to release [the] frozen funds
0254 | verb | call on _ to lift [the] trade restrictions
0254 | verb | call on _ to lift [the] export ban
0254 | verb | call on _ to lift [the] import ban
0254 | verb | call on _ to lift [the] tariffs
0254 | verb | call on _ to remove [the] tariffs
0254 | verb | call on _ to roll back [the] tariffs
0254 | verb | call on _ to lift [the] sanctions on
0254 | verb | call on _ to lift [the] economic sanctions
0254 | verb | urge _ to lift [the] sanctions
0254 | verb | urge _ to ease [the] sanctions
0254 | verb | urge _ to end [the] sanctions
0254 | verb | urge _ to remove [the] sanctions
0254 | verb | urge _ to drop [the] sanctions
0254 | verb | urge _ to scrap [the] sanctions
0254 | verb | urge _ to relax [the] sanctions
0254 | verb | urge _ to suspend [the] sanctions
0254 | verb | urge _ to lift [the] embargo
0254 | verb | urge _ to end [the] embargo
0254 | verb | urge _ to ease [the] embargo
0254 | verb | urge _ to lift [the] arms embargo
0254 | verb | urge _ to end [the] boycott
0254 | verb | urge _ to call off [the] boycott
0254 | verb | urge _ to unfreeze [the] funds
0254 | verb | urge _ to release [the] frozen assets
0254 | verb | urge _ to release [the] frozen funds
0254 | verb | urge _ to lift [the] trade restrictions
0254 | verb | urge _ to lift [the] export ban
0254 | verb | urge _ to lift [the] import ban
0254 | verb | urge _ to lift [the] tariffs
0254 | verb | urge _ to remove [the] tariffs
0254 | verb | urge _ to roll back [the] tariffs
0254 | verb | urge _ to lift [the] sanctions on
0254 | verb | urge _ to lift [the] economic sanctions
0254 | verb | appeal to _ to lift [the] sanctions
0254 | verb | appeal to _ to ease [the] sanctions
0254 | verb | appeal to _ to end [the] sanctions
0254 | verb | appeal to _ to remove [the] sanctions
0254 | verb | appeal to _ to drop [the] sanctions
0254 | verb | appeal to _ to scrap [the] sanctions
0254 | verb | appeal to _ to relax [the] sanctions
0254 | verb | appeal to _ to suspend [the] sanctions
0254 | verb | appeal to _ to lift [the] embargo
0254 | verb | appeal to _ to end [the] embargo
0254 | verb | appeal to _ to ease [the] embargo
0254 | verb | appeal to _ to lift [the] arms embargo
0254 | verb | appeal to _ to end [the] boycott
0254 | verb | appeal to _ to call off [the] boycott
0254 | verb | appeal to _ to unfreeze [the] funds
0254 | verb | appeal to _ to release [the] frozen assets
0254 | verb | appeal to _ to release [the] frozen funds
0254 | verb | appeal to _ to lift [the] trade restrictions
0254 | verb | appeal to _ to lift [the] export ban
0254 | verb | appeal to _ to lift [the] import ban
0254 | verb | appeal to _ to lift [the] tariffs
0254 | verb | appeal to _ to remove [the] tariffs
0254 | verb | appeal to _ to roll back [the] tariffs
0254 | verb | appeal to _ to lift [the] sanctions on
0254 | verb | appeal to _ to lift [the] economic sanctions
0254 | verb | ask _ to lift [the] sanctions
0254 | verb | ask _ to ease [the] sanctions
0254 | verb | ask _ to end [the] sanctions
0254 | verb | ask _ to remove [the] sanctions
0254 | verb | ask _ to drop [the] sanctions
0254 | verb | ask _ to scrap [the] sanctions
0254 | verb | ask _ to relax [the] sanctions
0254 | verb | ask _ to suspend [the] sanctions
0254 | verb | ask _ to lift [the] embargo
0254 | verb | ask _ to end [the] embargo
0254 | verb | ask _ to ease [the] embargo
0254 | verb | ask _ to lift [the] arms embargo
0254 | verb | ask _ to end [the] boycott
0254 | verb | ask _ to call off [the] boycott
0254 | verb | ask _ to unfreeze [the] funds
0254 | verb | ask _ to release [the] frozen assets
0254 | verb | ask _ to release [the] frozen funds
0254 | verb | ask _ to lift [the] trade restrictions
0254 | verb | ask _ to lift [the] export ban
0254 | verb | ask _ to lift [the] import ban
0254 | verb | ask _ to lift [the] tariffs
0254 | verb | ask _ to remove [the] tariffs
0254 | verb | ask _ to roll back [the] tariffs
0254 | verb | ask _ to lift [the] sanctions on
0254 | verb | ask _ to lift [the] economic sanctions
0254 | verb | press _ to lift [the] sanctions
0254 | verb | press _ to ease [the] sanctions
0254 | verb | press _ to end [the] sanctions
0254 | verb | press _ to remove [the] sanctions
0254 | verb | press _ to drop [the] sanctions
0254 | verb | press _ to scrap [the] sanctions
0254 | verb | press _ to relax [the] sanctions
0254 | verb | press _ to suspend [the] sanctions
0254 | verb | press _ to lift [the] embargo
0254 | verb | press _ to end [the] embargo
0254 | verb | press _ to ease [the] embargo
0254 | verb | press _ to lift [the] arms embargo
0254 | verb | press _ to end [the] boycott
0254 | verb | press _ to call off [the] boycott
0254 | verb | press _ to unfreeze [the] funds
0254 | verb | press _ to release [the] frozen assets
0254 | verb | press _ to release [the] frozen funds
0254 | verb | press _ to lift [the] trade restrictions
0254 | verb | press _ to lift [the] export ban
0254 | verb | press _ to lift [the] import ban
0254 | verb | press _ to lift [the] tariffs
0254 | verb | press _ to remove [the] tariffs
0254 | verb | press _ to roll back [the] tariffs
0254 | verb | press _ to lift [the] sanctions on
0254 | verb | press _ to lift [the] economic sanctions
0254 | verb | call for [the] lifting of sanctions
0254 | verb | call for [the] lifting of [the] sanctions
0254 | verb | call for [the] easing of [the] sanctions
0254 | verb | call for sanctions relief
0254 | verb | call for [an] end to [the] sanctions
0254 | verb | call for [the] removal of [the] sanctions
0254 | verb | call for [the] lifting of [the] embargo
0254 | verb | call for [an] end to [the] embargo
0254 | verb | call for [the] unfreezing of [the] assets
0254 | verb | call for [the] lifting of [the] tariffs
0254 | verb | call for relief from sanctions
0254 | verb | call for [an] end to [the] boycott
0254 | verb | appeal for [the] lifting of sanctions
0254 | verb | appeal for [the] lifting of [the] sanctions
0254 | verb | appeal for [the] easing of [the] sanctions
0254 | verb | appeal for sanctions relief
0254 | verb | appeal for [an] end to [the] sanctions
0254 | verb | appeal for [the] removal of [the] sanctions
0254 | verb | appeal for [the] lifting of [the] embargo
0254 | verb | appeal for [an] end to [the] embargo
0254 | verb | appeal for [the] unfreezing of [the] assets
0254 | verb | appeal for [the] lifting of [the] tariffs
0254 | verb | appeal for relief from sanctions
0254 | verb | appeal for [an] end to [the] boycott
0254 | verb | press for [the] lifting of sanctions
0254 | verb | press for [the] lifting of [the] sanctions
0254 | verb | press for [the] easing of [the] sanctions
0254 | verb | press for sanctions relief
0254 | verb | press for [an] end to [the] sanctions
0254 | verb | press for [the] removal of [the] sanctions
0254 | verb | press for [the] lifting of [the] embargo
0254 | verb | press for [an] end to [the] embargo
0254 | verb | press for [the] unfreezing of [the] assets
0254 | verb | press for [the] lifting of [the] tariffs
0254 | verb | press for relief from sanctions
0254 | verb | press for [an] end to [the] boycott
0254 | verb | urge [the] lifting of sanctions
0254 | verb | urge [the] lifting of [the] sanctions
0254 | verb | urge [the] easing of [the] sanctions
0254 | verb | urge sanctions relief
0254 | verb | urge [an] end to [the] sanctions
0254 | verb | urge [the] removal of [the] sanctions
0254 | verb | urge [the] lifting of [the] embargo
0254 | verb | urge [an] end to [the] embargo
0254 | verb | urge [the] unfreezing of [the] assets
0254 | verb | urge [the] lifting of [the] tariffs
0254 | verb | urge relief from sanctions
0254 | verb | urge [an] end to [the] boycott

# 0255 Appeal for target to allow international involvement (non-mediation)
0255 | verb | call on _ to allow inspectors
0255 | verb | call on _ to admit inspectors
0255 | verb | call on _ to let inspectors in
0255 | verb | call on _ to allow access
0255 | verb | call on _ to grant access
0255 | verb | call on _ to give access
0255 | verb | call on _ to allow humanitarian access
0255 | verb | call on _ to grant humanitarian access
0255 | verb | call on _ to allow aid in
0255 | verb | call on _ to allow aid into
0255 | verb | call on _ to allow aid deliveries
0255 | verb | call on _ to open [a] humanitarian corridor
0255 | verb | call on _ to open humanitarian corridors
0255 | verb | call on _ to allow observers
0255 | verb | call on _ to admit observers
0255 | verb | call on _ to accept observers
0255 | verb | call on _ to accept peacekeepers
0255 | verb | call on _ to allow peacekeepers
0255 | verb | call on _ to allow monitors
0255 | verb | call on _ to admit monitors
0255 | verb | call on _ to grant access to
0255 | verb | call on _ to allow investigators
0255 | verb | call on _ to admit investigators
0255 | verb | call on _ to allow journalists
0255 | verb | call on _ to open [the] border crossings
0255 | verb | call on _ to reopen [the] border crossings
0255 | verb | call on _ to cooperate with [the] inspectors
0255 | verb | call on _ to allow international monitors
0255 | verb | call on _ to allow [the] UN inspectors
0255 | verb | call on _ to allow [a] fact-finding mission
0255 | verb | call on _ to admit [a] fact-finding mission
0255 | verb | urge _ to allow inspectors
0255 | verb | urge _ to admit inspectors
0255 | verb | urge _ to let inspectors in
0255 | verb | urge _ to allow access
0255 | verb | urge _ to grant access
0255 | verb | urge _ to give access
0255 | verb | urge _ to allow humanitarian access
0255 | verb | urge _ to grant humanitarian access
0255 | verb | urge _ to allow aid in
0255 | verb | urge _ to allow aid into
0255 | verb | urge _ to allow aid deliveries
0255 | verb | urge _ to open [a] humanitarian corridor
0255 | verb | urge _ to open humanitarian corridors
0255 | verb | urge _ to allow observers
0255 | verb | urge _ to admit observers
0255 | verb | urge _ to accept observers
0255 | verb | urge _ to accept peacekeepers
0255 | verb | urge _ to allow peacekeepers
0255 | verb | urge _ to allow monitors
0255 | verb | urge _ to admit monitors
0255 | verb | urge _ to grant access to
0255 | verb | urge _ to allow investigators
0255 | verb | urge _ to admit investigators
0255 | verb | urge _ to allow journalists
0255 | verb | urge _ to open [the] border crossings
0255 | verb | urge _ to reopen [the] border crossings
0255 | verb | urge _ to cooperate with [the] inspectors
0255 | verb | urge _ to allow international monitors
0255 | verb | urge _ to allow [the] UN inspectors
0255 | verb | urge _ to allow [a] fact-finding mission
0255 | verb | urge _ to admit [a] fact-finding mission
0255 | verb | appeal to _ to allow inspectors
0255 | verb | appeal to _ to admit inspectors
0255 | verb | appeal to _ to let inspectors in
0255 | verb | appeal to _ to allow access
0255 | verb | appeal to _ to grant access
0255 | verb | appeal to _ to give access
0255 | verb | appeal to _ to allow humanitarian access
0255 | verb | appeal to _ to grant humanitarian access
0255 | verb | appeal to _ to allow aid in
0255 | verb | appeal to _ to allow aid into
0255 | verb | appeal to _ to allow aid deliveries
0255 | verb | appeal to _ to open [a] humanitarian corridor
0255 | verb | appeal to _ to open humanitarian corridors
0255 | verb | appeal to _ to allow observers
0255 | verb | appeal to _ to admit observers
0255 | verb | appeal to _ to accept observers
0255 | verb | appeal to _ to accept peacekeepers
0255 | verb | appeal to _ to allow peacekeepers
0255 | verb | appeal to _ to allow monitors
0255 | verb | appeal to _ to admit monitors
0255 | verb | appeal to _ to grant access to
0255 | verb | appeal to _ to allow investigators
0255 | verb | appeal to _ to admit investigators
0255 | verb | appeal to _ to allow journalists
0255 | verb | appeal to _ to open [the] border crossings
0255 | verb | appeal to _ to reopen [the] border crossings
0255 | verb | appeal to _ to cooperate with [the] inspectors
0255 | verb | appeal to _ to allow international monitors
0255 | verb | appeal to _ to allow [the] UN inspectors
0255 | verb | appeal to _ to allow [a] fact-finding mission
0255 | verb | appeal to _ to admit [a] fact-finding mission
0255 | verb | ask _ to allow inspectors
0255 | verb | ask _ to admit inspectors
0255 | verb | ask _ to let inspectors in
0255 | verb | ask _ to allow access
0255 | verb | ask _ to grant access
0255 | verb | ask _ to give access
0255 | verb | ask _ to allow humanitarian access
0255 | verb | ask _ to grant humanitarian access
0255 | verb | ask _ to allow aid in
0255 | verb | ask _ to allow aid into
0255 | verb | ask _ to allow aid deliveries
0255 | verb | ask _ to open [a] humanitarian corridor
0255 | verb | ask _ to open humanitarian corridors
0255 | verb | ask _ to allow observers
0255 | verb | ask _ to admit observers
0255 | verb | ask _ to accept observers
0255 | verb | ask _ to accept peacekeepers
0255 | verb | ask _ to allow peacekeepers
0255 | verb | ask _ to allow monitors
0255 | verb | ask _ to admit monitors
0255 | verb | ask _ to grant access to
0255 | verb | ask _ to allow investigators
0255 | verb | ask _ to admit investigators
0255 | verb | ask _ to allow journalists
0255 | verb | ask _ to open [the] border crossings
0255 | verb | ask _ to reopen [the] border crossings
0255 | verb | ask _ to cooperate with [the] inspectors
0255 | verb | ask _ to allow international monitors
0255 | verb | ask _ to allow [the] UN inspectors
0255 | verb | ask _ to allow [a] fact-finding mission
0255 | verb | ask _ to admit [a] fact-finding mission
0255 | verb | press _ to allow inspectors
0255 | verb | press _ to admit inspectors
0255 | verb | press _ to let inspectors in
0255 | verb | press _ to allow access
0255 | verb | press _ to grant access
0255 | verb | press _ to give access
0255 | verb | press _ to allow humanitarian access
0255 | verb | press _ to grant humanitarian access
0255 | verb | press _ to allow aid in
0255 | verb | press _ to allow aid into
0255 | verb | press _ to allow aid deliveries
0255 | verb | press _ to open [a] humanitarian corridor
0255 | verb | press _ to open humanitarian corridors
0255 | verb | press _ to allow observers
0255 | verb | press _ to admit observers
0255 | verb | press _ to accept observers
0255 | verb | press _ to accept peacekeepers
0255 | verb | press _ to allow peacekeepers
0255 | verb | press _ to allow monitors
0255 | verb | press _ to admit monitors
0255 | verb | press _ to grant access to
0255 | verb | press _ to allow investigators
0255 | verb | press _ to admit investigators
0255 | verb | press _ to allow journalists
0255 | verb | press _ to open [the] border crossings
0255 | verb | press _ to reopen [the] border crossings
0255 | verb | press _ to cooperate with [the] inspectors
0255 | verb | press _ to allow international monitors
0255 | verb | press _ to allow [the] UN inspectors
0255 | verb | press _ to allow [a] fact-finding mission
0255 | verb | press _ to admit [a] fact-finding mission
0255 | verb | call for humanitarian access
0255 | verb | call for access for
0255 | verb | call for access to
0255 | verb | call for unfettered access
0255 | verb | call for unhindered access
0255 | verb | call for unimpeded access
0255 | verb | call for [a] humanitarian corridor
0255 | verb | call for humanitarian corridors
0255 | verb | call for international monitors
0255 | verb | call for international observers
0255 | verb | call for international inspectors
0255 | verb | call for inspections
0255 | verb | call for international involvement
0255 | verb | call for [a] fact-finding mission
0255 | verb | call for [the] return of [the] inspectors
0255 | verb | appeal for humanitarian access
0255 | verb | appeal for access for
0255 | verb | appeal for access to
0255 | verb | appeal for unfettered access
0255 | verb | appeal for unhindered access
0255 | verb | appeal for unimpeded access
0255 | verb | appeal for [a] humanitarian corridor
0255 | verb | appeal for humanitarian corridors
0255 | verb | appeal for international monitors
0255 | verb | appeal for international observers
0255 | verb | appeal for international inspectors
0255 | verb | appeal for inspections
0255 | verb | appeal for international involvement
0255 | verb | appeal for [a] fact-finding mission
0255 | verb | appeal for [the] return of [the] inspectors
0255 | verb | press for humanitarian access
0255 | verb | press for access for
0255 | verb | press for access to
0255 | verb | press for unfettered access
0255 | verb | press for unhindered access
0255 | verb | press for unimpeded access
0255 | verb | press for [a] humanitarian corridor
0255 | verb | press for humanitarian corridors
0255 | verb | press for international monitors
0255 | verb | press for international observers
0255 | verb | press for international inspectors
0255 | verb | press for inspections
0255 | verb | press for international involvement
0255 | verb | press for [a] fact-finding mission
0255 | verb | press for [the] return of [the] inspectors
0255 | verb | urge humanitarian access
0255 | verb | urge access for
0255 | verb | urge access to
0255 | verb | urge unfettered access
0255 | verb | urge unhindered access
0255 | verb | urge unimpeded access
0255 | verb | urge [a] humanitarian corridor
0255 | verb | urge humanitarian corridors
0255 | verb | urge international monitors
0255 | verb | urge international observers
0255 | verb | urge international inspectors
0255 | verb | urge inspections
0255 | verb | urge international involvement
0255 | verb | urge [a] fact-finding mission
0255 | verb | urge [the] return of [the] inspectors

# 0256 Appeal for de-escalation of military engagement
0256 | verb | call on _ to exercise restraint
0256 | verb | call on _ to show restraint
0256 | verb | call on _ to exercise maximum restraint
0256 | verb | call on _ to de-escalate
0256 | verb | call on _ to de-escalate tensions
0256 | verb | call on _ to ease tensions
0256 | verb | call on _ to reduce tensions
0256 | verb | call on _ to defuse tensions
0256 | verb | call on _ to lower tensions
0256 | verb | call on _ to calm tensions
0256 | verb | call on _ to stop fighting
0256 | verb | call on _ to stop [the] fighting
0256 | verb | call on _ to end [the] fighting
0256 | verb | call on _ to halt [the] fighting
0256 | verb | call on _ to cease fire
0256 | verb | call on _ to declare [a] ceasefire
0256 | verb | call on _ to declare [a] cease-fire
0256 | verb | call on _ to agree to [a] ceasefire
0256 | verb | call on _ to agree to [a] cease-fire
0256 | verb | call on _ to respect [the] ceasefire
0256 | verb | call on _ to respect [the] cease-fire
0256 | verb | call on _ to observe [the] ceasefire
0256 | verb | call on _ to observe [the] cease-fire
0256 | verb | call on _ to honour [the] ceasefire
0256 | verb | call on _ to honor [the] cease-fire
0256 | verb | call on _ to abide by [the] ceasefire
0256 | verb | call on _ to abide by [the] cease-fire
0256 | verb | call on _ to observe [the] truce
0256 | verb | call on _ to respect [the] truce
0256 | verb | call on _ to withdraw [its] troops
0256 | verb | call on _ to withdraw troops
0256 | verb | call on _ to withdraw [its] forces
0256 | verb | call on _ to pull back [its] troops
0256 | verb | call on _ to pull out [its] troops
0256 | verb | call on _ to pull out
0256 | verb | call on _ to withdraw
0256 | verb | call on _ to pull back
0256 | verb | call on _ to stop [the] attacks
0256 | verb | call on _ to halt [the] attacks
0256 | verb | call on _ to end [the] attacks
0256 | verb | call on _ to stop [the] shelling
0256 | verb | call on _ to halt [the] offensive
0256 | verb | call on _ to stop [the] offensive
0256 | verb | call on _ to end [the] offensive
0256 | verb | call on _ to halt [the] bombing
0256 | verb | call on _ to stop [the] bombing
0256 | verb | call on _ to stop [the] airstrikes
0256 | verb | call on _ to halt [the] airstrikes
0256 | verb | call on _ to end hostilities
0256 | verb | call on _ to cease hostilities
0256 | verb | call on _ to stop hostilities
0256 | verb | call on _ to end [the] violence
0256 | verb | call on _ to stop [the] violence
0256 | verb | call on _ to refrain from violence
0256 | verb | call on _ to refrain from [the] use of force
0256 | verb | call on _ to refrain from attacks
0256 | verb | call on _ to refrain from military action
0256 | verb | call on _ to avoid escalation
0256 | verb | call on _ to avoid [an] escalation
0256 | verb | call on _ to step back from [the] brink
0256 | verb | call on _ to stand down [its] forces
0256 | verb | call on _ to lay down [their] arms
0256 | verb | call on _ to lay down [their] weapons
0256 | verb | call on _ to put down [their] arms
0256 | verb | call on _ to disarm
0256 | verb | call on _ to demobilise
0256 | verb | call on _ to demobilize
0256 | verb | call on _ to lift [the] blockade
0256 | verb | call on _ to end [the] blockade
0256 | verb | call on _ to lift [the] siege
0256 | verb | call on _ to end [the] siege
0256 | verb | call on _ to end [the] occupation
0256 | verb | call on _ to end [the] war
0256 | verb | call on _ to end [the] conflict
0256 | verb | call on _ to avoid provocations
0256 | verb | call on _ to refrain from provocations
0256 | verb | call on _ to stop [the] escalation
0256 | verb | urge _ to exercise restraint
0256 | verb | urge _ to show restraint
0256 | verb | urge _ to exercise maximum restraint
0256 | verb | urge _ to de-escalate
0256 | verb | urge _ to de-escalate tensions
0256 | verb | urge _ to ease tensions
0256 | verb | urge _ to reduce tensions
0256 | verb | urge _ to defuse tensions
0256 | verb | urge _ to lower tensions
0256 | verb | urge _ to calm tensions
0256 | verb | urge _ to stop fighting
0256 | verb | urge _ to stop [the] fighting
0256 | verb | urge _ to end [the] fighting
0256 | verb | urge _ to halt [the] fighting
0256 | verb | urge _ to cease fire
0256 | verb | urge _ to declare [a] ceasefire
0256 | verb | urge _ to declare [a] cease-fire
0256 | verb | urge _ to agree to [a] ceasefire
0256 | verb | urge _ to agree to [a] cease-fire
0256 | verb | urge _ to respect [the] ceasefire
0256 | verb | urge _ to respect [the] cease-fire
0256 | verb | urge _ to observe [the] ceasefire
0256 | verb | urge _ to observe [the] cease-fire
0256 | verb | urge _ to honour [the] ceasefire
0256 | verb | urge _ to honor [the] cease-fire
0256 | verb | urge _ to abide by [the] ceasefire
0256 | verb | urge _ to abide by [the] cease-fire
0256 | verb | urge _ to observe [the] truce
0256 | verb | urge _ to respect [the] truce
0256 | verb | urge _ to withdraw [its] troops
0256 | verb | urge _ to withdraw troops
0256 | verb | urge _ to withdraw [its] forces
0256 | verb | urge _ to pull back [its] troops
0256 | verb | urge _ to pull out [its] troops
0256 | verb | urge _ to pull out
0256 | verb | urge _ to withdraw
0256 | verb | urge _ to pull back
0256 | verb | urge _ to stop [the] attacks
0256 | verb | urge _ to halt [the] attacks
0256 | verb | urge _ to end [the] attacks
0256 | verb | urge _ to stop [the] shelling
0256 | verb | urge _ to halt [the] offensive
0256 | verb | urge _ to stop [the] offensive
0256 | verb | urge _ to end [the] offensive
0256 | verb | urge _ to halt [the] bombing
0256 | verb | urge _ to stop [the] bombing
0256 | verb | urge _ to stop [the] airstrikes
0256 | verb | urge _ to halt [the] airstrikes
0256 | verb | urge _ to end hostilities
0256 | verb | urge _ to cease hostilities
0256 | verb | urge _ to stop hostilities
0256 | verb | urge _ to end [the] violence
0256 | verb | urge _ to stop [the] violence
0256 | verb | urge _ to refrain from violence
0256 | verb | urge _ to refrain from [the] use of force
0256 | verb | urge _ to refrain from attacks
0256 | verb | urge _ to refrain from military action
0256 | verb | urge _ to avoid escalation
0256 | verb | urge _ to avoid [an] escalation
0256 | verb | urge _ to step back from [the] brink
0256 | verb | urge _ to stand down [its] forces
0256 | verb | urge _ to lay down [their] arms
0256 | verb | urge _ to lay down [their] weapons
0256 | verb | urge _ to put down [their] arms
0256 | verb | urge _ to disarm
0256 | verb | urge _ to demobilise
0256 | verb | urge _ to demobilize
0256 | verb | urge _ to lift [the] blockade
0256 | verb | urge _ to end [the] blockade
0256 | verb | urge _ to lift [the] siege
0256 | verb | urge _ to end [the] siege
0256 | verb | urge _ to end [the] occupation
0256 | verb | urge _ to end [the] war
0256 | verb | urge _ to end [the] conflict
0256 | verb | urge _ to avoid provocations
0256 | verb | urge _ to refrain from provocations
0256 | verb | urge _ to stop [the] escalation
0256 | verb | appeal to _ to exercise restraint
0256 | verb | appeal to _ to show restraint
0256 | verb | appeal to _ to exercise maximum restraint
0256 | verb | appeal to _ to de-escalate
0256 | verb | appeal to _ to de-escalate tensions
0256 | verb | appeal to _ to ease tensions
0256 | verb | appeal to _ to reduce tensions
0256 | verb | appeal to _ to defuse tensions
0256 | verb | appeal to _ to lower tensions
0256 | verb | appeal to _ to calm tensions
0256 | verb | appeal to _ to stop fighting
0256 | verb | appeal to _ to stop [the] fighting
0256 | verb | appeal to _ to end [the] fighting
0256 | verb | appeal to _ to halt [the] fighting
0256 | verb | appeal to _ to cease fire
0256 | verb | appeal to _ to declare [a] ceasefire
0256 | verb | appeal to _ to declare [a] cease-fire
0256 | verb | appeal to _ to agree to [a] ceasefire
0256 | verb | appeal to _ to agree to [a] cease-fire
0256 | verb | appeal to _ to respect [the] ceasefire
0256 | verb | appeal to _ to respect [the] cease-fire
0256 | verb | appeal to _ to observe [the] ceasefire
0256 | verb | appeal to _ to observe [the] cease-fire
0256 | verb | appeal to _ to honour [the] ceasefire
0256 | verb | appeal to _ to honor [the] cease-fire
0256 | verb | appeal to _ to abide by [the] ceasefire
0256 | verb | appeal to _ to abide by [the] cease-fire
0256 | verb | appeal to _ to observe [the] truce
0256 | verb | appeal to _ to respect [the] truce
0256 | verb | appeal to _ to withdraw [its] troops
0256 | verb | appeal to _ to withdraw troops
0256 | verb | appeal to _ to withdraw [its] forces
0256 | verb | appeal to _ to pull back [its] troops
0256 | verb | appeal to _ to pull out [its] troops
0256 | verb | appeal to _ to pull out
0256 | verb | appeal to _ to withdraw
0256 | verb | appeal to _ to pull back
0256 | verb | appeal to _ to stop [the] attacks
0256 | verb | appeal to _ to halt [the] attacks
0256 | verb | appeal to _ to end [the] attacks
0256 | verb | appeal to _ to stop [the] shelling
0256 | verb | appeal to _ to halt [the] offensive
0256 | verb | appeal to _ to stop [the] offensive
0256 | verb | appeal to _ to end [the] offensive
0256 | verb | appeal to _ to halt [the] bombing
0256 | verb | appeal to _ to stop [the] bombing
0256 | verb | appeal to _ to stop [the] airstrikes
0256 | verb | appeal to _ to halt [the] airstrikes
0256 | verb | appeal to _ to end hostilities
0256 | verb | appeal to _ to cease hostilities
0256 | verb | appeal to _ to stop hostilities
0256 | verb | appeal to _ to end [the] violence
0256 | verb | appeal to _ to stop [the] violence
0256 | verb | appeal to _ to refrain from violence
0256 | verb | appeal to _ to refrain from [the] use of force
0256 | verb | appeal to _ to refrain from attacks
0256 | verb | appeal to _ to refrain from military action
0256 | verb | appeal to _ to avoid escalation
0256 | verb | appeal to _ to avoid [an] escalation
0256 | verb | appeal to _ to step back from [the] brink
0256 | verb | appeal to _ to stand down [its] forces
0256 | verb | appeal to _ to lay down [their] arms
0256 | verb | appeal to _ to lay down [their] weapons
0256 | verb | appeal to _ to put down [their] arms
0256 | verb | appeal to _ to disarm
0256 | verb | appeal to _ to demobilise
0256 | verb | appeal to _ to demobilize
0256 | verb | appeal to _ to lift [the] blockade
0256 | verb | appeal to _ to end [the] blockade
0256 | verb | appeal to _ to lift [the] siege
0256 | verb | appeal to _ to end [the] siege
0256 | verb | appeal to _ to end [the] occupation
0256 | verb | appeal to _ to end [the] war
0256 | verb | appeal to _ to end [the] conflict
0256 | verb | appeal to _ to avoid provocations
0256 | verb | appeal to _ to refrain from provocations
0256 | verb | appeal to _ to stop [the] escalation
0256 | verb | ask _ to exercise restraint
0256 | verb | ask _ to show restraint
0256 | verb | ask _ to exercise maximum restraint
0256 | verb | ask _ to de-escalate
0256 | verb | ask _ to de-escalate tensions
0256 | verb | ask _ to ease tensions
0256 | verb | ask _ to reduce tensions
0256 | verb | ask _ to defuse tensions
0256 | verb | ask _ to lower tensions
0256 | verb | ask _ to calm tensions
0256 | verb | ask _ to stop fighting
0256 | verb | ask _ to stop [the] fighting
0256 | verb | ask _ to end [the] fighting
0256 | verb | ask _ to halt [the] fighting
0256 | verb | ask _ to cease fire
0256 | verb | ask _ to declare [a] ceasefire
0256 | verb | ask _ to declare [a] cease-fire
0256 | verb | ask _ to agree to [a] ceasefire
0256 | verb | ask _ to agree to [a] cease-fire
0256 | verb | ask _ to respect [the] ceasefire
0256 | verb | ask _ to respect [the] cease-fire
0256 | verb | ask _ to observe [the] ceasefire
0256 | verb | ask _ to observe [the] cease-fire
0256 | verb | ask _ to honour [the] ceasefire
0256 | verb | ask _ to honor [the] cease-fire
0256 | verb | ask _ to abide by [the] ceasefire
0256 | verb | ask _ to abide by [the] cease-fire
0256 | verb | ask _ to observe [the] truce
0256 | verb | ask _ to respect [the] truce
0256 | verb | ask _ to withdraw [its] troops
0256 | verb | ask _ to withdraw troops
0256 | verb | ask _ to withdraw [its] forces
0256 | verb | ask _ to pull back [its] troops
0256 | verb | ask _ to pull out [its] troops
0256 | verb | ask _ to pull out
0256 | verb | ask _ to withdraw
0256 | verb | ask _ to pull back
0256 | verb | ask _ to stop [the] attacks
0256 | verb | ask _ to halt [the] attacks
0256 | verb | ask _ to end [the] attacks
0256 | verb | ask _ to stop [the] shelling
0256 | verb | ask _ to halt [the] offensive
0256 | verb | ask _ to stop [the] offensive
0256 | verb | ask _ to end [the] offensive
0256 | verb | ask _ to halt [the] bombing
0256 | verb | ask _ to stop [the] bombing
0256 | verb | ask _ to stop [the] airstrikes
0256 | verb | ask _ to halt [the] airstrikes
0256 | verb | ask _ to end hostilities
0256 | verb | ask _ to cease hostilities
0256 | verb | ask _ to stop hostilities
0256 | verb | ask _ to end [the] violence
0256 | verb | ask _ to stop [the] violence
0256 | verb | ask _ to refrain from violence
0256 | verb | ask _ to refrain from [the] use of force
0256 | verb | ask _ to refrain from attacks
0256 | verb | ask _ to refrain from military action
0256 | verb | ask _ to avoid escalation
0256 | verb | ask _ to avoid [an] escalation
0256 | verb | ask _ to step back from [the] brink
0256 | verb | ask _ to stand down [its] forces
0256 | verb | ask _ to lay down [their] arms
0256 | verb | ask _ to lay down [their] weapons
0256 | verb | ask _ to put down [their] arms
0256 | verb | ask _ to disarm
0256 | verb | ask _ to demobilise
0256 | verb | ask _ to demobilize
0256 | verb | ask _ to lift [the] blockade
0256 | verb | ask _ to end [the] blockade
0256 | verb | ask _ to lift [the] siege
0256 | verb | ask _ to end [the] siege
0256 | verb | ask _ to end [the] occupation
0256 | verb | ask _ to end [the] war
0256 | verb | ask _ to end [the] conflict
0256 | verb | ask _ to avoid provocations
0256 | verb | ask _ to refrain from provocations
0256 | verb | ask _ to stop [the] escalation
0256 | verb | press _ to exercise restraint
0256 | verb | press _ to show restraint
0256 | verb | press _ to exercise maximum restraint
0256 | verb | press _ to de-escalate
0256 | verb | press _ to de-escalate tensions
0256 | verb | press _ to ease tensions
0256 | verb | press _ to reduce tensions
0256 | verb | press _ to defuse tensions
0256 | verb | press _ to lower tensions
0256 | verb | press _ to calm tensions
0256 | verb | press _ to stop fighting
0256 | verb | press _ to stop [the] fighting
0256 | verb | press _ to end [the] fighting
0256 | verb | press _ to halt [the] fighting
0256 | verb | press _ to cease fire
0256 | verb | press _ to declare [a] ceasefire
0256 | verb | press _ to declare [a] cease-fire
0256 | verb | press _ to agree to [a] ceasefire
0256 | verb | press _ to agree to [a] cease-fire
0256 | verb | press _ to respect [the] ceasefire
0256 | verb | press _ to respect [the] cease-fire
0256 | verb | press _ to observe [the] ceasefire
0256 | verb | press _ to observe [the] cease-fire
0256 | verb | press _ to honour [the] ceasefire
0256 | verb | press _ to honor [the] cease-fire
0256 | verb | press _ to abide by [the] ceasefire
0256 | verb | press _ to abide by [the] cease-fire
0256 | verb | press _ to observe [the] truce
0256 | verb | press _ to respect [the] truce
0256 | verb | press _ to withdraw [its] troops
0256 | verb | press _ to withdraw troops
0256 | verb | press _ to withdraw [its] forces
0256 | verb | press _ to pull back [its] troops
0256 | verb | press _ to pull out [its] troops
0256 | verb | press _ to pull out
0256 | verb | press _ to withdraw
0256 | verb | press _ to pull back
0256 | verb | press _ to stop [the] attacks
0256 | verb | press _ to halt [the] attacks
0256 | verb | press _ to end [the] attacks
0256 | verb | press _ to stop [the] shelling
0256 | verb | press _ to halt [the] offensive
0256 | verb | press _ to stop [the] offensive
0256 | verb | press _ to end [the] offensive
0256 | verb | press _ to halt [the] bombing
0256 | verb | press _ to stop [the] bombing
0256 | verb | press _ to stop [the] airstrikes
0256 | verb | press _ to halt [the] airstrikes
0256 | verb | press _ to end hostilities
0256 | verb | press _ to cease hostilities
0256 | verb | press _ to stop hostilities
0256 | verb | press _ to end [the] violence
0256 | verb | press _ to stop [the] violence
0256 | verb | press _ to refrain from violence
0256 | verb | press _ to refrain from [the] use of force
0256 | verb | press _ to refrain from attacks
0256 | verb | press _ to refrain from military action
0256 | verb | press _ to avoid escalation
0256 | verb | press _ to avoid [an] escalation
0256 | verb | press _ to step back from [the] brink
0256 | verb | press _ to stand down [its] forces
0256 | verb | press _ to lay down [their] arms
0256 | verb | press _ to lay down [their] weapons
0256 | verb | press _ to put down [their] arms
0256 | verb | press _ to disarm
0256 | verb | press _ to demobilise
0256 | verb | press _ to demobilize
0256 | verb | press _ to lift [the] blockade
0256 | verb | press _ to end [the] blockade
0256 | verb | press _ to lift [the] siege
0256 | verb | press _ to end [the] siege
0256 | verb | press _ to end [the] occupation
0256 | verb | press _ to end [the] war
0256 | verb | press _ to end [the] conflict
0256 | verb | press _ to avoid provocations
0256 | verb | press _ to refrain from provocations
0256 | verb | press _ to stop [the] escalation
0256 | verb | call for [a] ceasefire
0256 | verb | call for [a] cease-fire
0256 | verb | call for [an] immediate ceasefire
0256 | verb | call for [an] immediate cease-fire
0256 | verb | call for [a] truce
0256 | verb | call for restraint
0256 | verb | call for maximum restraint
0256 | verb | call for de-escalation
0256 | verb | call for [an] end to [the] fighting
0256 | verb | call for [an] end to hostilities
0256 | verb | call for [an] end to [the] violence
0256 | verb | call for [an] end to [the] war
0256 | verb | call for [an] end to [the] conflict
0256 | verb | call for [an] end to [the] bloodshed
0256 | verb | call for [an] end to [the] attacks
0256 | verb | call for [an] end to [the] bombing
0256 | verb | call for [an] end to [the] occupation
0256 | verb | call for [an] end to [the] siege
0256 | verb | call for [an] end to [the] blockade
0256 | verb | call for [a] halt to [the] fighting
0256 | verb | call for [a] cessation of hostilities
0256 | verb | call for [the] withdrawal of troops
0256 | verb | call for [the] withdrawal of [its] troops
0256 | verb | call for [the] withdrawal of forces
0256 | verb | call for [a] troop withdrawal
0256 | verb | call for [a] pullout
0256 | verb | call for [a] humanitarian pause
0256 | verb | call for [a] humanitarian truce
0256 | verb | call for [a] humanitarian ceasefire
0256 | verb | call for [a] humanitarian cease-fire
0256 | verb | call for [a] pause in [the] fighting
0256 | verb | call for disarmament
0256 | verb | call for demilitarisation
0256 | verb | call for demilitarization
0256 | verb | call for [the] lifting of [the] blockade
0256 | verb | call for [the] lifting of [the] siege
0256 | verb | call for [an] armistice
0256 | verb | call for [a] permanent ceasefire
0256 | verb | call for [a] permanent cease-fire
0256 | verb | call for [a] lasting ceasefire
0256 | verb | call for [a] lasting cease-fire
0256 | verb | call for [a] sustainable ceasefire
0256 | verb | call for [a] sustainable cease-fire
0256 | verb | appeal for [a] ceasefire
0256 | verb | appeal for [a] cease-fire
0256 | verb | appeal for [an] immediate ceasefire
0256 | verb | appeal for [an] immediate cease-fire
0256 | verb | appeal for [a] truce
0256 | verb | appeal for restraint
0256 | verb | appeal for maximum restraint
0256 | verb | appeal for de-escalation
0256 | verb | appeal for [an] end to [the] fighting
0256 | verb | appeal for [an] end to hostilities
0256 | verb | appeal for [an] end to [the] violence
0256 | verb | appeal for [an] end to [the] war
0256 | verb | appeal for [an] end to [the] conflict
0256 | verb | appeal for [an] end to [the] bloodshed
0256 | verb | appeal for [an] end to [the] attacks
0256 | verb | appeal for [an] end to [the] bombing
0256 | verb | appeal for [an] end to [the] occupation
0256 | verb | appeal for [an] end to [the] siege
0256 | verb | appeal for [an] end to [the] blockade
0256 | verb | appeal for [a] halt to [the] fighting
0256 | verb | appeal for [a] cessation of hostilities
0256 | verb | appeal for [the] withdrawal of troops
0256 | verb | appeal for [the] withdrawal of [its] troops
0256 | verb | appeal for [the] withdrawal of forces
0256 | verb | appeal for [a] troop withdrawal
0256 | verb | appeal for [a] pullout
0256 | verb | appeal for [a] humanitarian pause
0256 | verb | appeal for [a] humanitarian truce
0256 | verb | appeal for [a] humanitarian ceasefire
0256 | verb | appeal for [a] humanitarian cease-fire
0256 | verb | appeal for [a] pause in [the] fighting
0256 | verb | appeal for disarmament
0256 | verb | appeal for demilitarisation
0256 | verb | appeal for demilitarization
0256 | verb | appeal for [the] lifting of [the] blockade
0256 | verb | appeal for [the] lifting of [the] siege
0256 | verb | appeal for [an] armistice
0256 | verb | appeal for [a] permanent ceasefire
0256 | verb | appeal for [a] permanent cease-fire
0256 | verb | appeal for [a] lasting ceasefire
0256 | verb | appeal for [a] lasting cease-fire
0256 | verb | appeal for [a] sustainable ceasefire
0256 | verb | appeal for [a] sustainable cease-fire
0256 | verb | press for [a] ceasefire
0256 | verb | press for [a] cease-fire
0256 | verb | press for [an] immediate ceasefire
0256 | verb | press for [an] immediate cease-fire
0256 | verb | press for [a] truce
0256 | verb | press for restraint
0256 | verb | press for maximum restraint
0256 | verb | press for de-escalation
0256 | verb | press for [an] end to [the] fighting
0256 | verb | press for [an] end to hostilities
0256 | verb | press for [an] end to [the] violence
0256 | verb | press for [an] end to [the] war
0256 | verb | press for [an] end to [the] conflict
0256 | verb | press for [an] end to [the] bloodshed
0256 | verb | press for [an] end to [the] attacks
0256 | verb | press for [an] end to [the] bombing
0256 | verb | press for [an] end to [the] occupation
0256 | verb | press for [an] end to [the] siege
0256 | verb | press for [an] end to [the] blockade
0256 | verb | press for [a] halt to [the] fighting
0256 | verb | press for [a] cessation of hostilities
0256 | verb | press for [the] withdrawal of troops
0256 | verb | press for [the] withdrawal of [its] troops
0256 | verb | press for [the] withdrawal of forces
0256 | verb | press for [a] troop withdrawal
0256 | verb | press for [a] pullout
0256 | verb | press for [a] humanitarian pause
0256 | verb | press for [a] humanitarian truce
0256 | verb | press for [a] humanitarian ceasefire
0256 | verb | press for [a] humanitarian cease-fire
0256 | verb | press for [a] pause in [the] fighting
0256 | verb | press for disarmament
0256 | verb | press for demilitarisation
0256 | verb | press for demilitarization
0256 | verb | press for [the] lifting of [the] blockade
0256 | verb | press for [the] lifting of [the] siege
0256 | verb | press for [an] armistice
0256 | verb | press for [a] permanent ceasefire
0256 | verb | press for [a] permanent cease-fire
0256 | verb | press for [a] lasting ceasefire
0256 | verb | press for [a] lasting cease-fire
0256 | verb | press for [a] sustainable ceasefire
0256 | verb | press for [a] sustainable cease-fire
0256 | verb | urge [a] ceasefire
0256 | verb | urge [a] cease-fire
0256 | verb | urge [an] immediate ceasefire
0256 | verb | urge [an] immediate cease-fire
0256 | verb | urge [a] truce
0256 | verb | urge restraint
0256 | verb | urge maximum restraint
0256 | verb | urge de-escalation
0256 | verb | urge [an] end to [the] fighting
0256 | verb | urge [an] end to hostilities
0256 | verb | urge [an] end to [the] violence
0256 | verb | urge [an] end to [the] war
0256 | verb | urge [an] end to [the] conflict
0256 | verb | urge [an] end to [the] bloodshed
0256 | verb | urge [an] end to [the] attacks
0256 | verb | urge [an] end to [the] bombing
0256 | verb | urge [an] end to [the] occupation
0256 | verb | urge [an] end to [the] siege
0256 | verb | urge [an] end to [the] blockade
0256 | verb | urge [a] halt to [the] fighting
0256 | verb | urge [a] cessation of hostilities
0256 | verb | urge [the] withdrawal of troops
0256 | verb | urge [the] withdrawal of [its] troops
0256 | verb | urge [the] withdrawal of forces
0256 | verb | urge [a] troop withdrawal
0256 | verb | urge [a] pullout
0256 | verb | urge [a] humanitarian pause
0256 | verb | urge [a] humanitarian truce
0256 | verb | urge [a] humanitarian ceasefire
0256 | verb | urge [a] humanitarian cease-fire
0256 | verb | urge [a] pause in [the] fighting
0256 | verb | urge disarmament
0256 | verb | urge demilitarisation
0256 | verb | urge demilitarization
0256 | verb | urge [the] lifting of [the] blockade
0256 | verb | urge [the] lifting of [the] siege
0256 | verb | urge [an] armistice
0256 | verb | urge [a] permanent ceasefire
0256 | verb | urge [a] permanent cease-fire
0256 | verb | urge [a] lasting ceasefire
0256 | verb | urge [a] lasting cease-fire
0256 | verb | urge [a] sustainable ceasefire
0256 | verb | urge [a] sustainable cease-fire

# 026 Appeal to others to meet or negotiate
026 | verb | call on _ to hold talks
026 | verb | call on _ to hold talks with
026 | verb | call on _ to resume talks
026 | verb | call on _ to resume talks with
026 | verb | call on _ to start talks
026 | verb | call on _ to begin talks
026 | verb | call on _ to open talks
026 | verb | call on _ to return to [the] talks
026 | verb | call on _ to come to [the] negotiating table
026 | verb | call on _ to return to [the] negotiating table
026 | verb | call on _ to sit down with
026 | verb | call on _ to meet
026 | verb | call on _ to meet with
026 | verb | call on _ to negotiate
026 | verb | call on _ to negotiate with
026 | verb | call on _ to engage in talks
026 | verb | call on _ to enter talks
026 | verb | call on _ to enter into negotiations
026 | verb | call on _ to start negotiations
026 | verb | call on _ to resume negotiations
026 | verb | call on _ to begin negotiations
026 | verb | call on _ to open negotiations
026 | verb | call on _ to start [a] dialogue
026 | verb | call on _ to resume [the] dialogue
026 | verb | call on _ to engage in dialogue
026 | verb | call on _ to open [a] dialogue
026 | verb | call on _ to hold [a] dialogue
026 | verb | call on _ to join [the] talks
026 | verb | call on _ to attend [the] talks
026 | verb | call on _ to take part in [the] talks
026 | verb | call on _ to participate in [the] talks
026 | verb | call on _ to attend [the] summit
026 | verb | call on _ to attend [the] conference
026 | verb | call on _ to attend [the] meeting
026 | verb | call on _ to join [the] negotiations
026 | verb | call on _ to engage
026 | verb | call on _ to engage with
026 | verb | call on _ to engage diplomatically
026 | verb | call on _ to pursue dialogue
026 | verb | call on _ to pursue diplomacy
026 | verb | call on _ to talk to
026 | verb | call on _ to talk with
026 | verb | call on _ to convene [a] meeting
026 | verb | call on _ to convene [an] emergency meeting
026 | verb | call on _ to hold [a] summit
026 | verb | urge _ to hold talks
026 | verb | urge _ to hold talks with
026 | verb | urge _ to resume talks
026 | verb | urge _ to resume talks with
026 | verb | urge _ to start talks
026 | verb | urge _ to begin talks
026 | verb | urge _ to open talks
026 | verb | urge _ to return to [the] talks
026 | verb | urge _ to come to [the] negotiating table
026 | verb | urge _ to return to [the] negotiating table
026 | verb | urge _ to sit down with
026 | verb | urge _ to meet
026 | verb | urge _ to meet with
026 | verb | urge _ to negotiate
026 | verb | urge _ to negotiate with
026 | verb | urge _ to engage in talks
026 | verb | urge _ to enter talks
026 | verb | urge _ to enter into negotiations
026 | verb | urge _ to start negotiations
026 | verb | urge _ to resume negotiations
026 | verb | urge _ to begin negotiations
026 | verb | urge _ to open negotiations
026 | verb | urge _ to start [a] dialogue
026 | verb | urge _ to resume [the] dialogue
026 | verb | urge _ to engage in dialogue
026 | verb | urge _ to open [a] dialogue
026 | verb | urge _ to hold [a] dialogue
026 | verb | urge _ to join [the] talks
026 | verb | urge _ to attend [the] talks
026 | verb | urge _ to take part in [the] talks
026 | verb | urge _ to participate in [the] talks
026 | verb | urge _ to attend [the] summit
026 | verb | urge _ to attend [the] conference
026 | verb | urge _ to attend [the] meeting
026 | verb | urge _ to join [the] negotiations
026 | verb | urge _ to engage
026 | verb | urge _ to engage with
026 | verb | urge _ to engage diplomatically
026 | verb | urge _ to pursue dialogue
026 | verb | urge _ to pursue diplomacy
026 | verb | urge _ to talk to
026 | verb | urge _ to talk with
026 | verb | urge _ to convene [a] meeting
026 | verb | urge _ to convene [an] emergency meeting
026 | verb | urge _ to hold [a] summit
026 | verb | appeal to _ to hold talks
026 | verb | appeal to _ to hold talks with
026 | verb | appeal to _ to resume talks
026 | verb | appeal to _ to resume talks with
026 | verb | appeal to _ to start talks
026 | verb | appeal to _ to begin talks
026 | verb | appeal to _ to open talks
026 | verb | appeal to _ to return to [the] talks
026 | verb | appeal to _ to come to [the] negotiating table
026 | verb | appeal to _ to return to [the] negotiating table
026 | verb | appeal to _ to sit down with
026 | verb | appeal to _ to meet
026 | verb | appeal to _ to meet with
026 | verb | appeal to _ to negotiate
026 | verb | appeal to _ to negotiate with
026 | verb | appeal to _ to engage in talks
026 | verb | appeal to _ to enter talks
026 | verb | appeal to _ to enter into negotiations
026 | verb | appeal to _ to start negotiations
026 | verb | appeal to _ to resume negotiations
026 | verb | appeal to _ to begin negotiations
026 | verb | appeal to _ to open negotiations
026 | verb | appeal to _ to start [a] dialogue
026 | verb | appeal to _ to resume [the] dialogue
026 | verb | appeal to _ to engage in dialogue
026 | verb | appeal to _ to open [a] dialogue
026 | verb | appeal to _ to hold [a] dialogue
026 | verb | appeal to _ to join [the] talks
026 | verb | appeal to _ to attend [the] talks
026 | verb | appeal to _ to take part in [the] talks
026 | verb | appeal to _ to participate in [the] talks
026 | verb | appeal to _ to attend [the] summit
026 | verb | appeal to _ to attend [the] conference
026 | verb | appeal to _ to attend [the] meeting
026 | verb | appeal to _ to join [the] negotiations
026 | verb | appeal to _ to engage
026 | verb | appeal to _ to engage with
026 | verb | appeal to _ to engage diplomatically
026 | verb | appeal to _ to pursue dialogue
026 | verb | appeal to _ to pursue diplomacy
026 | verb | appeal to _ to talk to
026 | verb | appeal to _ to talk with
026 | verb | appeal to _ to convene [a] meeting
026 | verb | appeal to _ to convene [an] emergency meeting
026 | verb | appeal to _ to hold [a] summit
026 | verb | ask _ to hold talks
026 | verb | ask _ to hold talks with
026 | verb | ask _ to resume talks
026 | verb | ask _ to resume talks with
026 | verb | ask _ to start talks
026 | verb | ask _ to begin talks
026 | verb | ask _ to open talks
026 | verb | ask _ to return to [the] talks
026 | verb | ask _ to come to [the] negotiating table
026 | verb | ask _ to return to [the] negotiating table
026 | verb | ask _ to sit down with
026 | verb | ask _ to meet
026 | verb | ask _ to meet with
026 | verb | ask _ to negotiate
026 | verb | ask _ to negotiate with
026 | verb | ask _ to engage in talks
026 | verb | ask _ to enter talks
026 | verb | ask _ to enter into negotiations
026 | verb | ask _ to start negotiations
026 | verb | ask _ to resume negotiations
026 | verb | ask _ to begin negotiations
026 | verb | ask _ to open negotiations
026 | verb | ask _ to start [a] dialogue
026 | verb | ask _ to resume [the] dialogue
026 | verb | ask _ to engage in dialogue
026 | verb | ask _ to open [a] dialogue
026 | verb | ask _ to hold [a] dialogue
026 | verb | ask _ to join [the] talks
026 | verb | ask _ to attend [the] talks
026 | verb | ask _ to take part in [the] talks
026 | verb | ask _ to participate in [the] talks
026 | verb | ask _ to attend [the] summit
026 | verb | ask _ to attend [the] conference
026 | verb | ask _ to attend [the] meeting
026 | verb | ask _ to join [the] negotiations
026 | verb | ask _ to engage
026 | verb | ask _ to engage with
026 | verb | ask _ to engage diplomatically
026 | verb | ask _ to pursue dialogue
026 | verb | ask _ to pursue diplomacy
026 | verb | ask _ to talk to
026 | verb | ask _ to talk with
026 | verb | ask _ to convene [a] meeting
026 | verb | ask _ to convene [an] emergency meeting
026 | verb | ask _ to hold [a] summit
026 | verb | press _ to hold talks
026 | verb | press _ to hold talks with
026 | verb | press _ to resume talks
026 | verb | press _ to resume talks with
026 | verb | press _ to start talks
026 | verb | press _ to begin talks
026 | verb | press _ to open talks
026 | verb | press _ to return to [the] talks
026 | verb | press _ to come to [the] negotiating table
026 | verb | press _ to return to [the] negotiating table
026 | verb | press _ to sit down with
026 | verb | press _ to meet
026 | verb | press _ to meet with
026 | verb | press _ to negotiate
026 | verb | press _ to negotiate with
026 | verb | press _ to engage in talks
026 | verb | press _ to enter talks
026 | verb | press _ to enter into negotiations
026 | verb | press _ to start negotiations
026 | verb | press _ to resume negotiations
026 | verb | press _ to begin negotiations
026 | verb | press _ to open negotiations
026 | verb | press _ to start [a] dialogue
026 | verb | press _ to resume [the] dialogue
026 | verb | press _ to engage in dialogue
026 | verb | press _ to open [a] dialogue
026 | verb | press _ to hold [a] dialogue
026 | verb | press _ to join [the] talks
026 | verb | press _ to attend [the] talks
026 | verb | press _ to take part in [the] talks
026 | verb | press _ to participate in [the] talks
026 | verb | press _ to attend [the] summit
026 | verb | press _ to attend [the] conference
026 | verb | press _ to attend [the] meeting
026 | verb | press _ to join [the] negotiations
026 | verb | press _ to engage
026 | verb | press _ to engage with
026 | verb | press _ to engage diplomatically
026 | verb | press _ to pursue dialogue
026 | verb | press _ to pursue diplomacy
026 | verb | press _ to talk to
026 | verb | press _ to talk with
026 | verb | press _ to convene [a] meeting
026 | verb | press _ to convene [an] emergency meeting
026 | verb | press _ to hold [a] summit
026 | verb | call for talks
026 | verb | call for negotiations
026 | verb | call for [a] dialogue
026 | verb | call for direct talks
026 | verb | call for peace talks
026 | verb | call for [a] meeting
026 | verb | call for [a] summit
026 | verb | call for new talks
026 | verb | call for [a] resumption of [the] talks
026 | verb | call for [a] resumption of [the] negotiations
026 | verb | call for [a] resumption of [the] dialogue
026 | verb | call for [a] return to [the] talks
026 | verb | call for [a] return to [the] negotiating table
026 | verb | call for direct negotiations
026 | verb | call for face-to-face talks
026 | verb | call for high-level talks
026 | verb | call for diplomacy
026 | verb | call for [a] conference
026 | verb | call for [an] emergency meeting
026 | verb | call for [an] urgent meeting
026 | verb | call for [an] emergency session
026 | verb | call for urgent talks
026 | verb | call for [an] international conference
026 | verb | call for [a] peace conference
026 | verb | appeal for talks
026 | verb | appeal for negotiations
026 | verb | appeal for [a] dialogue
026 | verb | appeal for direct talks
026 | verb | appeal for peace talks
026 | verb | appeal for [a] meeting
026 | verb | appeal for [a] summit
026 | verb | appeal for new talks
026 | verb | appeal for [a] resumption of [the] talks
026 | verb | appeal for [a] resumption of [the] negotiations
026 | verb | appeal for [a] resumption of [the] dialogue
026 | verb | appeal for [a] return to [the] talks
026 | verb | appeal for [a] return to [the] negotiating table
026 | verb | appeal for direct negotiations
026 | verb | appeal for face-to-face talks
026 | verb | appeal for high-level talks
026 | verb | appeal for diplomacy
026 | verb | appeal for [a] conference
026 | verb | appeal for [an] emergency meeting
026 | verb | appeal for [an] urgent meeting
026 | verb | appeal for [an] emergency session
026 | verb | appeal for urgent talks
026 | verb | appeal for [an] international conference
026 | verb | appeal for [a] peace conference
026 | verb | press for talks
026 | verb | press for negotiations
026 | verb | press for [a] dialogue
026 | verb | press for direct talks
026 | verb | press for peace talks
026 | verb | press for [a] meeting
026 | verb | press for [a] summit
026 | verb | press for new talks
026 | verb | press for [a] resumption of [the] talks
026 | verb | press for [a] resumption of [the] negotiations
026 | verb | press for [a] resumption of [the] dialogue
026 | verb | press for [a] return to [the] talks
026 | verb | press for [a] return to [the] negotiating table
026 | verb | press for direct negotiations
026 | verb | press for face-to-face talks
026 | verb | press for high-level talks
026 | verb | press for diplomacy
026 | verb | press for [a] conference
026 | verb | press for [an] emergency meeting
026 | verb | press for [an] urgent meeting
026 | verb | press for [an] emergency session
026 | verb | press for urgent talks
026 | verb | press for [an] international conference
026 | verb | press for [a] peace conference
026 | verb | urge talks
026 | verb | urge negotiations
026 | verb | urge [a] dialogue
026 | verb | urge direct talks
026 | verb | urge peace talks
026 | verb | urge [a] meeting
026 | verb | urge [a] summit
026 | verb | urge new talks
026 | verb | urge [a] resumption of [the] talks
026 | verb | urge [a] resumption of [the] negotiations
026 | verb | urge [a] resumption of [the] dialogue
026 | verb | urge [a] return to [the] talks
026 | verb | urge [a] return to [the] negotiating table
026 | verb | urge direct negotiations
026 | verb | urge face-to-face talks
026 | verb | urge high-level talks
026 | verb | urge diplomacy
026 | verb | urge [a] conference
026 | verb | urge [an] emergency meeting
026 | verb | urge [an] urgent meeting
026 | verb | urge [an] emergency session
026 | verb | urge urgent talks
026 | verb | urge [an] international conference
026 | verb | urge [a] peace conference
026 | verb | seek talks
026 | verb | seek talks with
026 | verb | seek [a] meeting with
026 | verb | request [a] meeting with
026 | verb | request talks
026 | verb | request talks with
026 | verb | ask for talks
026 | verb | ask for [a] meeting with
026 | verb | seek [an] audience with
026 | verb | request [an] audience with
026 | verb | seek [a] summit with
026 | verb | request [an] emergency meeting
026 | verb | request [an] emergency session of
026 | verb | call [an] emergency meeting
026 | verb | call for [an] emergency meeting of
026 | verb | seek [a] phone call with
026 | verb | request [a] phone call with

# 027 Appeal to others to settle dispute
027 | verb | call on _ to settle [the] dispute
027 | verb | call on _ to resolve [the] dispute
027 | verb | call on _ to resolve [the] conflict
027 | verb | call on _ to end [the] dispute
027 | verb | call on _ to settle [their] differences
027 | verb | call on _ to resolve [their] differences
027 | verb | call on _ to resolve [the] issue
027 | verb | call on _ to resolve [the] issues
027 | verb | call on _ to find [a] solution
027 | verb | call on _ to find [a] political solution
027 | verb | call on _ to find [a] peaceful solution
027 | verb | call on _ to seek [a] peaceful solution
027 | verb | call on _ to reach [an] agreement
027 | verb | call on _ to reach [a] deal
027 | verb | call on _ to reach [a] settlement
027 | verb | call on _ to make peace
027 | verb | call on _ to make peace with
027 | verb | call on _ to reconcile
027 | verb | call on _ to end [the] standoff
027 | verb | call on _ to resolve [the] crisis
027 | verb | call on _ to defuse [the] crisis
027 | verb | call on _ to settle [the] conflict
027 | verb | call on _ to solve [the] conflict
027 | verb | call on _ to work out [their] differences
027 | verb | call on _ to find [a] compromise
027 | verb | call on _ to reach [a] compromise
027 | verb | call on _ to agree to [the] peace deal
027 | verb | call on _ to accept [the] peace plan
027 | verb | call on _ to sign [the] peace deal
027 | verb | call on _ to sign [the] peace agreement
027 | verb | call on _ to implement [the] peace agreement
027 | verb | call on _ to implement [the] peace deal
027 | verb | call on _ to implement [the] peace accord
027 | verb | call on _ to respect [the] peace agreement
027 | verb | call on _ to resolve disputes peacefully
027 | verb | call on _ to settle disputes peacefully
027 | verb | urge _ to settle [the] dispute
027 | verb | urge _ to resolve [the] dispute
027 | verb | urge _ to resolve [the] conflict
027 | verb | urge _ to end [the] dispute
027 | verb | urge _ to settle [their] differences
027 | verb | urge _ to resolve [their] differences
027 | verb | urge _ to resolve [the] issue
027 | verb | urge _ to resolve [the] issues
027 | verb | urge _ to find [a] solution
027 | verb | urge _ to find [a] political solution
027 | verb | urge _ to find [a] peaceful solution
027 | verb | urge _ to seek [a] peaceful solution
027 | verb | urge _ to reach [an] agreement
027 | verb | urge _ to reach [a] deal
027 | verb | urge _ to reach [a] settlement
027 | verb | urge _ to make peace
027 | verb | urge _ to make peace with
027 | verb | urge _ to reconcile
027 | verb | urge _ to end [the] standoff
027 | verb | urge _ to resolve [the] crisis
027 | verb | urge _ to defuse [the] crisis
027 | verb | urge _ to settle [the] conflict
027 | verb | urge _ to solve [the] conflict
027 | verb | urge _ to work out [their] differences
027 | verb | urge _ to find [a] compromise
027 | verb | urge _ to reach [a] compromise
027 | verb | urge _ to agree to [the] peace deal
027 | verb | urge _ to accept [the] peace plan
027 | verb | urge _ to sign [the] peace deal
027 | verb | urge _ to sign [the] peace agreement
027 | verb | urge _ to implement [the] peace agreement
027 | verb | urge _ to implement [the] peace deal
027 | verb | urge _ to implement [the] peace accord
027 | verb | urge _ to respect [the] peace agreement
027 | verb | urge _ to resolve disputes peacefully
027 | verb | urge _ to settle disputes peacefully
027 | verb | appeal to _ to settle [the] dispute
027 | verb | appeal to _ to resolve [the] dispute
027 | verb | appeal to _ to resolve [the] conflict
027 | verb | appeal to _ to end [the] dispute
027 | verb | appeal to _ to settle [their] differences
027 | verb | appeal to _ to resolve [their] differences
027 | verb | appeal to _ to resolve [the] issue
027 | verb | appeal to _ to resolve [the] issues
027 | verb | appeal to _ to find [a] solution
027 | verb | appeal to _ to find [a] political solution
027 | verb | appeal to _ to find [a] peaceful solution
027 | verb | appeal to _ to seek [a] peaceful solution
027 | verb | appeal to _ to reach [an] agreement
027 | verb | appeal to _ to reach [a] deal
027 | verb | appeal to _ to reach [a] settlement
027 | verb | appeal to _ to make peace
027 | verb | appeal to _ to make peace with
027 | verb | appeal to _ to reconcile
027 | verb | appeal to _ to end [the] standoff
027 | verb | appeal to _ to resolve [the] crisis
027 | verb | appeal to _ to defuse [the] crisis
027 | verb | appeal to _ to settle [the] conflict
027 | verb | appeal to _ to solve [the] conflict
027 | verb | appeal to _ to work out [their] differences
027 | verb | appeal to _ to find [a] compromise
027 | verb | appeal to _ to reach [a] compromise
027 | verb | appeal to _ to agree to [the] peace deal
027 | verb | appeal to _ to accept [the] peace plan
027 | verb | appeal to _ to sign [the] peace deal
027 | verb | appeal to _ to sign [the] peace agreement
027 | verb | appeal to _ to implement [the] peace agreement
027 | verb | appeal to _ to implement [the] peace deal
027 | verb | appeal to _ to implement [the] peace accord
027 | verb | appeal to _ to respect [the] peace agreement
027 | verb | appeal to _ to resolve disputes peacefully
027 | verb | appeal to _ to settle disputes peacefully
027 | verb | ask _ to settle [the] dispute
027 | verb | ask _ to resolve [the] dispute
027 | verb | ask _ to resolve [the] conflict
027 | verb | ask _ to end [the] dispute
027 | verb | ask _ to settle [their] differences
027 | verb | ask _ to resolve [their] differences
027 | verb | ask _ to resolve [the] issue
027 | verb | ask _ to resolve [the] issues
027 | verb | ask _ to find [a] solution
027 | verb | ask _ to find [a] political solution
027 | verb | ask _ to find [a] peaceful solution
027 | verb | ask _ to seek [a] peaceful solution
027 | verb | ask _ to reach [an] agreement
027 | verb | ask _ to reach [a] deal
027 | verb | ask _ to reach [a] settlement
027 | verb | ask _ to make peace
027 | verb | ask _ to make peace with
027 | verb | ask _ to reconcile
027 | verb | ask _ to end [the] standoff
027 | verb | ask _ to resolve [the] crisis
027 | verb | ask _ to defuse [the] crisis
027 | verb | ask _ to settle [the] conflict
027 | verb | ask _ to solve [the] conflict
027 | verb | ask _ to work out [their] differences
027 | verb | ask _ to find [a] compromise
027 | verb | ask _ to reach [a] compromise
027 | verb | ask _ to agree to [the] peace deal
027 | verb | ask _ to accept [the] peace plan
027 | verb | ask _ to sign [the] peace deal
027 | verb | ask _ to sign [the] peace agreement
027 | verb | ask _ to implement [the] peace agreement
027 | verb | ask _ to implement [the] peace deal
027 | verb | ask _ to implement [the] peace accord
027 | verb | ask _ to respect [the] peace agreement
027 | verb | ask _ to resolve disputes peacefully
027 | verb | ask _ to settle disputes peacefully
027 | verb | press _ to settle [the] dispute
027 | verb | press _ to resolve [the] dispute
027 | verb | press _ to resolve [the] conflict
027 | verb | press _ to end [the] dispute
027 | verb | press _ to settle [their] differences
027 | verb | press _ to resolve [their] differences
027 | verb | press _ to resolve [the] issue
027 | verb | press _ to resolve [the] issues
027 | verb | press _ to find [a] solution
027 | verb | press _ to find [a] political solution
027 | verb | press _ to find [a] peaceful solution
027 | verb | press _ to seek [a] peaceful solution
027 | verb | press _ to reach [an] agreement
027 | verb | press _ to reach [a] deal
027 | verb | press _ to reach [a] settlement
027 | verb | press _ to make peace
027 | verb | press _ to make peace with
027 | verb | press _ to reconcile
027 | verb | press _ to end [the] standoff
027 | verb | press _ to resolve [the] crisis
027 | verb | press _ to defuse [the] crisis
027 | verb | press _ to settle [the] conflict
027 | verb | press _ to solve [the] conflict
027 | verb | press _ to work out [their] differences
027 | verb | press _ to find [a] compromise
027 | verb | press _ to reach [a] compromise
027 | verb | press _ to agree to [the] peace deal
027 | verb | press _ to accept [the] peace plan
027 | verb | press _ to sign [the] peace deal
027 | verb | press _ to sign [the] peace agreement
027 | verb | press _ to implement [the] peace agreement
027 | verb | press _ to implement [the] peace deal
027 | verb | press _ to implement [the] peace accord
027 | verb | press _ to respect [the] peace agreement
027 | verb | press _ to resolve disputes peacefully
027 | verb | press _ to settle disputes peacefully
027 | verb | call for [a] peaceful solution
027 | verb | call for [a] political solution
027 | verb | call for [a] peaceful settlement
027 | verb | call for [a] negotiated settlement
027 | verb | call for [a] negotiated solution
027 | verb | call for [a] diplomatic solution
027 | verb | call for [a] political settlement
027 | verb | call for [a] peaceful resolution
027 | verb | call for peace
027 | verb | call for [a] peace deal
027 | verb | call for [a] peace agreement
027 | verb | call for reconciliation
027 | verb | call for [a] settlement
027 | verb | call for [a] two-state solution
027 | verb | call for lasting peace
027 | verb | call for [a] durable solution
027 | verb | call for [a] resolution of [the] dispute
027 | verb | call for [a] resolution of [the] conflict
027 | verb | call for [a] resolution of [the] crisis
027 | verb | call for national reconciliation
027 | verb | call for [a] just solution
027 | verb | call for [a] comprehensive settlement
027 | verb | call for [a] lasting solution
027 | verb | appeal for [a] peaceful solution
027 | verb | appeal for [a] political solution
027 | verb | appeal for [a] peaceful settlement
027 | verb | appeal for [a] negotiated settlement
027 | verb | appeal for [a] negotiated solution
027 | verb | appeal for [a] diplomatic solution
027 | verb | appeal for [a] political settlement
027 | verb | appeal for [a] peaceful resolution
027 | verb | appeal for peace
027 | verb | appeal for [a] peace deal
027 | verb | appeal for [a] peace agreement
027 | verb | appeal for reconciliation
027 | verb | appeal for [a] settlement
027 | verb | appeal for [a] two-state solution
027 | verb | appeal for lasting peace
027 | verb | appeal for [a] durable solution
027 | verb | appeal for [a] resolution of [the] dispute
027 | verb | appeal for [a] resolution of [the] conflict
027 | verb | appeal for [a] resolution of [the] crisis
027 | verb | appeal for national reconciliation
027 | verb | appeal for [a] just solution
027 | verb | appeal for [a] comprehensive settlement
027 | verb | appeal for [a] lasting solution
027 | verb | press for [a] peaceful solution
027 | verb | press for [a] political solution
027 | verb | press for [a] peaceful settlement
027 | verb | press for [a] negotiated settlement
027 | verb | press for [a] negotiated solution
027 | verb | press for [a] diplomatic solution
027 | verb | press for [a] political settlement
027 | verb | press for [a] peaceful resolution
027 | verb | press for peace
027 | verb | press for [a] peace deal
027 | verb | press for [a] peace agreement
027 | verb | press for reconciliation
027 | verb | press for [a] settlement
027 | verb | press for [a] two-state solution
027 | verb | press for lasting peace
027 | verb | press for [a] durable solution
027 | verb | press for [a] resolution of [the] dispute
027 | verb | press for [a] resolution of [the] conflict
027 | verb | press for [a] resolution of [the] crisis
027 | verb | press for national reconciliation
027 | verb | press for [a] just solution
027 | verb | press for [a] comprehensive settlement
027 | verb | press for [a] lasting solution
027 | verb | urge [a] peaceful solution
027 | verb | urge [a] political solution
027 | verb | urge [a] peaceful settlement
027 | verb | urge [a] negotiated settlement
027 | verb | urge [a] negotiated solution
027 | verb | urge [a] diplomatic solution
027 | verb | urge [a] political settlement
027 | verb | urge [a] peaceful resolution
027 | verb | urge peace
027 | verb | urge [a] peace deal
027 | verb | urge [a] peace agreement
027 | verb | urge reconciliation
027 | verb | urge [a] settlement
027 | verb | urge [a] two-state solution
027 | verb | urge lasting peace
027 | verb | urge [a] durable solution
027 | verb | urge [a] resolution of [the] dispute
027 | verb | urge [a] resolution of [the] conflict
027 | verb | urge [a] resolution of [the] crisis
027 | verb | urge national reconciliation
027 | verb | urge [a] just solution
027 | verb | urge [a] comprehensive settlement
027 | verb | urge [a] lasting solution

# 028 Appeal to others to engage in or accept mediation
028 | verb | call on _ to accept mediation
028 | verb | call on _ to accept [the] offer of mediation
028 | verb | call on _ to allow mediation
028 | verb | call on _ to agree to mediation
028 | verb | call on _ to accept [a] mediator
028 | verb | call on _ to seek mediation
028 | verb | call on _ to turn to mediation
028 | verb | call on _ to submit to arbitration
028 | verb | call on _ to accept arbitration
028 | verb | call on _ to go to arbitration
028 | verb | call on _ to accept [the] good offices of
028 | verb | call on _ to mediate
028 | verb | call on _ to mediate between
028 | verb | call on _ to act as [a] mediator
028 | verb | call on _ to use [its] good offices
028 | verb | call on _ to broker [a] deal
028 | verb | call on _ to broker [a] ceasefire
028 | verb | call on _ to broker [a] cease-fire
028 | verb | call on _ to facilitate talks
028 | verb | call on _ to intervene diplomatically
028 | verb | urge _ to accept mediation
028 | verb | urge _ to accept [the] offer of mediation
028 | verb | urge _ to allow mediation
028 | verb | urge _ to agree to mediation
028 | verb | urge _ to accept [a] mediator
028 | verb | urge _ to seek mediation
028 | verb | urge _ to turn to mediation
028 | verb | urge _ to submit to arbitration
028 | verb | urge _ to accept arbitration
028 | verb | urge _ to go to arbitration
028 | verb | urge _ to accept [the] good offices of
028 | verb | urge _ to mediate
028 | verb | urge _ to mediate between
028 | verb | urge _ to act as [a] mediator
028 | verb | urge _ to use [its] good offices
028 | verb | urge _ to broker [a] deal
028 | verb | urge _ to broker [a] ceasefire
028 | verb | urge _ to broker [a] cease-fire
028 | verb | urge _ to facilitate talks
028 | verb | urge _ to intervene diplomatically
028 | verb | appeal to _ to accept mediation
028 | verb | appeal to _ to accept [the] offer of mediation
028 | verb | appeal to _ to allow mediation
028 | verb | appeal to _ to agree to mediation
028 | verb | appeal to _ to accept [a] mediator
028 | verb | appeal to _ to seek mediation
028 | verb | appeal to _ to turn to mediation
028 | verb | appeal to _ to submit to arbitration
028 | verb | appeal to _ to accept arbitration
028 | verb | appeal to _ to go to arbitration
028 | verb | appeal to _ to accept [the] good offices of
028 | verb | appeal to _ to mediate
028 | verb | appeal to _ to mediate between
028 | verb | appeal to _ to act as [a] mediator
028 | verb | appeal to _ to use [its] good offices
028 | verb | appeal to _ to broker [a] deal
028 | verb | appeal to _ to broker [a] ceasefire
028 | verb | appeal to _ to broker [a] cease-fire
028 | verb | appeal to _ to facilitate talks
028 | verb | appeal to _ to intervene diplomatically
028 | verb | ask _ to accept mediation
028 | verb | ask _ to accept [the] offer of mediation
028 | verb | ask _ to allow mediation
028 | verb | ask _ to agree to mediation
028 | verb | ask _ to accept [a] mediator
028 | verb | ask _ to seek mediation
028 | verb | ask _ to turn to mediation
028 | verb | ask _ to submit to arbitration
028 | verb | ask _ to accept arbitration
028 | verb | ask _ to go to arbitration
028 | verb | ask _ to accept [the] good offices of
028 | verb | ask _ to mediate
028 | verb | ask _ to mediate between
028 | verb | ask _ to act as [a] mediator
028 | verb | ask _ to use [its] good offices
028 | verb | ask _ to broker [a] deal
028 | verb | ask _ to broker [a] ceasefire
028 | verb | ask _ to broker [a] cease-fire
028 | verb | ask _ to facilitate talks
028 | verb | ask _ to intervene diplomatically
028 | verb | press _ to accept mediation
028 | verb | press _ to accept [the] offer of mediation
028 | verb | press _ to allow mediation
028 | verb | press _ to agree to mediation
028 | verb | press _ to accept [a] mediator
028 | verb | press _ to seek mediation
028 | verb | press _ to turn to mediation
028 | verb | press _ to submit to arbitration
028 | verb | press _ to accept arbitration
028 | verb | press _ to go to arbitration
028 | verb | press _ to accept [the] good offices of
028 | verb | press _ to mediate
028 | verb | press _ to mediate between
028 | verb | press _ to act as [a] mediator
028 | verb | press _ to use [its] good offices
028 | verb | press _ to broker [a] deal
028 | verb | press _ to broker [a] ceasefire
028 | verb | press _ to broker [a] cease-fire
028 | verb | press _ to facilitate talks
028 | verb | press _ to intervene diplomatically
028 | verb | call for mediation
028 | verb | call for international mediation
028 | verb | call for arbitration
028 | verb | call for [a] mediator
028 | verb | call for third-party mediation
028 | verb | call for UN mediation
028 | verb | call for [the] good offices of
028 | verb | call for facilitation
028 | verb | call for [a] neutral mediator
028 | verb | call for mediation by
028 | verb | appeal for mediation
028 | verb | appeal for international mediation
028 | verb | appeal for arbitration
028 | verb | appeal for [a] mediator
028 | verb | appeal for third-party mediation
028 | verb | appeal for UN mediation
028 | verb | appeal for [the] good offices of
028 | verb | appeal for facilitation
028 | verb | appeal for [a] neutral mediator
028 | verb | appeal for mediation by
028 | verb | press for mediation
028 | verb | press for international mediation
028 | verb | press for arbitration
028 | verb | press for [a] mediator
028 | verb | press for third-party mediation
028 | verb | press for UN mediation
028 | verb | press for [the] good offices of
028 | verb | press for facilitation
028 | verb | press for [a] neutral mediator
028 | verb | press for mediation by
028 | verb | urge mediation
028 | verb | urge international mediation
028 | verb | urge arbitration
028 | verb | urge [a] mediator
028 | verb | urge third-party mediation
028 | verb | urge UN mediation
028 | verb | urge [the] good offices of
028 | verb | urge facilitation
028 | verb | urge [a] neutral mediator
028 | verb | urge mediation by
028 | verb | seek mediation
028 | verb | seek international mediation
028 | verb | seek arbitration
028 | verb | seek [a] mediator
028 | verb | seek third-party mediation
028 | verb | seek UN mediation
028 | verb | seek [the] good offices of
028 | verb | seek facilitation
028 | verb | seek [a] neutral mediator
028 | verb | seek mediation by
028 | verb | invite _ to mediate

# 030 Express intent to cooperate, not specified below
030 | verb | pledge to cooperate
030 | verb | pledge to cooperate with
030 | verb | pledge to work together
030 | verb | pledge to work with
030 | verb | pledge to work closely with
030 | verb | pledge to strengthen cooperation
030 | verb | pledge to deepen cooperation
030 | verb | pledge to expand cooperation
030 | verb | pledge to boost cooperation
030 | verb | pledge to enhance cooperation
030 | verb | pledge to step up cooperation
030 | verb | pledge to increase cooperation
030 | verb | pledge to broaden cooperation
030 | verb | pledge to further cooperation
030 | verb | pledge to strengthen ties
030 | verb | pledge to deepen ties
030 | verb | pledge to boost ties
030 | verb | pledge to improve ties
030 | verb | pledge to strengthen relations
030 | verb | pledge to improve relations
030 | verb | pledge to deepen relations
030 | verb | pledge to develop relations
030 | verb | pledge to boost relations
030 | verb | pledge to expand ties
030 | verb | pledge to enhance ties
030 | verb | pledge to strengthen [the] partnership
030 | verb | pledge to deepen [the] partnership
030 | verb | pledge to build [a] partnership
030 | verb | pledge to forge [a] partnership
030 | verb | pledge to expand [the] partnership
030 | verb | pledge to strengthen bilateral ties
030 | verb | pledge to strengthen bilateral relations
030 | verb | pledge to promote cooperation
030 | verb | pledge to foster cooperation
030 | verb | pledge to intensify cooperation
030 | verb | pledge to broaden ties
030 | verb | pledge to upgrade ties
030 | verb | pledge to upgrade relations
030 | verb | pledge to work for closer ties
030 | verb | pledge to build closer ties
030 | verb | pledge to forge closer ties
030 | verb | pledge to join hands
030 | verb | vow to cooperate
030 | verb | vow to cooperate with
030 | verb | vow to work together
030 | verb | vow to work with
030 | verb | vow to work closely with
030 | verb | vow to strengthen cooperation
030 | verb | vow to deepen cooperation
030 | verb | vow to expand cooperation
030 | verb | vow to boost cooperation
030 | verb | vow to enhance cooperation
030 | verb | vow to step up cooperation
030 | verb | vow to increase cooperation
030 | verb | vow to broaden cooperation
030 | verb | vow to further cooperation
030 | verb | vow to strengthen ties
030 | verb | vow to deepen ties
030 | verb | vow to boost ties
030 | verb | vow to improve ties
030 | verb | vow to strengthen relations
030 | verb | vow to improve relations
030 | verb | vow to deepen relations
030 | verb | vow to develop relations
030 | verb | vow to boost relations
030 | verb | vow to expand ties
030 | verb | vow to enhance ties
030 | verb | vow to strengthen [the] partnership
030 | verb | vow to deepen [the] partnership
030 | verb | vow to build [a] partnership
030 | verb | vow to forge [a] partnership
030 | verb | vow to expand [the] partnership
030 | verb | vow to strengthen bilateral ties
030 | verb | vow to strengthen bilateral relations
030 | verb | vow to promote cooperation
030 | verb | vow to foster cooperation
030 | verb | vow to intensify cooperation
030 | verb | vow to broaden ties
030 | verb | vow to upgrade ties
030 | verb | vow to upgrade relations
030 | verb | vow to work for closer ties
030 | verb | vow to build closer ties
030 | verb | vow to forge closer ties
030 | verb | vow to join hands
030 | verb | promise to cooperate
030 | verb | promise to cooperate with
030 | verb | promise to work together
030 | verb | promise to work with
030 | verb | promise to work closely with
030 | verb | promise to strengthen cooperation
030 | verb | promise to deepen cooperation
030 | verb | promise to expand cooperation
030 | verb | promise to boost cooperation
030 | verb | promise to enhance cooperation
030 | verb | promise to step up cooperation
030 | verb | promise to increase cooperation
030 | verb | promise to broaden cooperation
030 | verb | promise to further cooperation
030 | verb | promise to strengthen ties
030 | verb | promise to deepen ties
030 | verb | promise to boost ties
030 | verb | promise to improve ties
030 | verb | promise to strengthen relations
030 | verb | promise to improve relations
030 | verb | promise to deepen relations
030 | verb | promise to develop relations
030 | verb | promise to boost relations
030 | verb | promise to expand ties
030 | verb | promise to enhance ties
030 | verb | promise to strengthen [the] partnership
030 | verb | promise to deepen [the] partnership
030 | verb | promise to build [a] partnership
030 | verb | promise to forge [a] partnership
030 | verb | promise to expand [the] partnership
030 | verb | promise to strengthen bilateral ties
030 | verb | promise to strengthen bilateral relations
030 | verb | promise to promote cooperation
030 | verb | promise to foster cooperation
030 | verb | promise to intensify cooperation
030 | verb | promise to broaden ties
030 | verb | promise to upgrade ties
030 | verb | promise to upgrade relations
030 | verb | promise to work for closer ties
030 | verb | promise to build closer ties
030 | verb | promise to forge closer ties
030 | verb | promise to join hands
030 | verb | agree to cooperate
030 | verb | agree to cooperate with
030 | verb | agree to work together
030 | verb | agree to work with
030 | verb | agree to work closely with
030 | verb | agree to strengthen cooperation
030 | verb | agree to deepen cooperation
030 | verb | agree to expand cooperation
030 | verb | agree to boost cooperation
030 | verb | agree to enhance cooperation
030 | verb | agree to step up cooperation
030 | verb | agree to increase cooperation
030 | verb | agree to broaden cooperation
030 | verb | agree to further cooperation
030 | verb | agree to strengthen ties
030 | verb | agree to deepen ties
030 | verb | agree to boost ties
030 | verb | agree to improve ties
030 | verb | agree to strengthen relations
030 | verb | agree to improve relations
030 | verb | agree to deepen relations
030 | verb | agree to develop relations
030 | verb | agree to boost relations
030 | verb | agree to expand ties
030 | verb | agree to enhance ties
030 | verb | agree to strengthen [the] partnership
030 | verb | agree to deepen [the] partnership
030 | verb | agree to build [a] partnership
030 | verb | agree to forge [a] partnership
030 | verb | agree to expand [the] partnership
030 | verb | agree to strengthen bilateral ties
030 | verb | agree to strengthen bilateral relations
030 | verb | agree to promote cooperation
030 | verb | agree to foster cooperation
030 | verb | agree to intensify cooperation
030 | verb | agree to broaden ties
030 | verb | agree to upgrade ties
030 | verb | agree to upgrade relations
030 | verb | agree to work for closer ties
030 | verb | agree to build closer ties
030 | verb | agree to forge closer ties
030 | verb | agree to join hands
030 | verb | offer to cooperate
030 | verb | offer to cooperate with
030 | verb | offer to work together
030 | verb | offer to work with
030 | verb | offer to work closely with
030 | verb | offer to strengthen cooperation
030 | verb | offer to deepen cooperation
030 | verb | offer to expand cooperation
030 | verb | offer to boost cooperation
030 | verb | offer to enhance cooperation
030 | verb | offer to step up cooperation
030 | verb | offer to increase cooperation
030 | verb | offer to broaden cooperation
030 | verb | offer to further cooperation
030 | verb | offer to strengthen ties
030 | verb | offer to deepen ties
030 | verb | offer to boost ties
030 | verb | offer to improve ties
030 | verb | offer to strengthen relations
030 | verb | offer to improve relations
030 | verb | offer to deepen relations
030 | verb | offer to develop relations
030 | verb | offer to boost relations
030 | verb | offer to expand ties
030 | verb | offer to enhance ties
030 | verb | offer to strengthen [the] partnership
030 | verb | offer to deepen [the] partnership
030 | verb | offer to build [a] partnership
030 | verb | offer to forge [a] partnership
030 | verb | offer to expand [the] partnership
030 | verb | offer to strengthen bilateral ties
030 | verb | offer to strengthen bilateral relations
030 | verb | offer to promote cooperation
030 | verb | offer to foster cooperation
030 | verb | offer to intensify cooperation
030 | verb | offer to broaden ties
030 | verb | offer to upgrade ties
030 | verb | offer to upgrade relations
030 | verb | offer to work for closer ties
030 | verb | offer to build closer ties
030 | verb | offer to forge closer ties
030 | verb | offer to join hands
030 | verb | express willingness to cooperate
030 | verb | express willingness to cooperate with
030 | verb | express willingness to work together
030 | verb | express willingness to work with
030 | verb | express willingness to work closely with
030 | verb | express willingness to strengthen cooperation
030 | verb | express willingness to deepen cooperation
030 | verb | express willingness to expand cooperation
030 | verb | express willingness to boost cooperation
030 | verb | express willingness to enhance cooperation
030 | verb | express willingness to step up cooperation
030 | verb | express willingness to increase cooperation
030 | verb | express willingness to broaden cooperation
030 | verb | express willingness to further cooperation
030 | verb | express willingness to strengthen ties
030 | verb | express willingness to deepen ties
030 | verb | express willingness to boost ties
030 | verb | express willingness to improve ties
030 | verb | express willingness to strengthen relations
030 | verb | express willingness to improve relations
030 | verb | express willingness to deepen relations
030 | verb | express willingness to develop relations
030 | verb | express willingness to boost relations
030 | verb | express willingness to expand ties
030 | verb | express willingness to enhance ties
030 | verb | express willingness to strengthen [the] partnership
030 | verb | express willingness to deepen [the] partnership
030 | verb | express willingness to build [a] partnership
030 | verb | express willingness to forge [a] partnership
030 | verb | express willingness to expand [the] partnership
030 | verb | express willingness to strengthen bilateral ties
030 | verb | express willingness to strengthen bilateral relations
030 | verb | express willingness to promote cooperation
030 | verb | express willingness to foster cooperation
030 | verb | express willingness to intensify cooperation
030 | verb | express willingness to broaden ties
030 | verb | express willingness to upgrade ties
030 | verb | express willingness to upgrade relations
030 | verb | express willingness to work for closer ties
030 | verb | express willingness to build closer ties
030 | verb | express willingness to forge closer ties
030 | verb | express willingness to join hands
030 | verb | express readiness to cooperate
030 | verb | express readiness to cooperate with
030 | verb | express readiness to work together
030 | verb | express readiness to work with
030 | verb | express readiness to work closely with
030 | verb | express readiness to strengthen cooperation
030 | verb | express readiness to deepen cooperation
030 | verb | express readiness to expand cooperation
030 | verb | express readiness to boost cooperation
030 | verb | express readiness to enhance cooperation
030 | verb | express readiness to step up cooperation
030 | verb | express readiness to increase cooperation
030 | verb | express readiness to broaden cooperation
030 | verb | express readiness to further cooperation
030 | verb | express readiness to strengthen ties
030 | verb | express readiness to deepen ties
030 | verb | express readiness to boost ties
030 | verb | express readiness to improve ties
030 | verb | express readiness to strengthen relations
030 | verb | express readiness to improve relations
030 | verb | express readiness to deepen relations
030 | verb | express readiness to develop relations
030 | verb | express readiness to boost relations
030 | verb | express readiness to expand ties
030 | verb | express readiness to enhance ties
030 | verb | express readiness to strengthen [the] partnership
030 | verb | express readiness to deepen [the] partnership
030 | verb | express readiness to build [a] partnership
030 | verb | express readiness to forge [a] partnership
030 | verb | express readiness to expand [the] partnership
030 | verb | express readiness to strengthen bilateral ties
030 | verb | express readiness to strengthen bilateral relations
030 | verb | express readiness to promote cooperation
030 | verb | express readiness to foster cooperation
030 | verb | express readiness to intensify cooperation
030 | verb | express readiness to broaden ties
030 | verb | express readiness to upgrade ties
030 | verb | express readiness to upgrade relations
030 | verb | express readiness to work for closer ties
030 | verb | express readiness to build closer ties
030 | verb | express readiness to forge closer ties
030 | verb | express readiness to join hands
030 | verb | signal readiness to cooperate
030 | verb | signal readiness to cooperate with
030 | verb | signal readiness to work together
030 | verb | signal readiness to work with
030 | verb | signal readiness to work closely with
030 | verb | signal readiness to strengthen cooperation
030 | verb | signal readiness to deepen cooperation
030 | verb | signal readiness to expand cooperation
030 | verb | signal readiness to boost cooperation
030 | verb | signal readiness to enhance cooperation
030 | verb | signal readiness to step up cooperation
030 | verb | signal readiness to increase cooperation
030 | verb | signal readiness to broaden cooperation
030 | verb | signal readiness to further cooperation
030 | verb | signal readiness to strengthen ties
030 | verb | signal readiness to deepen ties
030 | verb | signal readiness to boost ties
030 | verb | signal readiness to improve ties
030 | verb | signal readiness to strengthen relations
030 | verb | signal readiness to improve relations
030 | verb | signal readiness to deepen relations
030 | verb | signal readiness to develop relations
030 | verb | signal readiness to boost relations
030 | verb | signal readiness to expand ties
030 | verb | signal readiness to enhance ties
030 | verb | signal readiness to strengthen [the] partnership
030 | verb | signal readiness to deepen [the] partnership
030 | verb | signal readiness to build [a] partnership
030 | verb | signal readiness to forge [a] partnership
030 | verb | signal readiness to expand [the] partnership
030 | verb | signal readiness to strengthen bilateral ties
030 | verb | signal readiness to strengthen bilateral relations
030 | verb | signal readiness to promote cooperation
030 | verb | signal readiness to foster cooperation
030 | verb | signal readiness to intensify cooperation
030 | verb | signal readiness to broaden ties
030 | verb | signal readiness to upgrade ties
030 | verb | signal readiness to upgrade relations
030 | verb | signal readiness to work for closer ties
030 | verb | signal readiness to build closer ties
030 | verb | signal readiness to forge closer ties
030 | verb | signal readiness to join hands
030 | verb | pledge cooperation
030 | verb | pledge closer cooperation
030 | verb | pledge closer ties
030 | verb | pledge stronger ties
030 | verb | pledge deeper cooperation
030 | verb | pledge [a] new partnership
030 | verb | pledge [a] closer partnership
030 | verb | pledge full cooperation
030 | verb | promise cooperation
030 | verb | promise closer cooperation
030 | verb | promise closer ties
030 | verb | promise stronger ties
030 | verb | promise deeper cooperation
030 | verb | promise [a] new partnership
030 | verb | promise [a] closer partnership
030 | verb | promise full cooperation
030 | verb | vow cooperation
030 | verb | vow closer cooperation
030 | verb | vow closer ties
030 | verb | vow stronger ties
030 | verb | vow deeper cooperation
030 | verb | vow [a] new partnership
030 | verb | vow [a] closer partnership
030 | verb | vow full cooperation
030 | verb | offer cooperation
030 | verb | offer closer cooperation
030 | verb | offer closer ties
030 | verb | offer stronger ties
030 | verb | offer deeper cooperation
030 | verb | offer [a] new partnership
030 | verb | offer [a] closer partnership
030 | verb | offer full cooperation
030 | noun | pledge of cooperation
030 | noun | offer of cooperation
030 | noun | promise of cooperation
030 | noun | offer of closer ties

# 0311 Express intent to cooperate economically
0311 | verb | pledge to deepen economic cooperation
0311 | verb | pledge to boost economic cooperation
0311 | verb | pledge to expand economic cooperation
0311 | verb | pledge to strengthen economic cooperation
0311 | verb | pledge to enhance economic cooperation
0311 | verb | pledge to step up economic cooperation
0311 | verb | pledge to boost trade
0311 | verb | pledge to expand trade
0311 | verb | pledge to increase trade
0311 | verb | pledge to double trade
0311 | verb | pledge to deepen economic ties
0311 | verb | pledge to boost economic ties
0311 | verb | pledge to strengthen economic ties
0311 | verb | pledge to expand economic ties
0311 | verb | pledge to boost trade ties
0311 | verb | pledge to deepen trade ties
0311 | verb | pledge to expand trade ties
0311 | verb | pledge to boost investment
0311 | verb | pledge to increase investment
0311 | verb | pledge to invest
0311 | verb | pledge to invest in
0311 | verb | pledge to open [its] market
0311 | verb | pledge to open [its] markets
0311 | verb | pledge to sign [a] free trade agreement
0311 | verb | pledge to negotiate [a] free trade agreement
0311 | verb | pledge to cut tariffs
0311 | verb | pledge to lower tariffs
0311 | verb | pledge to remove trade barriers
0311 | verb | pledge to cooperate economically
0311 | verb | pledge to cooperate on trade
0311 | verb | pledge to cooperate on energy
0311 | verb | pledge to expand energy cooperation
0311 | verb | pledge to deepen energy cooperation
0311 | verb | pledge to buy more
0311 | verb | pledge to increase imports
0311 | verb | pledge to boost economic and trade cooperation
0311 | verb | pledge to build [a] pipeline
0311 | verb | vow to deepen economic cooperation
0311 | verb | vow to boost economic cooperation
0311 | verb | vow to expand economic cooperation
0311 | verb | vow to strengthen economic cooperation
0311 | verb | vow to enhance economic cooperation
0311 | verb | vow to step up economic cooperation
0311 | verb | vow to boost trade
0311 | verb | vow to expand trade
0311 | verb | vow to increase trade
0311 | verb | vow to double trade
0311 | verb | vow to deepen economic ties
0311 | verb | vow to boost economic ties
0311 | verb | vow to strengthen economic ties
0311 | verb | vow to expand economic ties
0311 | verb | vow to boost trade ties
0311 | verb | vow to deepen trade ties
0311 | verb | vow to expand trade ties
0311 | verb | vow to boost investment
0311 | verb | vow to increase investment
0311 | verb | vow to invest
0311 | verb | vow to invest in
0311 | verb | vow to open [its] market
0311 | verb | vow to open [its] markets
0311 | verb | vow to sign [a] free trade agreement
0311 | verb | vow to negotiate [a] free trade agreement
0311 | verb | vow to cut tariffs
0311 | verb | vow to lower tariffs
0311 | verb | vow to remove trade barriers
0311 | verb | vow to cooperate economically
0311 | verb | vow to cooperate on trade
0311 | verb | vow to cooperate on energy
0311 | verb | vow to expand energy cooperation
0311 | verb | vow to deepen energy cooperation
0311 | verb | vow to buy more
0311 | verb | vow to increase imports
0311 | verb | vow to boost economic and trade cooperation
0311 | verb | vow to build [a] pipeline
0311 | verb | promise to deepen economic cooperation
0311 | verb | promise to boost economic cooperation
0311 | verb | promise to expand economic cooperation
0311 | verb | promise to strengthen economic cooperation
0311 | verb | promise to enhance economic cooperation
0311 | verb | promise to step up economic cooperation
0311 | verb | promise to boost trade
0311 | verb | promise to expand trade
0311 | verb | promise to increase trade
0311 | verb | promise to double trade
0311 | verb | promise to deepen economic ties
0311 | verb | promise to boost economic ties
0311 | verb | promise to strengthen economic ties
0311 | verb | promise to expand economic ties
0311 | verb | promise to boost trade ties
0311 | verb | promise to deepen trade ties
0311 | verb | promise to expand trade ties
0311 | verb | promise to boost investment
0311 | verb | promise to increase investment
0311 | verb | promise to invest
0311 | verb | promise to invest in
0311 | verb | promise to open [its] market
0311 | verb | promise to open [its] markets
0311 | verb | promise to sign [a] free trade agreement
0311 | verb | promise to negotiate [a] free trade agreement
0311 | verb | promise to cut tariffs
0311 | verb | promise to lower tariffs
0311 | verb | promise to remove trade barriers
0311 | verb | promise to cooperate economically
0311 | verb | promise to cooperate on trade
0311 | verb | promise to cooperate on energy
0311 | verb | promise to expand energy cooperation
0311 | verb | promise to deepen energy cooperation
0311 | verb | promise to buy more
0311 | verb | promise to increase imports
0311 | verb | promise to boost economic and trade cooperation
0311 | verb | promise to build [a] pipeline
0311 | verb | agree to deepen economic cooperation
0311 | verb | agree to boost economic cooperation
0311 | verb | agree to expand economic cooperation
0311 | verb | agree to strengthen economic cooperation
0311 | verb | agree to enhance economic cooperation
0311 | verb | agree to step up economic cooperation
0311 | verb | agree to boost trade
0311 | verb | agree to expand trade
0311 | verb | agree to increase trade
0311 | verb | agree to double trade
0311 | verb | agree to deepen economic ties
0311 | verb | agree to boost economic ties
0311 | verb | agree to strengthen economic ties
0311 | verb | agree to expand economic ties
0311 | verb | agree to boost trade ties
0311 | verb | agree to deepen trade ties
0311 | verb | agree to expand trade ties
0311 | verb | agree to boost investment
0311 | verb | agree to increase investment
0311 | verb | agree to invest
0311 | verb | agree to invest in
0311 | verb | agree to open [its] market
0311 | verb | agree to open [its] markets
0311 | verb | agree to sign [a] free trade agreement
0311 | verb | agree to negotiate [a] free trade agreement
0311 | verb | agree to cut tariffs
0311 | verb | agree to lower tariffs
0311 | verb | agree to remove trade barriers
0311 | verb | agree to cooperate economically
0311 | verb | agree to cooperate on trade
0311 | verb | agree to cooperate on energy
0311 | verb | agree to expand energy cooperation
0311 | verb | agree to deepen energy cooperation
0311 | verb | agree to buy more
0311 | verb | agree to increase imports
0311 | verb | agree to boost economic and trade cooperation
0311 | verb | agree to build [a] pipeline
0311 | verb | express readiness to deepen economic cooperation
0311 | verb | express readiness to boost economic cooperation
0311 | verb | express readiness to expand economic cooperation
0311 | verb | express readiness to strengthen economic cooperation
0311 | verb | express readiness to enhance economic cooperation
0311 | verb | express readiness to step up economic cooperation
0311 | verb | express readiness to boost trade
0311 | verb | express readiness to expand trade
0311 | verb | express readiness to increase trade
0311 | verb | express readiness to double trade
0311 | verb | express readiness to deepen economic ties
0311 | verb | express readiness to boost economic ties
0311 | verb | express readiness to strengthen economic ties
0311 | verb | express readiness to expand economic ties
0311 | verb | express readiness to boost trade ties
0311 | verb | express readiness to deepen trade ties
0311 | verb | express readiness to expand trade ties
0311 | verb | express readiness to boost investment
0311 | verb | express readiness to increase investment
0311 | verb | express readiness to invest
0311 | verb | express readiness to invest in
0311 | verb | express readiness to open [its] market
0311 | verb | express readiness to open [its] markets
0311 | verb | express readiness to sign [a] free trade agreement
0311 | verb | express readiness to negotiate [a] free trade agreement
0311 | verb | express readiness to cut tariffs
0311 | verb | express readiness to lower tariffs
0311 | verb | express readiness to remove trade barriers
0311 | verb | express readiness to cooperate economically
0311 | verb | express readiness to cooperate on trade
0311 | verb | express readiness to cooperate on energy
0311 | verb | express readiness to expand energy cooperation
0311 | verb | express readiness to deepen energy cooperation
0311 | verb | express readiness to buy more
0311 | verb | express readiness to increase imports
0311 | verb | express readiness to boost economic and trade cooperation
0311 | verb | express readiness to build [a] pipeline
0311 | verb | pledge economic cooperation
0311 | verb | pledge investment
0311 | verb | pledge investments
0311 | verb | pledge closer economic ties
0311 | verb | pledge closer trade ties
0311 | verb | pledge more investment
0311 | verb | pledge trade cooperation
0311 | verb | promise economic cooperation
0311 | verb | promise investment
0311 | verb | promise investments
0311 | verb | promise closer economic ties
0311 | verb | promise closer trade ties
0311 | verb | promise more investment
0311 | verb | promise trade cooperation
0311 | verb | vow economic cooperation
0311 | verb | vow investment
0311 | verb | vow investments
0311 | verb | vow closer economic ties
0311 | verb | vow closer trade ties
0311 | verb | vow more investment
0311 | verb | vow trade cooperation
0311 | verb | offer economic cooperation
0311 | verb | offer investment
0311 | verb | offer investments
0311 | verb | offer closer economic ties
0311 | verb | offer closer trade ties
0311 | verb | offer more investment
0311 | verb | offer trade cooperation
0311 | noun | pledge of investment
0311 | noun | offer of economic cooperation
0311 | noun | promise of investment
0311 | noun | pledge of economic cooperation

# 0312 Express intent to cooperate militarily
0312 | verb | pledge to deepen military cooperation
0312 | verb | pledge to boost military cooperation
0312 | verb | pledge to expand military cooperation
0312 | verb | pledge to strengthen military cooperation
0312 | verb | pledge to deepen defence cooperation
0312 | verb | pledge to deepen defense cooperation
0312 | verb | pledge to boost defence cooperation
0312 | verb | pledge to boost defense cooperation
0312 | verb | pledge to strengthen defence cooperation
0312 | verb | pledge to strengthen defense cooperation
0312 | verb | pledge to strengthen defence ties
0312 | verb | pledge to strengthen defense ties
0312 | verb | pledge to deepen defence ties
0312 | verb | pledge to deepen defense ties
0312 | verb | pledge to strengthen security cooperation
0312 | verb | pledge to deepen security cooperation
0312 | verb | pledge to boost security cooperation
0312 | verb | pledge to hold joint exercises
0312 | verb | pledge to hold joint military exercises
0312 | verb | pledge to conduct joint exercises
0312 | verb | pledge to stage joint drills
0312 | verb | pledge to hold joint drills
0312 | verb | pledge to cooperate militarily
0312 | verb | pledge to cooperate on defence
0312 | verb | pledge to cooperate on defense
0312 | verb | pledge to cooperate on security
0312 | verb | pledge to deepen military ties
0312 | verb | pledge to boost military ties
0312 | verb | pledge to strengthen military ties
0312 | verb | pledge to form [a] military alliance
0312 | verb | pledge to join [the] coalition
0312 | verb | pledge to fight together
0312 | verb | pledge to coordinate military operations
0312 | verb | pledge to deepen strategic military cooperation
0312 | verb | vow to deepen military cooperation
0312 | verb | vow to boost military cooperation
0312 | verb | vow to expand military cooperation
0312 | verb | vow to strengthen military cooperation
0312 | verb | vow to deepen defence cooperation
0312 | verb | vow to deepen defense cooperation
0312 | verb | vow to boost defence cooperation
0312 | verb | vow to boost defense cooperation
0312 | verb | vow to strengthen defence cooperation
0312 | verb | vow to strengthen defense cooperation
0312 | verb | vow to strengthen defence ties
0312 | verb | vow to strengthen defense ties
0312 | verb | vow to deepen defence ties
0312 | verb | vow to deepen defense ties
0312 | verb | vow to strengthen security cooperation
0312 | verb | vow to deepen security cooperation
0312 | verb | vow to boost security cooperation
0312 | verb | vow to hold joint exercises
0312 | verb | vow to hold joint military exercises
0312 | verb | vow to conduct joint exercises
0312 | verb | vow to stage joint drills
0312 | verb | vow to hold joint drills
0312 | verb | vow to cooperate militarily
0312 | verb | vow to cooperate on defence
0312 | verb | vow to cooperate on defense
0312 | verb | vow to cooperate on security
0312 | verb | vow to deepen military ties
0312 | verb | vow to boost military ties
0312 | verb | vow to strengthen military ties
0312 | verb | vow to form [a] military alliance
0312 | verb | vow to join [the] coalition
0312 | verb | vow to fight together
0312 | verb | vow to coordinate military operations
0312 | verb | vow to deepen strategic military cooperation
0312 | verb | promise to deepen military cooperation
0312 | verb | promise to boost military cooperation
0312 | verb | promise to expand military cooperation
0312 | verb | promise to strengthen military cooperation
0312 | verb | promise to deepen defence cooperation
0312 | verb | promise to deepen defense cooperation
0312 | verb | promise to boost defence cooperation
0312 | verb | promise to boost defense cooperation
0312 | verb | promise to strengthen defence cooperation
0312 | verb | promise to strengthen defense cooperation
0312 | verb | promise to strengthen defence ties
0312 | verb | promise to strengthen defense ties
0312 | verb | promise to deepen defence ties
0312 | verb | promise to deepen defense ties
0312 | verb | promise to strengthen security cooperation
0312 | verb | promise to deepen security cooperation
0312 | verb | promise to boost security cooperation
0312 | verb | promise to hold joint exercises
0312 | verb | promise to hold joint military exercises
0312 | verb | promise to conduct joint exercises
0312 | verb | promise to stage joint drills
0312 | verb | promise to hold joint drills
0312 | verb | promise to cooperate militarily
0312 | verb | promise to cooperate on defence
0312 | verb | promise to cooperate on defense
0312 | verb | promise to cooperate on security
0312 | verb | promise to deepen military ties
0312 | verb | promise to boost military ties
0312 | verb | promise to strengthen military ties
0312 | verb | promise to form [a] military alliance
0312 | verb | promise to join [the] coalition
0312 | verb | promise to fight together
0312 | verb | promise to coordinate military operations
0312 | verb | promise to deepen strategic military cooperation
0312 | verb | agree to deepen military cooperation
0312 | verb | agree to boost military cooperation
0312 | verb | agree to expand military cooperation
0312 | verb | agree to strengthen military cooperation
0312 | verb | agree to deepen defence cooperation
0312 | verb | agree to deepen defense cooperation
0312 | verb | agree to boost defence cooperation
0312 | verb | agree to boost defense cooperation
0312 | verb | agree to strengthen defence cooperation
0312 | verb | agree to strengthen defense cooperation
0312 | verb | agree to strengthen defence ties
0312 | verb | agree to strengthen defense ties
0312 | verb | agree to deepen defence ties
0312 | verb | agree to deepen defense ties
0312 | verb | agree to strengthen security cooperation
0312 | verb | agree to deepen security cooperation
0312 | verb | agree to boost security cooperation
0312 | verb | agree to hold joint exercises
0312 | verb | agree to hold joint military exercises
0312 | verb | agree to conduct joint exercises
0312 | verb | agree to stage joint drills
0312 | verb | agree to hold joint drills
0312 | verb | agree to cooperate militarily
0312 | verb | agree to cooperate on defence
0312 | verb | agree to cooperate on defense
0312 | verb | agree to cooperate on security
0312 | verb | agree to deepen military ties
0312 | verb | agree to boost military ties
0312 | verb | agree to strengthen military ties
0312 | verb | agree to form [a] military alliance
0312 | verb | agree to join [the] coalition
0312 | verb | agree to fight together
0312 | verb | agree to coordinate military operations
0312 | verb | agree to deepen strategic military cooperation
0312 | verb | express readiness to deepen military cooperation
0312 | verb | express readiness to boost military cooperation
0312 | verb | express readiness to expand military cooperation
0312 | verb | express readiness to strengthen military cooperation
0312 | verb | express readiness to deepen defence cooperation
0312 | verb | express readiness to deepen defense cooperation
0312 | verb | express readiness to boost defence cooperation
0312 | verb | express readiness to boost defense cooperation
0312 | verb | express readiness to strengthen defence cooperation
0312 | verb | express readiness to strengthen defense cooperation
0312 | verb | express readiness to strengthen defence ties
0312 | verb | express readiness to strengthen defense ties
0312 | verb | express readiness to deepen defence ties
0312 | verb | express readiness to deepen defense ties
0312 | verb | express readiness to strengthen security cooperation
0312 | verb | express readiness to deepen security cooperation
0312 | verb | express readiness to boost security cooperation
0312 | verb | express readiness to hold joint exercises
0312 | verb | express readiness to hold joint military exercises
0312 | verb | express readiness to conduct joint exercises
0312 | verb | express readiness to stage joint drills
0312 | verb | express readiness to hold joint drills
0312 | verb | express readiness to cooperate militarily
0312 | verb | express readiness to cooperate on defence
0312 | verb | express readiness to cooperate on defense
0312 | verb | express readiness to cooperate on security
0312 | verb | express readiness to deepen military ties
0312 | verb | express readiness to boost military ties
0312 | verb | express readiness to strengthen military ties
0312 | verb | express readiness to form [a] military alliance
0312 | verb | express readiness to join [the] coalition
0312 | verb | express readiness to fight together
0312 | verb | express readiness to coordinate military operations
0312 | verb | express readiness to deepen strategic military cooperation
0312 | verb | pledge military cooperation
0312 | verb | pledge defence cooperation
0312 | verb | pledge defense cooperation
0312 | verb | pledge security cooperation
0312 | verb | pledge closer military ties
0312 | verb | pledge closer defence ties
0312 | verb | pledge closer defense ties
0312 | verb | promise military cooperation
0312 | verb | promise defence cooperation
0312 | verb | promise defense cooperation
0312 | verb | promise security cooperation
0312 | verb | promise closer military ties
0312 | verb | promise closer defence ties
0312 | verb | promise closer defense ties
0312 | verb | vow military cooperation
0312 | verb | vow defence cooperation
0312 | verb | vow defense cooperation
0312 | verb | vow security cooperation
0312 | verb | vow closer military ties
0312 | verb | vow closer defence ties
0312 | verb | vow closer defense ties
0312 | verb | offer military cooperation
0312 | verb | offer defence cooperation
0312 | verb | offer defense cooperation
0312 | verb | offer security cooperation
0312 | verb | offer closer military ties
0312 | verb | offer closer defence ties
0312 | verb | offer closer defense ties
0312 | noun | pledge of military cooperation
0312 | noun | offer of military cooperation
0312 | noun | offer of defence cooperation
0312 | noun | offer of defense cooperation

# 0313 Express intent to cooperate on judicial matters
0313 | verb | pledge to extradite
0313 | verb | pledge to hand over [the] suspect
0313 | verb | pledge to hand over [the] suspects
0313 | verb | pledge to cooperate with [the] investigation
0313 | verb | pledge to cooperate with [the] inquiry
0313 | verb | pledge to cooperate with [the] probe
0313 | verb | pledge to cooperate with [the] court
0313 | verb | pledge to cooperate with [the] tribunal
0313 | verb | pledge to cooperate with [the] International Criminal Court
0313 | verb | pledge to cooperate on judicial matters
0313 | verb | pledge to cooperate on law enforcement
0313 | verb | pledge to cooperate in [the] investigation
0313 | verb | pledge to deepen judicial cooperation
0313 | verb | pledge to strengthen law enforcement cooperation
0313 | verb | pledge to sign [an] extradition treaty
0313 | verb | pledge to cooperate with prosecutors
0313 | verb | pledge to assist [the] investigation
0313 | verb | pledge to assist in [the] investigation
0313 | verb | pledge to help [the] investigation
0313 | verb | pledge to share evidence
0313 | verb | pledge to provide evidence
0313 | verb | pledge to cooperate fully with [the] investigation
0313 | verb | vow to extradite
0313 | verb | vow to hand over [the] suspect
0313 | verb | vow to hand over [the] suspects
0313 | verb | vow to cooperate with [the] investigation
0313 | verb | vow to cooperate with [the] inquiry
0313 | verb | vow to cooperate with [the] probe
0313 | verb | vow to cooperate with [the] court
0313 | verb | vow to cooperate with [the] tribunal
0313 | verb | vow to cooperate with [the] International Criminal Court
0313 | verb | vow to cooperate on judicial matters
0313 | verb | vow to cooperate on law enforcement
0313 | verb | vow to cooperate in [the] investigation
0313 | verb | vow to deepen judicial cooperation
0313 | verb | vow to strengthen law enforcement cooperation
0313 | verb | vow to sign [an] extradition treaty
0313 | verb | vow to cooperate with prosecutors
0313 | verb | vow to assist [the] investigation
0313 | verb | vow to assist in [the] investigation
0313 | verb | vow to help [the] investigation
0313 | verb | vow to share evidence
0313 | verb | vow to provide evidence
0313 | verb | vow to cooperate fully with [the] investigation
0313 | verb | promise to extradite
0313 | verb | promise to hand over [the] suspect
0313 | verb | promise to hand over [the] suspects
0313 | verb | promise to cooperate with [the] investigation
0313 | verb | promise to cooperate with [the] inquiry
0313 | verb | promise to cooperate with [the] probe
0313 | verb | promise to cooperate with [the] court
0313 | verb | promise to cooperate with [the] tribunal
0313 | verb | promise to cooperate with [the] International Criminal Court
0313 | verb | promise to cooperate on judicial matters
0313 | verb | promise to cooperate on law enforcement
0313 | verb | promise to cooperate in [the] investigation
0313 | verb | promise to deepen judicial cooperation
0313 | verb | promise to strengthen law enforcement cooperation
0313 | verb | promise to sign [an] extradition treaty
0313 | verb | promise to cooperate with prosecutors
0313 | verb | promise to assist [the] investigation
0313 | verb | promise to assist in [the] investigation
0313 | verb | promise to help [the] investigation
0313 | verb | promise to share evidence
0313 | verb | promise to provide evidence
0313 | verb | promise to cooperate fully with [the] investigation
0313 | verb | agree to extradite
0313 | verb | agree to hand over [the] suspect
0313 | verb | agree to hand over [the] suspects
0313 | verb | agree to cooperate with [the] investigation
0313 | verb | agree to cooperate with [the] inquiry
0313 | verb | agree to cooperate with [the] probe
0313 | verb | agree to cooperate with [the] court
0313 | verb | agree to cooperate with [the] tribunal
0313 | verb | agree to cooperate with [the] International Criminal Court
0313 | verb | agree to cooperate on judicial matters
0313 | verb | agree to cooperate on law enforcement
0313 | verb | agree to cooperate in [the] investigation
0313 | verb | agree to deepen judicial cooperation
0313 | verb | agree to strengthen law enforcement cooperation
0313 | verb | agree to sign [an] extradition treaty
0313 | verb | agree to cooperate with prosecutors
0313 | verb | agree to assist [the] investigation
0313 | verb | agree to assist in [the] investigation
0313 | verb | agree to help [the] investigation
0313 | verb | agree to share evidence
0313 | verb | agree to provide evidence
0313 | verb | agree to cooperate fully with [the] investigation
0313 | verb | express readiness to extradite
0313 | verb | express readiness to hand over [the] suspect
0313 | verb | express readiness to hand over [the] suspects
0313 | verb | express readiness to cooperate with [the] investigation
0313 | verb | express readiness to cooperate with [the] inquiry
0313 | verb | express readiness to cooperate with [the] probe
0313 | verb | express readiness to cooperate with [the] court
0313 | verb | express readiness to cooperate with [the] tribunal
0313 | verb | express readiness to cooperate with [the] International Criminal Court
0313 | verb | express readiness to cooperate on judicial matters
0313 | verb | express readiness to cooperate on law enforcement
0313 | verb | express readiness to cooperate in [the] investigation
0313 | verb | express readiness to deepen judicial cooperation
0313 | verb | express readiness to strengthen law enforcement cooperation
0313 | verb | express readiness to sign [an] extradition treaty
0313 | verb | express readiness to cooperate with prosecutors
0313 | verb | express readiness to assist [the] investigation
0313 | verb | express readiness to assist in [the] investigation
0313 | verb | express readiness to help [the] investigation
0313 | verb | express readiness to share evidence
0313 | verb | express readiness to provide evidence
0313 | verb | express readiness to cooperate fully with [the] investigation
0313 | verb | pledge judicial cooperation
0313 | verb | pledge legal assistance
0313 | verb | pledge full cooperation with [the] investigation
0313 | verb | pledge cooperation with [the] investigation
0313 | verb | promise judicial cooperation
0313 | verb | promise legal assistance
0313 | verb | promise full cooperation with [the] investigation
0313 | verb | promise cooperation with [the] investigation
0313 | verb | vow judicial cooperation
0313 | verb | vow legal assistance
0313 | verb | vow full cooperation with [the] investigation
0313 | verb | vow cooperation with [the] investigation
0313 | verb | offer judicial cooperation
0313 | verb | offer legal assistance
0313 | verb | offer full cooperation with [the] investigation
0313 | verb | offer cooperation with [the] investigation

# 0314 Express intent to cooperate on intelligence
0314 | verb | pledge to share intelligence
0314 | verb | pledge to share information
0314 | verb | pledge to exchange intelligence
0314 | verb | pledge to exchange information
0314 | verb | pledge to cooperate on intelligence
0314 | verb | pledge to deepen intelligence cooperation
0314 | verb | pledge to strengthen intelligence sharing
0314 | verb | pledge to boost intelligence sharing
0314 | verb | pledge to expand intelligence sharing
0314 | verb | pledge to provide intelligence
0314 | verb | pledge to share data
0314 | verb | pledge to share intelligence with
0314 | verb | vow to share intelligence
0314 | verb | vow to share information
0314 | verb | vow to exchange intelligence
0314 | verb | vow to exchange information
0314 | verb | vow to cooperate on intelligence
0314 | verb | vow to deepen intelligence cooperation
0314 | verb | vow to strengthen intelligence sharing
0314 | verb | vow to boost intelligence sharing
0314 | verb | vow to expand intelligence sharing
0314 | verb | vow to provide intelligence
0314 | verb | vow to share data
0314 | verb | vow to share intelligence with
0314 | verb | promise to share intelligence
0314 | verb | promise to share information
0314 | verb | promise to exchange intelligence
0314 | verb | promise to exchange information
0314 | verb | promise to cooperate on intelligence
0314 | verb | promise to deepen intelligence cooperation
0314 | verb | promise to strengthen intelligence sharing
0314 | verb | promise to boost intelligence sharing
0314 | verb | promise to expand intelligence sharing
0314 | verb | promise to provide intelligence
0314 | verb | promise to share data
0314 | verb | promise to share intelligence with
0314 | verb | agree to share intelligence
0314 | verb | agree to share information
0314 | verb | agree to exchange intelligence
0314 | verb | agree to exchange information
0314 | verb | agree to cooperate on intelligence
0314 | verb | agree to deepen intelligence cooperation
0314 | verb | agree to strengthen intelligence sharing
0314 | verb | agree to boost intelligence sharing
0314 | verb | agree to expand intelligence sharing
0314 | verb | agree to provide intelligence
0314 | verb | agree to share data
0314 | verb | agree to share intelligence with
0314 | verb | express readiness to share intelligence
0314 | verb | express readiness to share information
0314 | verb | express readiness to exchange intelligence
0314 | verb | express readiness to exchange information
0314 | verb | express readiness to cooperate on intelligence
0314 | verb | express readiness to deepen intelligence cooperation
0314 | verb | express readiness to strengthen intelligence sharing
0314 | verb | express readiness to boost intelligence sharing
0314 | verb | express readiness to expand intelligence sharing
0314 | verb | express readiness to provide intelligence
0314 | verb | express readiness to share data
0314 | verb | express readiness to share intelligence with
0314 | verb | pledge intelligence sharing
0314 | verb | pledge intelligence cooperation
0314 | verb | promise intelligence sharing
0314 | verb | promise intelligence cooperation
0314 | verb | vow intelligence sharing
0314 | verb | vow intelligence cooperation
0314 | verb | offer intelligence sharing
0314 | verb | offer intelligence cooperation

# 032 Express intent to provide diplomatic cooperation such as policy support
032 | verb | pledge to support
032 | verb | pledge to back
032 | verb | pledge to support [the] bid
032 | verb | pledge to back [the] bid
032 | verb | pledge to support [the] candidacy of
032 | verb | pledge to support [the] resolution
032 | verb | pledge to back [the] resolution
032 | verb | pledge to support [the] efforts
032 | verb | pledge to back [the] efforts
032 | verb | pledge to support [the] initiative
032 | verb | pledge to back [the] initiative
032 | verb | pledge to support [the] proposal
032 | verb | pledge to vote for
032 | verb | pledge to vote in favour of
032 | verb | pledge to vote in favor of
032 | verb | pledge to stand by
032 | verb | pledge to stand with
032 | verb | pledge to work together on
032 | verb | pledge to coordinate positions
032 | verb | pledge to coordinate policies
032 | verb | pledge to coordinate closely
032 | verb | pledge to strengthen strategic coordination
032 | verb | pledge to deepen strategic coordination
032 | verb | pledge to enhance strategic coordination
032 | verb | pledge to strengthen coordination
032 | verb | pledge to deepen coordination
032 | verb | pledge to coordinate on
032 | verb | pledge to boost diplomatic cooperation
032 | verb | pledge to deepen diplomatic cooperation
032 | verb | pledge to strengthen diplomatic ties
032 | verb | pledge to normalise relations
032 | verb | pledge to normalize relations
032 | verb | pledge to normalise ties
032 | verb | pledge to normalize ties
032 | verb | pledge to recognise
032 | verb | pledge to recognize
032 | verb | pledge to open [an] embassy
032 | verb | pledge to reopen [the] embassy
032 | verb | pledge to establish diplomatic relations
032 | verb | pledge to establish diplomatic ties
032 | verb | pledge to restore diplomatic ties
032 | verb | pledge to restore diplomatic relations
032 | verb | pledge to strengthen political dialogue
032 | verb | pledge to deepen political trust
032 | verb | pledge to enhance mutual trust
032 | verb | pledge to coordinate at [the] United Nations
032 | verb | pledge to support [each] other
032 | verb | pledge to support [its] bid
032 | verb | vow to support
032 | verb | vow to back
032 | verb | vow to support [the] bid
032 | verb | vow to back [the] bid
032 | verb | vow to support [the] candidacy of
032 | verb | vow to support [the] resolution
032 | verb | vow to back [the] resolution
032 | verb | vow to support [the] efforts
032 | verb | vow to back [the] efforts
032 | verb | vow to support [the] initiative
032 | verb | vow to back [the] initiative
032 | verb | vow to support [the] proposal
032 | verb | vow to vote for
032 | verb | vow to vote in favour of
032 | verb | vow to vote in favor of
032 | verb | vow to stand by
032 | verb | vow to stand with
032 | verb | vow to work together on
032 | verb | vow to coordinate positions
032 | verb | vow to coordinate policies
032 | verb | vow to coordinate closely
032 | verb | vow to strengthen strategic coordination
032 | verb | vow to deepen strategic coordination
032 | verb | vow to enhance strategic coordination
032 | verb | vow to strengthen coordination
032 | verb | vow to deepen coordination
032 | verb | vow to coordinate on
032 | verb | vow to boost diplomatic cooperation
032 | verb | vow to deepen diplomatic cooperation
032 | verb | vow to strengthen diplomatic ties
032 | verb | vow to normalise relations
032 | verb | vow to normalize relations
032 | verb | vow to normalise ties
032 | verb | vow to normalize ties
032 | verb | vow to recognise
032 | verb | vow to recognize
032 | verb | vow to open [an] embassy
032 | verb | vow to reopen [the] embassy
032 | verb | vow to establish diplomatic relations
032 | verb | vow to establish diplomatic ties
032 | verb | vow to restore diplomatic ties
032 | verb | vow to restore diplomatic relations
032 | verb | vow to strengthen political dialogue
032 | verb | vow to deepen political trust
032 | verb | vow to enhance mutual trust
032 | verb | vow to coordinate at [the] United Nations
032 | verb | vow to support [each] other
032 | verb | vow to support [its] bid
032 | verb | promise to support
032 | verb | promise to back
032 | verb | promise to support [the] bid
032 | verb | promise to back [the] bid
032 | verb | promise to support [the] candidacy of
032 | verb | promise to support [the] resolution
032 | verb | promise to back [the] resolution
032 | verb | promise to support [the] efforts
032 | verb | promise to back [the] efforts
032 | verb | promise to support [the] initiative
032 | verb | promise to back [the] initiative
032 | verb | promise to support [the] proposal
032 | verb | promise to vote for
032 | verb | promise to vote in favour of
032 | verb | promise to vote in favor of
032 | verb | promise to stand by
032 | verb | promise to stand with
032 | verb | promise to work together on
032 | verb | promise to coordinate positions
032 | verb | promise to coordinate policies
032 | verb | promise to coordinate closely
032 | verb | promise to strengthen strategic coordination
032 | verb | promise to deepen strategic coordination
032 | verb | promise to enhance strategic coordination
032 | verb | promise to strengthen coordination
032 | verb | promise to deepen coordination
032 | verb | promise to coordinate on
032 | verb | promise to boost diplomatic cooperation
032 | verb | promise to deepen diplomatic cooperation
032 | verb | promise to strengthen diplomatic ties
032 | verb | promise to normalise relations
032 | verb | promise to normalize relations
032 | verb | promise to normalise ties
032 | verb | promise to normalize ties
032 | verb | promise to recognise
032 | verb | promise to recognize
032 | verb | promise to open [an] embassy
032 | verb | promise to reopen [the] embassy
032 | verb | promise to establish diplomatic relations
032 | verb | promise to establish diplomatic ties
032 | verb | promise to restore diplomatic ties
032 | verb | promise to restore diplomatic relations
032 | verb | promise to strengthen political dialogue
032 | verb | promise to deepen political trust
032 | verb | promise to enhance mutual trust
032 | verb | promise to coordinate at [the] United Nations
032 | verb | promise to support [each] other
032 | verb | promise to support [its] bid
032 | verb | agree to support
032 | verb | agree to back
032 | verb | agree to support [the] bid
032 | verb | agree to back [the] bid
032 | verb | agree to support [the] candidacy of
032 | verb | agree to support [the] resolution
032 | verb | agree to back [the] resolution
032 | verb | agree to support [the] efforts
032 | verb | agree to back [the] efforts
032 | verb | agree to support [the] initiative
032 | verb | agree to back [the] initiative
032 | verb | agree to support [the] proposal
032 | verb | agree to vote for
032 | verb | agree to vote in favour of
032 | verb | agree to vote in favor of
032 | verb | agree to stand by
032 | verb | agree to stand with
032 | verb | agree to work together on
032 | verb | agree to coordinate positions
032 | verb | agree to coordinate policies
032 | verb | agree to coordinate closely
032 | verb | agree to strengthen strategic coordination
032 | verb | agree to deepen strategic coordination
032 | verb | agree to enhance strategic coordination
032 | verb | agree to strengthen coordination
032 | verb | agree to deepen coordination
032 | verb | agree to coordinate on
032 | verb | agree to boost diplomatic cooperation
032 | verb | agree to deepen diplomatic cooperation
032 | verb | agree to strengthen diplomatic ties
032 | verb | agree to normalise relations
032 | verb | agree to normalize relations
032 | verb | agree to normalise ties
032 | verb | agree to normalize ties
032 | verb | agree to recognise
032 | verb | agree to recognize
032 | verb | agree to open [an] embassy
032 | verb | agree to reopen [the] embassy
032 | verb | agree to establish diplomatic relations
032 | verb | agree to establish diplomatic ties
032 | verb | agree to restore diplomatic ties
032 | verb | agree to restore diplomatic relations
032 | verb | agree to strengthen political dialogue
032 | verb | agree to deepen political trust
032 | verb | agree to enhance mutual trust
032 | verb | agree to coordinate at [the] United Nations
032 | verb | agree to support [each] other
032 | verb | agree to support [its] bid
032 | verb | express readiness to support
032 | verb | express readiness to back
032 | verb | express readiness to support [the] bid
032 | verb | express readiness to back [the] bid
032 | verb | express readiness to support [the] candidacy of
032 | verb | express readiness to support [the] resolution
032 | verb | express readiness to back [the] resolution
032 | verb | express readiness to support [the] efforts
032 | verb | express readiness to back [the] efforts
032 | verb | express readiness to support [the] initiative
032 | verb | express readiness to back [the] initiative
032 | verb | express readiness to support [the] proposal
032 | verb | express readiness to vote for
032 | verb | express readiness to vote in favour of
032 | verb | express readiness to vote in favor of
032 | verb | express readiness to stand by
032 | verb | express readiness to stand with
032 | verb | express readiness to work together on
032 | verb | express readiness to coordinate positions
032 | verb | express readiness to coordinate policies
032 | verb | express readiness to coordinate closely
032 | verb | express readiness to strengthen strategic coordination
032 | verb | express readiness to deepen strategic coordination
032 | verb | express readiness to enhance strategic coordination
032 | verb | express readiness to strengthen coordination
032 | verb | express readiness to deepen coordination
032 | verb | express readiness to coordinate on
032 | verb | express readiness to boost diplomatic cooperation
032 | verb | express readiness to deepen diplomatic cooperation
032 | verb | express readiness to strengthen diplomatic ties
032 | verb | express readiness to normalise relations
032 | verb | express readiness to normalize relations
032 | verb | express readiness to normalise ties
032 | verb | express readiness to normalize ties
032 | verb | express readiness to recognise
032 | verb | express readiness to recognize
032 | verb | express readiness to open [an] embassy
032 | verb | express readiness to reopen [the] embassy
032 | verb | express readiness to establish diplomatic relations
032 | verb | express readiness to establish diplomatic ties
032 | verb | express readiness to restore diplomatic ties
032 | verb | express readiness to restore diplomatic relations
032 | verb | express readiness to strengthen political dialogue
032 | verb | express readiness to deepen political trust
032 | verb | express readiness to enhance mutual trust
032 | verb | express readiness to coordinate at [the] United Nations
032 | verb | express readiness to support [each] other
032 | verb | express readiness to support [its] bid
032 | verb | pledge support
032 | verb | pledge support for
032 | verb | pledge support to
032 | verb | pledge backing
032 | verb | pledge backing for
032 | verb | pledge solidarity
032 | verb | pledge solidarity with
032 | verb | pledge political support
032 | verb | pledge diplomatic support
032 | verb | pledge full support
032 | verb | pledge unwavering support
032 | verb | pledge continued support
032 | verb | pledge [its] support
032 | verb | pledge [its] support for
032 | verb | pledge steadfast support
032 | verb | promise support
032 | verb | promise support for
032 | verb | promise support to
032 | verb | promise backing
032 | verb | promise backing for
032 | verb | promise solidarity
032 | verb | promise solidarity with
032 | verb | promise political support
032 | verb | promise diplomatic support
032 | verb | promise full support
032 | verb | promise unwavering support
032 | verb | promise continued support
032 | verb | promise [its] support
032 | verb | promise [its] support for
032 | verb | promise steadfast support
032 | verb | vow support
032 | verb | vow support for
032 | verb | vow support to
032 | verb | vow backing
032 | verb | vow backing for
032 | verb | vow solidarity
032 | verb | vow solidarity with
032 | verb | vow political support
032 | verb | vow diplomatic support
032 | verb | vow full support
032 | verb | vow unwavering support
032 | verb | vow continued support
032 | verb | vow [its] support
032 | verb | vow [its] support for
032 | verb | vow steadfast support
032 | verb | offer support
032 | verb | offer support for
032 | verb | offer support to
032 | verb | offer backing
032 | verb | offer backing for
032 | verb | offer solidarity
032 | verb | offer solidarity with
032 | verb | offer political support
032 | verb | offer diplomatic support
032 | verb | offer full support
032 | verb | offer unwavering support
032 | verb | offer continued support
032 | verb | offer [its] support
032 | verb | offer [its] support for
032 | verb | offer steadfast support
032 | noun | pledge of support
032 | noun | pledge of support for
032 | noun | offer of support
032 | noun | promise of support
032 | noun | pledge of solidarity

# 033 Express intent to provide material aid, not specified below
033 | verb | pledge to provide aid
033 | verb | pledge to provide assistance
033 | verb | pledge to send aid
033 | verb | pledge to give aid
033 | verb | pledge to deliver aid
033 | verb | pledge to help
033 | verb | pledge to assist
033 | verb | pledge to provide help
033 | verb | pledge to help _
033 | verb | pledge to assist _
033 | verb | pledge to provide support
033 | verb | pledge to provide aid to
033 | verb | pledge to provide assistance to
033 | verb | pledge to send aid to
033 | verb | pledge to increase aid
033 | verb | pledge to increase aid to
033 | verb | pledge to continue aid
033 | verb | pledge to continue aid to
033 | verb | vow to provide aid
033 | verb | vow to provide assistance
033 | verb | vow to send aid
033 | verb | vow to give aid
033 | verb | vow to deliver aid
033 | verb | vow to help
033 | verb | vow to assist
033 | verb | vow to provide help
033 | verb | vow to help _
033 | verb | vow to assist _
033 | verb | vow to provide support
033 | verb | vow to provide aid to
033 | verb | vow to provide assistance to
033 | verb | vow to send aid to
033 | verb | vow to increase aid
033 | verb | vow to increase aid to
033 | verb | vow to continue aid
033 | verb | vow to continue aid to
033 | verb | promise to provide aid
033 | verb | promise to provide assistance
033 | verb | promise to send aid
033 | verb | promise to give aid
033 | verb | promise to deliver aid
033 | verb | promise to help
033 | verb | promise to assist
033 | verb | promise to provide help
033 | verb | promise to help _
033 | verb | promise to assist _
033 | verb | promise to provide support
033 | verb | promise to provide aid to
033 | verb | promise to provide assistance to
033 | verb | promise to send aid to
033 | verb | promise to increase aid
033 | verb | promise to increase aid to
033 | verb | promise to continue aid
033 | verb | promise to continue aid to
033 | verb | agree to provide aid
033 | verb | agree to provide assistance
033 | verb | agree to send aid
033 | verb | agree to give aid
033 | verb | agree to deliver aid
033 | verb | agree to help
033 | verb | agree to assist
033 | verb | agree to provide help
033 | verb | agree to help _
033 | verb | agree to assist _
033 | verb | agree to provide support
033 | verb | agree to provide aid to
033 | verb | agree to provide assistance to
033 | verb | agree to send aid to
033 | verb | agree to increase aid
033 | verb | agree to increase aid to
033 | verb | agree to continue aid
033 | verb | agree to continue aid to
033 | verb | offer to provide aid
033 | verb | offer to provide assistance
033 | verb | offer to send aid
033 | verb | offer to give aid
033 | verb | offer to deliver aid
033 | verb | offer to help
033 | verb | offer to assist
033 | verb | offer to provide help
033 | verb | offer to help _
033 | verb | offer to assist _
033 | verb | offer to provide support
033 | verb | offer to provide aid to
033 | verb | offer to provide assistance to
033 | verb | offer to send aid to
033 | verb | offer to increase aid
033 | verb | offer to increase aid to
033 | verb | offer to continue aid
033 | verb | offer to continue aid to
033 | verb | pledge aid
033 | verb | pledge aid to
033 | verb | pledge assistance
033 | verb | pledge assistance to
033 | verb | pledge help
033 | verb | pledge help to
033 | verb | pledge more aid
033 | verb | pledge [a] package of aid
033 | verb | pledge [an] aid package
033 | verb | pledge additional aid
033 | verb | promise aid
033 | verb | promise aid to
033 | verb | promise assistance
033 | verb | promise assistance to
033 | verb | promise help
033 | verb | promise help to
033 | verb | promise more aid
033 | verb | promise [a] package of aid
033 | verb | promise [an] aid package
033 | verb | promise additional aid
033 | verb | vow aid
033 | verb | vow aid to
033 | verb | vow assistance
033 | verb | vow assistance to
033 | verb | vow help
033 | verb | vow help to
033 | verb | vow more aid
033 | verb | vow [a] package of aid
033 | verb | vow [an] aid package
033 | verb | vow additional aid
033 | verb | offer aid
033 | verb | offer aid to
033 | verb | offer assistance
033 | verb | offer assistance to
033 | verb | offer help
033 | verb | offer help to
033 | verb | offer more aid
033 | verb | offer [a] package of aid
033 | verb | offer [an] aid package
033 | verb | offer additional aid
033 | noun | pledge of aid
033 | noun | offer of aid
033 | noun | offer of assistance
033 | noun | offer of help
033 | noun | promise of aid
033 | noun | promise of assistance
033 | noun | pledge of assistance

# 0331 Express intent to provide economic aid
0331 | verb | pledge to provide [a] loan
0331 | verb | pledge to provide loans
0331 | verb | pledge to lend
0331 | verb | pledge to lend money
0331 | verb | pledge to provide financial aid
0331 | verb | pledge to provide financial assistance
0331 | verb | pledge to provide financial support
0331 | verb | pledge to provide funding
0331 | verb | pledge to provide funds
0331 | verb | pledge to fund
0331 | verb | pledge to finance
0331 | verb | pledge to forgive [the] debt
0331 | verb | pledge to write off [the] debt
0331 | verb | pledge to cancel [the] debt
0331 | verb | pledge to restructure [the] debt
0331 | verb | pledge to provide credit
0331 | verb | pledge to extend credit
0331 | verb | pledge to extend [a] loan
0331 | verb | pledge to provide grants
0331 | verb | pledge to provide [a] grant
0331 | verb | pledge to bail out
0331 | verb | pledge to disburse
0331 | verb | pledge to provide economic aid
0331 | verb | pledge to provide economic assistance
0331 | verb | pledge to provide budget support
0331 | verb | vow to provide [a] loan
0331 | verb | vow to provide loans
0331 | verb | vow to lend
0331 | verb | vow to lend money
0331 | verb | vow to provide financial aid
0331 | verb | vow to provide financial assistance
0331 | verb | vow to provide financial support
0331 | verb | vow to provide funding
0331 | verb | vow to provide funds
0331 | verb | vow to fund
0331 | verb | vow to finance
0331 | verb | vow to forgive [the] debt
0331 | verb | vow to write off [the] debt
0331 | verb | vow to cancel [the] debt
0331 | verb | vow to restructure [the] debt
0331 | verb | vow to provide credit
0331 | verb | vow to extend credit
0331 | verb | vow to extend [a] loan
0331 | verb | vow to provide grants
0331 | verb | vow to provide [a] grant
0331 | verb | vow to bail out
0331 | verb | vow to disburse
0331 | verb | vow to provide economic aid
0331 | verb | vow to provide economic assistance
0331 | verb | vow to provide budget support
0331 | verb | promise to provide [a] loan
0331 | verb | promise to provide loans
0331 | verb | promise to lend
0331 | verb | promise to lend money
0331 | verb | promise to provide financial aid
0331 | verb | promise to provide financial assistance
0331 | verb | promise to provide financial support
0331 | verb | promise to provide funding
0331 | verb | promise to provide funds
0331 | verb | promise to fund
0331 | verb | promise to finance
0331 | verb | promise to forgive [the] debt
0331 | verb | promise to write off [the] debt
0331 | verb | promise to cancel [the] debt
0331 | verb | promise to restructure [the] debt
0331 | verb | promise to provide credit
0331 | verb | promise to extend credit
0331 | verb | promise to extend [a] loan
0331 | verb | promise to provide grants
0331 | verb | promise to provide [a] grant
0331 | verb | promise to bail out
0331 | verb | promise to disburse
0331 | verb | promise to provide economic aid
0331 | verb | promise to provide economic assistance
0331 | verb | promise to provide budget support
0331 | verb | agree to provide [a] loan
0331 | verb | agree to provide loans
0331 | verb | agree to lend
0331 | verb | agree to lend money
0331 | verb | agree to provide financial aid
0331 | verb | agree to provide financial assistance
0331 | verb | agree to provide financial support
0331 | verb | agree to provide funding
0331 | verb | agree to provide funds
0331 | verb | agree to fund
0331 | verb | agree to finance
0331 | verb | agree to forgive [the] debt
0331 | verb | agree to write off [the] debt
0331 | verb | agree to cancel [the] debt
0331 | verb | agree to restructure [the] debt
0331 | verb | agree to provide credit
0331 | verb | agree to extend credit
0331 | verb | agree to extend [a] loan
0331 | verb | agree to provide grants
0331 | verb | agree to provide [a] grant
0331 | verb | agree to bail out
0331 | verb | agree to disburse
0331 | verb | agree to provide economic aid
0331 | verb | agree to provide economic assistance
0331 | verb | agree to provide budget support
0331 | verb | offer to provide [a] loan
0331 | verb | offer to provide loans
0331 | verb | offer to lend
0331 | verb | offer to lend money
0331 | verb | offer to provide financial aid
0331 | verb | offer to provide financial assistance
0331 | verb | offer to provide financial support
0331 | verb | offer to provide funding
0331 | verb | offer to provide funds
0331 | verb | offer to fund
0331 | verb | offer to finance
0331 | verb | offer to forgive [the] debt
0331 | verb | offer to write off [the] debt
0331 | verb | offer to cancel [the] debt
0331 | verb | offer to restructure [the] debt
0331 | verb | offer to provide credit
0331 | verb | offer to extend credit
0331 | verb | offer to extend [a] loan
0331 | verb | offer to provide grants
0331 | verb | offer to provide [a] grant
0331 | verb | offer to bail out
0331 | verb | offer to disburse
0331 | verb | offer to provide economic aid
0331 | verb | offer to provide economic assistance
0331 | verb | offer to provide budget support
0331 | verb | pledge money
0331 | verb | pledge funds
0331 | verb | pledge financial aid
0331 | verb | pledge financial assistance
0331 | verb | pledge financial support
0331 | verb | pledge economic aid
0331 | verb | pledge economic assistance
0331 | verb | pledge [a] loan
0331 | verb | pledge loans
0331 | verb | pledge credit
0331 | verb | pledge [a] grant
0331 | verb | pledge grants
0331 | verb | pledge funding
0331 | verb | pledge debt relief
0331 | verb | pledge [a] bailout
0331 | verb | pledge [a] credit line
0331 | verb | pledge budget support
0331 | verb | pledge development aid
0331 | verb | pledge [a] rescue package
0331 | verb | promise money
0331 | verb | promise funds
0331 | verb | promise financial aid
0331 | verb | promise financial assistance
0331 | verb | promise financial support
0331 | verb | promise economic aid
0331 | verb | promise economic assistance
0331 | verb | promise [a] loan
0331 | verb | promise loans
0331 | verb | promise credit
0331 | verb | promise [a] grant
0331 | verb | promise grants
0331 | verb | promise funding
0331 | verb | promise debt relief
0331 | verb | promise [a] bailout
0331 | verb | promise [a] credit line
0331 | verb | promise budget support
0331 | verb | promise development aid
0331 | verb | promise [a] rescue package
0331 | verb | vow money
0331 | verb | vow funds
0331 | verb | vow financial aid
0331 | verb | vow financial assistance
0331 | verb | vow financial support
0331 | verb | vow economic aid
0331 | verb | vow economic assistance
0331 | verb | vow [a] loan
0331 | verb | vow loans
0331 | verb | vow credit
0331 | verb | vow [a] grant
0331 | verb | vow grants
0331 | verb | vow funding
0331 | verb | vow debt relief
0331 | verb | vow [a] bailout
0331 | verb | vow [a] credit line
0331 | verb | vow budget support
0331 | verb | vow development aid
0331 | verb | vow [a] rescue package
0331 | verb | offer money
0331 | verb | offer funds
0331 | verb | offer financial aid
0331 | verb | offer financial assistance
0331 | verb | offer financial support
0331 | verb | offer economic aid
0331 | verb | offer economic assistance
0331 | verb | offer [a] loan
0331 | verb | offer loans
0331 | verb | offer credit
0331 | verb | offer [a] grant
0331 | verb | offer grants
0331 | verb | offer funding
0331 | verb | offer debt relief
0331 | verb | offer [a] bailout
0331 | verb | offer [a] credit line
0331 | verb | offer budget support
0331 | verb | offer development aid
0331 | verb | offer [a] rescue package
0331 | noun | pledge of financial aid
0331 | noun | pledge of financial assistance
0331 | noun | offer of [a] loan
0331 | noun | offer of loans
0331 | noun | offer of financial aid
0331 | noun | promise of funding
0331 | noun | pledge of funding
0331 | noun | offer of debt relief
0331 | noun | pledge of economic aid

# 0332 Express intent to provide military aid
0332 | verb | pledge to provide weapons
0332 | verb | pledge to supply weapons
0332 | verb | pledge to send weapons
0332 | verb | pledge to deliver weapons
0332 | verb | pledge to provide arms
0332 | verb | pledge to supply arms
0332 | verb | pledge to send arms
0332 | verb | pledge to provide military aid
0332 | verb | pledge to provide military assistance
0332 | verb | pledge to provide military equipment
0332 | verb | pledge to supply military equipment
0332 | verb | pledge to send tanks
0332 | verb | pledge to supply tanks
0332 | verb | pledge to send fighter jets
0332 | verb | pledge to supply fighter jets
0332 | verb | pledge to provide air defence
0332 | verb | pledge to provide air defense
0332 | verb | pledge to provide air defence systems
0332 | verb | pledge to provide air defense systems
0332 | verb | pledge to supply air defence systems
0332 | verb | pledge to supply air defense systems
0332 | verb | pledge to send air defence systems
0332 | verb | pledge to send air defense systems
0332 | verb | pledge to provide ammunition
0332 | verb | pledge to supply ammunition
0332 | verb | pledge to send ammunition
0332 | verb | pledge to train troops
0332 | verb | pledge to train [its] forces
0332 | verb | pledge to train soldiers
0332 | verb | pledge to send military advisers
0332 | verb | pledge to send military advisors
0332 | verb | pledge to provide missiles
0332 | verb | pledge to supply missiles
0332 | verb | pledge to send missiles
0332 | verb | pledge to provide drones
0332 | verb | pledge to supply drones
0332 | verb | pledge to provide security assistance
0332 | verb | pledge to arm
0332 | verb | vow to provide weapons
0332 | verb | vow to supply weapons
0332 | verb | vow to send weapons
0332 | verb | vow to deliver weapons
0332 | verb | vow to provide arms
0332 | verb | vow to supply arms
0332 | verb | vow to send arms
0332 | verb | vow to provide military aid
0332 | verb | vow to provide military assistance
0332 | verb | vow to provide military equipment
0332 | verb | vow to supply military equipment
0332 | verb | vow to send tanks
0332 | verb | vow to supply tanks
0332 | verb | vow to send fighter jets
0332 | verb | vow to supply fighter jets
0332 | verb | vow to provide air defence
0332 | verb | vow to provide air defense
0332 | verb | vow to provide air defence systems
0332 | verb | vow to provide air defense systems
0332 | verb | vow to supply air defence systems
0332 | verb | vow to supply air defense systems
0332 | verb | vow to send air defence systems
0332 | verb | vow to send air defense systems
0332 | verb | vow to provide ammunition
0332 | verb | vow to supply ammunition
0332 | verb | vow to send ammunition
0332 | verb | vow to train troops
0332 | verb | vow to train [its] forces
0332 | verb | vow to train soldiers
0332 | verb | vow to send military advisers
0332 | verb | vow to send military advisors
0332 | verb | vow to provide missiles
0332 | verb | vow to supply missiles
0332 | verb | vow to send missiles
0332 | verb | vow to provide drones
0332 | verb | vow to supply drones
0332 | verb | vow to provide security assistance
0332 | verb | vow to arm
0332 | verb | promise to provide weapons
0332 | verb | promise to supply weapons
0332 | verb | promise to send weapons
0332 | verb | promise to deliver weapons
0332 | verb | promise to provide arms
0332 | verb | promise to supply arms
0332 | verb | promise to send arms
0332 | verb | promise to provide military aid
0332 | verb | promise to provide military assistance
0332 | verb | promise to provide military equipment
0332 | verb | promise to supply military equipment
0332 | verb | promise to send tanks
0332 | verb | promise to supply tanks
0332 | verb | promise to send fighter jets
0332 | verb | promise to supply fighter jets
0332 | verb | promise to provide air defence
0332 | verb | promise to provide air defense
0332 | verb | promise to provide air defence systems
0332 | verb | promise to provide air defense systems
0332 | verb | promise to supply air defence systems
0332 | verb | promise to supply air defense systems
0332 | verb | promise to send air defence systems
0332 | verb | promise to send air defense systems
0332 | verb | promise to provide ammunition
0332 | verb | promise to supply ammunition
0332 | verb | promise to send ammunition
0332 | verb | promise to train troops
0332 | verb | promise to train [its] forces
0332 | verb | promise to train soldiers
0332 | verb | promise to send military advisers
0332 | verb | promise to send military advisors
0332 | verb | promise to provide missiles
0332 | verb | promise to supply missiles
0332 | verb | promise to send missiles
0332 | verb | promise to provide drones
0332 | verb | promise to supply drones
0332 | verb | promise to provide security assistance
0332 | verb | promise to arm
0332 | verb | agree to provide weapons
0332 | verb | agree to supply weapons
0332 | verb | agree to send weapons
0332 | verb | agree to deliver weapons
0332 | verb | agree to provide arms
0332 | verb | agree to supply arms
0332 | verb | agree to send arms
0332 | verb | agree to provide military aid
0332 | verb | agree to provide military assistance
0332 | verb | agree to provide military equipment
0332 | verb | agree to supply military equipment
0332 | verb | agree to send tanks
0332 | verb | agree to supply tanks
0332 | verb | agree to send fighter jets
0332 | verb | agree to supply fighter jets
0332 | verb | agree to provide air defence
0332 | verb | agree to provide air defense
0332 | verb | agree to provide air defence systems
0332 | verb | agree to provide air defense systems
0332 | verb | agree to supply air defence systems
0332 | verb | agree to supply air defense systems
0332 | verb | agree to send air defence systems
0332 | verb | agree to send air defense systems
0332 | verb | agree to provide ammunition
0332 | verb | agree to supply ammunition
0332 | verb | agree to send ammunition
0332 | verb | agree to train troops
0332 | verb | agree to train [its] forces
0332 | verb | agree to train soldiers
0332 | verb | agree to send military advisers
0332 | verb | agree to send military advisors
0332 | verb | agree to provide missiles
0332 | verb | agree to supply missiles
0332 | verb | agree to send missiles
0332 | verb | agree to provide drones
0332 | verb | agree to supply drones
0332 | verb | agree to provide security assistance
0332 | verb | agree to arm
0332 | verb | offer to provide weapons
0332 | verb | offer to supply weapons
0332 | verb | offer to send weapons
0332 | verb | offer to deliver weapons
0332 | verb | offer to provide arms
0332 | verb | offer to supply arms
0332 | verb | offer to send arms
0332 | verb | offer to provide military aid
0332 | verb | offer to provide military assistance
0332 | verb | offer to provide military equipment
0332 | verb | offer to supply military equipment
0332 | verb | offer to send tanks
0332 | verb | offer to supply tanks
0332 | verb | offer to send fighter jets
0332 | verb | offer to supply fighter jets
0332 | verb | offer to provide air defence
0332 | verb | offer to provide air defense
0332 | verb | offer to provide air defence systems
0332 | verb | offer to provide air defense systems
0332 | verb | offer to supply air defence systems
0332 | verb | offer to supply air defense systems
0332 | verb | offer to send air defence systems
0332 | verb | offer to send air defense systems
0332 | verb | offer to provide ammunition
0332 | verb | offer to supply ammunition
0332 | verb | offer to send ammunition
0332 | verb | offer to train troops
0332 | verb | offer to train [its] forces
0332 | verb | offer to train soldiers
0332 | verb | offer to send military advisers
0332 | verb | offer to send military advisors
0332 | verb | offer to provide missiles
0332 | verb | offer to supply missiles
0332 | verb | offer to send missiles
0332 | verb | offer to provide drones
0332 | verb | offer to supply drones
0332 | verb | offer to provide security assistance
0332 | verb | offer to arm
0332 | verb | pledge military aid
0332 | verb | pledge weapons
0332 | verb | pledge arms
0332 | verb | pledge military assistance
0332 | verb | pledge military support
0332 | verb | pledge ammunition
0332 | verb | pledge tanks
0332 | verb | pledge air defence systems
0332 | verb | pledge air defense systems
0332 | verb | pledge security assistance
0332 | verb | pledge fighter jets
0332 | verb | pledge [a] military aid package
0332 | verb | pledge [a] weapons package
0332 | verb | pledge artillery
0332 | verb | promise military aid
0332 | verb | promise weapons
0332 | verb | promise arms
0332 | verb | promise military assistance
0332 | verb | promise military support
0332 | verb | promise ammunition
0332 | verb | promise tanks
0332 | verb | promise air defence systems
0332 | verb | promise air defense systems
0332 | verb | promise security assistance
0332 | verb | promise fighter jets
0332 | verb | promise [a] military aid package
0332 | verb | promise [a] weapons package
0332 | verb | promise artillery
0332 | verb | vow military aid
0332 | verb | vow weapons
0332 | verb | vow arms
0332 | verb | vow military assistance
0332 | verb | vow military support
0332 | verb | vow ammunition
0332 | verb | vow tanks
0332 | verb | vow air defence systems
0332 | verb | vow air defense systems
0332 | verb | vow security assistance
0332 | verb | vow fighter jets
0332 | verb | vow [a] military aid package
0332 | verb | vow [a] weapons package
0332 | verb | vow artillery
0332 | verb | offer military aid
0332 | verb | offer weapons
0332 | verb | offer arms
0332 | verb | offer military assistance
0332 | verb | offer military support
0332 | verb | offer ammunition
0332 | verb | offer tanks
0332 | verb | offer air defence systems
0332 | verb | offer air defense systems
0332 | verb | offer security assistance
0332 | verb | offer fighter jets
0332 | verb | offer [a] military aid package
0332 | verb | offer [a] weapons package
0332 | verb | offer artillery
0332 | noun | pledge of military aid
0332 | noun | offer of military aid
0332 | noun | promise of weapons
0332 | noun | offer of weapons
0332 | noun | pledge of weapons
0332 | noun | promise of military aid

# 0333 Express intent to provide humanitarian aid
0333 | verb | pledge to provide humanitarian aid
0333 | verb | pledge to provide humanitarian assistance
0333 | verb | pledge to send humanitarian aid
0333 | verb | pledge to deliver humanitarian aid
0333 | verb | pledge to send relief
0333 | verb | pledge to provide relief
0333 | verb | pledge to send food
0333 | verb | pledge to provide food
0333 | verb | pledge to provide shelter
0333 | verb | pledge to send medical supplies
0333 | verb | pledge to provide medical aid
0333 | verb | pledge to send rescue teams
0333 | verb | pledge to send rescuers
0333 | verb | pledge to send medicine
0333 | verb | pledge to send medicines
0333 | verb | pledge to provide emergency aid
0333 | verb | pledge to provide emergency relief
0333 | verb | pledge to donate
0333 | verb | pledge to donate food
0333 | verb | pledge to take in refugees
0333 | verb | pledge to accept refugees
0333 | verb | vow to provide humanitarian aid
0333 | verb | vow to provide humanitarian assistance
0333 | verb | vow to send humanitarian aid
0333 | verb | vow to deliver humanitarian aid
0333 | verb | vow to send relief
0333 | verb | vow to provide relief
0333 | verb | vow to send food
0333 | verb | vow to provide food
0333 | verb | vow to provide shelter
0333 | verb | vow to send medical supplies
0333 | verb | vow to provide medical aid
0333 | verb | vow to send rescue teams
0333 | verb | vow to send rescuers
0333 | verb | vow to send medicine
0333 | verb | vow to send medicines
0333 | verb | vow to provide emergency aid
0333 | verb | vow to provide emergency relief
0333 | verb | vow to donate
0333 | verb | vow to donate food
0333 | verb | vow to take in refugees
0333 | verb | vow to accept refugees
0333 | verb | promise to provide humanitarian aid
0333 | verb | promise to provide humanitarian assistance
0333 | verb | promise to send humanitarian aid
0333 | verb | promise to deliver humanitarian aid
0333 | verb | promise to send relief
0333 | verb | promise to provide relief
0333 | verb | promise to send food
0333 | verb | promise to provide food
0333 | verb | promise to provide shelter
0333 | verb | promise to send medical supplies
0333 | verb | promise to provide medical aid
0333 | verb | promise to send rescue teams
0333 | verb | promise to send rescuers
0333 | verb | promise to send medicine
0333 | verb | promise to send medicines
0333 | verb | promise to provide emergency aid
0333 | verb | promise to provide emergency relief
0333 | verb | promise to donate
0333 | verb | promise to donate food
0333 | verb | promise to take in refugees
0333 | verb | promise to accept refugees
0333 | verb | agree to provide humanitarian aid
0333 | verb | agree to provide humanitarian assistance
0333 | verb | agree to send humanitarian aid
0333 | verb | agree to deliver humanitarian aid
0333 | verb | agree to send relief
0333 | verb | agree to provide relief
0333 | verb | agree to send food
0333 | verb | agree to provide food
0333 | verb | agree to provide shelter
0333 | verb | agree to send medical supplies
0333 | verb | agree to provide medical aid
0333 | verb | agree to send rescue teams
0333 | verb | agree to send rescuers
0333 | verb | agree to send medicine
0333 | verb | agree to send medicines
0333 | verb | agree to provide emergency aid
0333 | verb | agree to provide emergency relief
0333 | verb | agree to donate
0333 | verb | agree to donate food
0333 | verb | agree to take in refugees
0333 | verb | agree to accept refugees
0333 | verb | offer to provide humanitarian aid
0333 | verb | offer to provide humanitarian assistance
0333 | verb | offer to send humanitarian aid
0333 | verb | offer to deliver humanitarian aid
0333 | verb | offer to send relief
0333 | verb | offer to provide relief
0333 | verb | offer to send food
0333 | verb | offer to provide food
0333 | verb | offer to provide shelter
0333 | verb | offer to send medical supplies
0333 | verb | offer to provide medical aid
0333 | verb | offer to send rescue teams
0333 | verb | offer to send rescuers
0333 | verb | offer to send medicine
0333 | verb | offer to send medicines
0333 | verb | offer to provide emergency aid
0333 | verb | offer to provide emergency relief
0333 | verb | offer to donate
0333 | verb | offer to donate food
0333 | verb | offer to take in refugees
0333 | verb | offer to accept refugees
0333 | verb | pledge humanitarian aid
0333 | verb | pledge humanitarian assistance
0333 | verb | pledge emergency aid
0333 | verb | pledge relief
0333 | verb | pledge food aid
0333 | verb | pledge emergency relief
0333 | verb | pledge relief aid
0333 | verb | pledge rescue teams
0333 | verb | pledge medical aid
0333 | verb | promise humanitarian aid
0333 | verb | promise humanitarian assistance
0333 | verb | promise emergency aid
0333 | verb | promise relief
0333 | verb | promise food aid
0333 | verb | promise emergency relief
0333 | verb | promise relief aid
0333 | verb | promise rescue teams
0333 | verb | promise medical aid
0333 | verb | vow humanitarian aid
0333 | verb | vow humanitarian assistance
0333 | verb | vow emergency aid
0333 | verb | vow relief
0333 | verb | vow food aid
0333 | verb | vow emergency relief
0333 | verb | vow relief aid
0333 | verb | vow rescue teams
0333 | verb | vow medical aid
0333 | verb | offer humanitarian aid
0333 | verb | offer humanitarian assistance
0333 | verb | offer emergency aid
0333 | verb | offer relief
0333 | verb | offer food aid
0333 | verb | offer emergency relief
0333 | verb | offer relief aid
0333 | verb | offer rescue teams
0333 | verb | offer medical aid
0333 | noun | pledge of humanitarian aid
0333 | noun | offer of humanitarian aid
0333 | noun | offer of humanitarian assistance
0333 | noun | offer of relief
0333 | noun | offer of rescue teams

# 0334 Express intent to provide military protection or peacekeeping
0334 | verb | pledge to send peacekeepers
0334 | verb | pledge to deploy peacekeepers
0334 | verb | pledge to contribute troops
0334 | verb | pledge to contribute peacekeepers
0334 | verb | pledge to send troops
0334 | verb | pledge to provide protection
0334 | verb | pledge to protect
0334 | verb | pledge to defend
0334 | verb | pledge to defend _
0334 | verb | pledge to provide security guarantees
0334 | verb | pledge to provide security
0334 | verb | pledge to join [the] peacekeeping mission
0334 | verb | pledge to join [the] peacekeeping force
0334 | verb | pledge to lead [the] peacekeeping mission
0334 | verb | pledge to lead [a] peacekeeping force
0334 | verb | pledge to contribute to peacekeeping
0334 | verb | pledge to send [a] peacekeeping force
0334 | verb | pledge to deploy [a] peacekeeping force
0334 | verb | pledge to come to [the] defence of
0334 | verb | pledge to come to [the] defense of
0334 | verb | pledge to guarantee [the] security of
0334 | verb | vow to send peacekeepers
0334 | verb | vow to deploy peacekeepers
0334 | verb | vow to contribute troops
0334 | verb | vow to contribute peacekeepers
0334 | verb | vow to send troops
0334 | verb | vow to provide protection
0334 | verb | vow to protect
0334 | verb | vow to defend
0334 | verb | vow to defend _
0334 | verb | vow to provide security guarantees
0334 | verb | vow to provide security
0334 | verb | vow to join [the] peacekeeping mission
0334 | verb | vow to join [the] peacekeeping force
0334 | verb | vow to lead [the] peacekeeping mission
0334 | verb | vow to lead [a] peacekeeping force
0334 | verb | vow to contribute to peacekeeping
0334 | verb | vow to send [a] peacekeeping force
0334 | verb | vow to deploy [a] peacekeeping force
0334 | verb | vow to come to [the] defence of
0334 | verb | vow to come to [the] defense of
0334 | verb | vow to guarantee [the] security of
0334 | verb | promise to send peacekeepers
0334 | verb | promise to deploy peacekeepers
0334 | verb | promise to contribute troops
0334 | verb | promise to contribute peacekeepers
0334 | verb | promise to send troops
0334 | verb | promise to provide protection
0334 | verb | promise to protect
0334 | verb | promise to defend
0334 | verb | promise to defend _
0334 | verb | promise to provide security guarantees
0334 | verb | promise to provide security
0334 | verb | promise to join [the] peacekeeping mission
0334 | verb | promise to join [the] peacekeeping force
0334 | verb | promise to lead [the] peacekeeping mission
0334 | verb | promise to lead [a] peacekeeping force
0334 | verb | promise to contribute to peacekeeping
0334 | verb | promise to send [a] peacekeeping force
0334 | verb | promise to deploy [a] peacekeeping force
0334 | verb | promise to come to [the] defence of
0334 | verb | promise to come to [the] defense of
0334 | verb | promise to guarantee [the] security of
0334 | verb | agree to send peacekeepers
0334 | verb | agree to deploy peacekeepers
0334 | verb | agree to contribute troops
0334 | verb | agree to contribute peacekeepers
0334 | verb | agree to send troops
0334 | verb | agree to provide protection
0334 | verb | agree to protect
0334 | verb | agree to defend
0334 | verb | agree to defend _
0334 | verb | agree to provide security guarantees
0334 | verb | agree to provide security
0334 | verb | agree to join [the] peacekeeping mission
0334 | verb | agree to join [the] peacekeeping force
0334 | verb | agree to lead [the] peacekeeping mission
0334 | verb | agree to lead [a] peacekeeping force
0334 | verb | agree to contribute to peacekeeping
0334 | verb | agree to send [a] peacekeeping force
0334 | verb | agree to deploy [a] peacekeeping force
0334 | verb | agree to come to [the] defence of
0334 | verb | agree to come to [the] defense of
0334 | verb | agree to guarantee [the] security of
0334 | verb | offer to send peacekeepers
0334 | verb | offer to deploy peacekeepers
0334 | verb | offer to contribute troops
0334 | verb | offer to contribute peacekeepers
0334 | verb | offer to send troops
0334 | verb | offer to provide protection
0334 | verb | offer to protect
0334 | verb | offer to defend
0334 | verb | offer to defend _
0334 | verb | offer to provide security guarantees
0334 | verb | offer to provide security
0334 | verb | offer to join [the] peacekeeping mission
0334 | verb | offer to join [the] peacekeeping force
0334 | verb | offer to lead [the] peacekeeping mission
0334 | verb | offer to lead [a] peacekeeping force
0334 | verb | offer to contribute to peacekeeping
0334 | verb | offer to send [a] peacekeeping force
0334 | verb | offer to deploy [a] peacekeeping force
0334 | verb | offer to come to [the] defence of
0334 | verb | offer to come to [the] defense of
0334 | verb | offer to guarantee [the] security of
0334 | verb | pledge peacekeepers
0334 | verb | pledge troops
0334 | verb | pledge security guarantees
0334 | verb | pledge protection
0334 | verb | pledge [a] security guarantee
0334 | verb | promise peacekeepers
0334 | verb | promise troops
0334 | verb | promise security guarantees
0334 | verb | promise protection
0334 | verb | promise [a] security guarantee
0334 | verb | vow peacekeepers
0334 | verb | vow troops
0334 | verb | vow security guarantees
0334 | verb | vow protection
0334 | verb | vow [a] security guarantee
0334 | verb | offer peacekeepers
0334 | verb | offer troops
0334 | verb | offer security guarantees
0334 | verb | offer protection
0334 | verb | offer [a] security guarantee
0334 | noun | offer of peacekeepers
0334 | noun | offer of troops
0334 | noun | offer of security guarantees
0334 | noun | pledge of troops
0334 | noun | offer of protection

# 034 Express intent to institute political reform, not specified below
034 | verb | pledge to reform
034 | verb | pledge to carry out reforms
034 | verb | pledge to implement reforms
034 | verb | pledge to introduce reforms
034 | verb | pledge to undertake reforms
034 | verb | pledge to enact reforms
034 | verb | pledge to pursue reforms
034 | verb | pledge to press ahead with reforms
034 | verb | pledge to speed up reforms
034 | verb | pledge to hold elections
034 | verb | pledge to hold free elections
034 | verb | pledge to hold free and fair elections
034 | verb | pledge to fight corruption
034 | verb | pledge to tackle corruption
034 | verb | pledge to root out corruption
034 | verb | pledge to democratise
034 | verb | pledge to democratize
034 | verb | pledge to introduce political reforms
034 | verb | pledge to overhaul [the] system
034 | verb | vow to reform
034 | verb | vow to carry out reforms
034 | verb | vow to implement reforms
034 | verb | vow to introduce reforms
034 | verb | vow to undertake reforms
034 | verb | vow to enact reforms
034 | verb | vow to pursue reforms
034 | verb | vow to press ahead with reforms
034 | verb | vow to speed up reforms
034 | verb | vow to hold elections
034 | verb | vow to hold free elections
034 | verb | vow to hold free and fair elections
034 | verb | vow to fight corruption
034 | verb | vow to tackle corruption
034 | verb | vow to root out corruption
034 | verb | vow to democratise
034 | verb | vow to democratize
034 | verb | vow to introduce political reforms
034 | verb | vow to overhaul [the] system
034 | verb | promise to reform
034 | verb | promise to carry out reforms
034 | verb | promise to implement reforms
034 | verb | promise to introduce reforms
034 | verb | promise to undertake reforms
034 | verb | promise to enact reforms
034 | verb | promise to pursue reforms
034 | verb | promise to press ahead with reforms
034 | verb | promise to speed up reforms
034 | verb | promise to hold elections
034 | verb | promise to hold free elections
034 | verb | promise to hold free and fair elections
034 | verb | promise to fight corruption
034 | verb | promise to tackle corruption
034 | verb | promise to root out corruption
034 | verb | promise to democratise
034 | verb | promise to democratize
034 | verb | promise to introduce political reforms
034 | verb | promise to overhaul [the] system
034 | verb | agree to reform
034 | verb | agree to carry out reforms
034 | verb | agree to implement reforms
034 | verb | agree to introduce reforms
034 | verb | agree to undertake reforms
034 | verb | agree to enact reforms
034 | verb | agree to pursue reforms
034 | verb | agree to press ahead with reforms
034 | verb | agree to speed up reforms
034 | verb | agree to hold elections
034 | verb | agree to hold free elections
034 | verb | agree to hold free and fair elections
034 | verb | agree to fight corruption
034 | verb | agree to tackle corruption
034 | verb | agree to root out corruption
034 | verb | agree to democratise
034 | verb | agree to democratize
034 | verb | agree to introduce political reforms
034 | verb | agree to overhaul [the] system
034 | verb | express readiness to reform
034 | verb | express readiness to carry out reforms
034 | verb | express readiness to implement reforms
034 | verb | express readiness to introduce reforms
034 | verb | express readiness to undertake reforms
034 | verb | express readiness to enact reforms
034 | verb | express readiness to pursue reforms
034 | verb | express readiness to press ahead with reforms
034 | verb | express readiness to speed up reforms
034 | verb | express readiness to hold elections
034 | verb | express readiness to hold free elections
034 | verb | express readiness to hold free and fair elections
034 | verb | express readiness to fight corruption
034 | verb | express readiness to tackle corruption
034 | verb | express readiness to root out corruption
034 | verb | express readiness to democratise
034 | verb | express readiness to democratize
034 | verb | express readiness to introduce political reforms
034 | verb | express readiness to overhaul [the] system
034 | verb | pledge reforms
034 | verb | pledge reform
034 | verb | pledge political reform
034 | verb | pledge political reforms
034 | verb | pledge elections
034 | verb | pledge free elections
034 | verb | pledge democratic reforms
034 | verb | promise reforms
034 | verb | promise reform
034 | verb | promise political reform
034 | verb | promise political reforms
034 | verb | promise elections
034 | verb | promise free elections
034 | verb | promise democratic reforms
034 | verb | vow reforms
034 | verb | vow reform
034 | verb | vow political reform
034 | verb | vow political reforms
034 | verb | vow elections
034 | verb | vow free elections
034 | verb | vow democratic reforms
034 | verb | offer reforms
034 | verb | offer reform
034 | verb | offer political reform
034 | verb | offer political reforms
034 | verb | offer elections
034 | verb | offer free elections
034 | verb | offer democratic reforms
034 | noun | pledge of reform
034 | noun | promise of reform
034 | noun | promise of reforms
034 | noun | promise of elections
034 | noun | pledge of reforms

# 0341 Express intent to change leadership
0341 | verb | pledge to resign
0341 | verb | pledge to step down
0341 | verb | pledge to step aside
0341 | verb | pledge to stand down
0341 | verb | pledge to quit
0341 | verb | pledge to leave office
0341 | verb | pledge to leave power
0341 | verb | pledge to hand over power
0341 | verb | pledge to cede power
0341 | verb | pledge to relinquish power
0341 | verb | pledge to give up power
0341 | verb | pledge to transfer power
0341 | verb | pledge to hand power to
0341 | verb | pledge to hold early elections
0341 | verb | pledge to call early elections
0341 | verb | pledge to call [a] snap election
0341 | verb | pledge to call snap elections
0341 | verb | pledge to reshuffle [the] cabinet
0341 | verb | pledge to reshuffle [the] government
0341 | verb | pledge to form [a] new government
0341 | verb | pledge to not seek re-election
0341 | verb | pledge to not seek reelection
0341 | verb | pledge to not run again
0341 | verb | vow to resign
0341 | verb | vow to step down
0341 | verb | vow to step aside
0341 | verb | vow to stand down
0341 | verb | vow to quit
0341 | verb | vow to leave office
0341 | verb | vow to leave power
0341 | verb | vow to hand over power
0341 | verb | vow to cede power
0341 | verb | vow to relinquish power
0341 | verb | vow to give up power
0341 | verb | vow to transfer power
0341 | verb | vow to hand power to
0341 | verb | vow to hold early elections
0341 | verb | vow to call early elections
0341 | verb | vow to call [a] snap election
0341 | verb | vow to call snap elections
0341 | verb | vow to reshuffle [the] cabinet
0341 | verb | vow to reshuffle [the] government
0341 | verb | vow to form [a] new government
0341 | verb | vow to not seek re-election
0341 | verb | vow to not seek reelection
0341 | verb | vow to not run again
0341 | verb | promise to resign
0341 | verb | promise to step down
0341 | verb | promise to step aside
0341 | verb | promise to stand down
0341 | verb | promise to quit
0341 | verb | promise to leave office
0341 | verb | promise to leave power
0341 | verb | promise to hand over power
0341 | verb | promise to cede power
0341 | verb | promise to relinquish power
0341 | verb | promise to give up power
0341 | verb | promise to transfer power
0341 | verb | promise to hand power to
0341 | verb | promise to hold early elections
0341 | verb | promise to call early elections
0341 | verb | promise to call [a] snap election
0341 | verb | promise to call snap elections
0341 | verb | promise to reshuffle [the] cabinet
0341 | verb | promise to reshuffle [the] government
0341 | verb | promise to form [a] new government
0341 | verb | promise to not seek re-election
0341 | verb | promise to not seek reelection
0341 | verb | promise to not run again
0341 | verb | agree to resign
0341 | verb | agree to step down
0341 | verb | agree to step aside
0341 | verb | agree to stand down
0341 | verb | agree to quit
0341 | verb | agree to leave office
0341 | verb | agree to leave power
0341 | verb | agree to hand over power
0341 | verb | agree to cede power
0341 | verb | agree to relinquish power
0341 | verb | agree to give up power
0341 | verb | agree to transfer power
0341 | verb | agree to hand power to
0341 | verb | agree to hold early elections
0341 | verb | agree to call early elections
0341 | verb | agree to call [a] snap election
0341 | verb | agree to call snap elections
0341 | verb | agree to reshuffle [the] cabinet
0341 | verb | agree to reshuffle [the] government
0341 | verb | agree to form [a] new government
0341 | verb | agree to not seek re-election
0341 | verb | agree to not seek reelection
0341 | verb | agree to not run again
0341 | verb | express readiness to resign
0341 | verb | express readiness to step down
0341 | verb | express readiness to step aside
0341 | verb | express readiness to stand down
0341 | verb | express readiness to quit
0341 | verb | express readiness to leave office
0341 | verb | express readiness to leave power
0341 | verb | express readiness to hand over power
0341 | verb | express readiness to cede power
0341 | verb | express readiness to relinquish power
0341 | verb | express readiness to give up power
0341 | verb | express readiness to transfer power
0341 | verb | express readiness to hand power to
0341 | verb | express readiness to hold early elections
0341 | verb | express readiness to call early elections
0341 | verb | express readiness to call [a] snap election
0341 | verb | express readiness to call snap elections
0341 | verb | express readiness to reshuffle [the] cabinet
0341 | verb | express readiness to reshuffle [the] government
0341 | verb | express readiness to form [a] new government
0341 | verb | express readiness to not seek re-election
0341 | verb | express readiness to not seek reelection
0341 | verb | express readiness to not run again
0341 | verb | offer to resign
0341 | verb | offer to step down
0341 | verb | offer to step aside
0341 | verb | offer to stand down
0341 | verb | offer to quit
0341 | verb | offer to leave office
0341 | verb | offer to leave power
0341 | verb | offer to hand over power
0341 | verb | offer to cede power
0341 | verb | offer to relinquish power
0341 | verb | offer to give up power
0341 | verb | offer to transfer power
0341 | verb | offer to hand power to
0341 | verb | offer to hold early elections
0341 | verb | offer to call early elections
0341 | verb | offer to call [a] snap election
0341 | verb | offer to call snap elections
0341 | verb | offer to reshuffle [the] cabinet
0341 | verb | offer to reshuffle [the] government
0341 | verb | offer to form [a] new government
0341 | verb | offer to not seek re-election
0341 | verb | offer to not seek reelection
0341 | verb | offer to not run again
0341 | noun | offer of resignation
0341 | noun | offer to resign
0341 | noun | promise to step down
0341 | noun | pledge to step down

# 0342 Express intent to change policy
0342 | verb | pledge to change [its] policy
0342 | verb | pledge to review [its] policy
0342 | verb | pledge to reconsider
0342 | verb | pledge to reconsider [the] decision
0342 | verb | pledge to reverse [the] decision
0342 | verb | pledge to reverse [its] policy
0342 | verb | pledge to revise [its] policy
0342 | verb | pledge to rethink [its] policy
0342 | verb | pledge to scrap
0342 | verb | pledge to scrap [the] plan
0342 | verb | pledge to drop [the] plan
0342 | verb | pledge to abandon [the] plan
0342 | verb | pledge to shelve [the] plan
0342 | verb | pledge to repeal
0342 | verb | pledge to repeal [the] law
0342 | verb | pledge to amend [the] law
0342 | verb | pledge to amend
0342 | verb | pledge to revoke
0342 | verb | pledge to rescind
0342 | verb | pledge to withdraw [the] bill
0342 | verb | pledge to suspend
0342 | verb | pledge to change course
0342 | verb | pledge to adjust [its] policy
0342 | verb | pledge to soften [its] stance
0342 | verb | pledge to review [the] law
0342 | verb | pledge to change [the] law
0342 | verb | pledge to overhaul [the] policy
0342 | verb | pledge to end [the] policy
0342 | verb | pledge to halt
0342 | verb | pledge to abandon
0342 | verb | pledge to revisit [the] decision
0342 | verb | vow to change [its] policy
0342 | verb | vow to review [its] policy
0342 | verb | vow to reconsider
0342 | verb | vow to reconsider [the] decision
0342 | verb | vow to reverse [the] decision
0342 | verb | vow to reverse [its] policy
0342 | verb | vow to revise [its] policy
0342 | verb | vow to rethink [its] policy
0342 | verb | vow to scrap
0342 | verb | vow to scrap [the] plan
0342 | verb | vow to drop [the] plan
0342 | verb | vow to abandon [the] plan
0342 | verb | vow to shelve [the] plan
0342 | verb | vow to repeal
0342 | verb | vow to repeal [the] law
0342 | verb | vow to amend [the] law
0342 | verb | vow to amend
0342 | verb | vow to revoke
0342 | verb | vow to rescind
0342 | verb | vow to withdraw [the] bill
0342 | verb | vow to suspend
0342 | verb | vow to change course
0342 | verb | vow to adjust [its] policy
0342 | verb | vow to soften [its] stance
0342 | verb | vow to review [the] law
0342 | verb | vow to change [the] law
0342 | verb | vow to overhaul [the] policy
0342 | verb | vow to end [the] policy
0342 | verb | vow to halt
0342 | verb | vow to abandon
0342 | verb | vow to revisit [the] decision
0342 | verb | promise to change [its] policy
0342 | verb | promise to review [its] policy
0342 | verb | promise to reconsider
0342 | verb | promise to reconsider [the] decision
0342 | verb | promise to reverse [the] decision
0342 | verb | promise to reverse [its] policy
0342 | verb | promise to revise [its] policy
0342 | verb | promise to rethink [its] policy
0342 | verb | promise to scrap
0342 | verb | promise to scrap [the] plan
0342 | verb | promise to drop [the] plan
0342 | verb | promise to abandon [the] plan
0342 | verb | promise to shelve [the] plan
0342 | verb | promise to repeal
0342 | verb | promise to repeal [the] law
0342 | verb | promise to amend [the] law
0342 | verb | promise to amend
0342 | verb | promise to revoke
0342 | verb | promise to rescind
0342 | verb | promise to withdraw [the] bill
0342 | verb | promise to suspend
0342 | verb | promise to change course
0342 | verb | promise to adjust [its] policy
0342 | verb | promise to soften [its] stance
0342 | verb | promise to review [the] law
0342 | verb | promise to change [the] law
0342 | verb | promise to overhaul [the] policy
0342 | verb | promise to end [the] policy
0342 | verb | promise to halt
0342 | verb | promise to abandon
0342 | verb | promise to revisit [the] decision
0342 | verb | agree to change [its] policy
0342 | verb | agree to review [its] policy
0342 | verb | agree to reconsider
0342 | verb | agree to reconsider [the] decision
0342 | verb | agree to reverse [the] decision
0342 | verb | agree to reverse [its] policy
0342 | verb | agree to revise [its] policy
0342 | verb | agree to rethink [its] policy
0342 | verb | agree to scrap
0342 | verb | agree to scrap [the] plan
0342 | verb | agree to drop [the] plan
0342 | verb | agree to abandon [the] plan
0342 | verb | agree to shelve [the] plan
0342 | verb | agree to repeal
0342 | verb | agree to repeal [the] law
0342 | verb | agree to amend [the] law
0342 | verb | agree to amend
0342 | verb | agree to revoke
0342 | verb | agree to rescind
0342 | verb | agree to withdraw [the] bill
0342 | verb | agree to suspend
0342 | verb | agree to change course
0342 | verb | agree to adjust [its] policy
0342 | verb | agree to soften [its] stance
0342 | verb | agree to review [the] law
0342 | verb | agree to change [the] law
0342 | verb | agree to overhaul [the] policy
0342 | verb | agree to end [the] policy
0342 | verb | agree to halt
0342 | verb | agree to abandon
0342 | verb | agree to revisit [the] decision
0342 | verb | express readiness to change [its] policy
0342 | verb | express readiness to review [its] policy
0342 | verb | express readiness to reconsider
0342 | verb | express readiness to reconsider [the] decision
0342 | verb | express readiness to reverse [the] decision
0342 | verb | express readiness to reverse [its] policy
0342 | verb | express readiness to revise [its] policy
0342 | verb | express readiness to rethink [its] policy
0342 | verb | express readiness to scrap
0342 | verb | express readiness to scrap [the] plan
0342 | verb | express readiness to drop [the] plan
0342 | verb | express readiness to abandon [the] plan
0342 | verb | express readiness to shelve [the] plan
0342 | verb | express readiness to repeal
0342 | verb | express readiness to repeal [the] law
0342 | verb | express readiness to amend [the] law
0342 | verb | express readiness to amend
0342 | verb | express readiness to revoke
0342 | verb | express readiness to rescind
0342 | verb | express readiness to withdraw [the] bill
0342 | verb | express readiness to suspend
0342 | verb | express readiness to change course
0342 | verb | express readiness to adjust [its] policy
0342 | verb | express readiness to soften [its] stance
0342 | verb | express readiness to review [the] law
0342 | verb | express readiness to change [the] law
0342 | verb | express readiness to overhaul [the] policy
0342 | verb | express readiness to end [the] policy
0342 | verb | express readiness to halt
0342 | verb | express readiness to abandon
0342 | verb | express readiness to revisit [the] decision
0342 | verb | pledge [a] policy change
0342 | verb | pledge [a] change of policy
0342 | verb | pledge [a] review of
0342 | verb | pledge changes
0342 | verb | pledge [a] rethink
0342 | verb | promise [a] policy change
0342 | verb | promise [a] change of policy
0342 | verb | promise [a] review of
0342 | verb | promise changes
0342 | verb | promise [a] rethink
0342 | verb | vow [a] policy change
0342 | verb | vow [a] change of policy
0342 | verb | vow [a] review of
0342 | verb | vow changes
0342 | verb | vow [a] rethink
0342 | verb | offer [a] policy change
0342 | verb | offer [a] change of policy
0342 | verb | offer [a] review of
0342 | verb | offer changes
0342 | verb | offer [a] rethink

# 0343 Express intent to provide rights
0343 | verb | pledge to respect human rights
0343 | verb | pledge to protect human rights
0343 | verb | pledge to uphold human rights
0343 | verb | pledge to guarantee rights
0343 | verb | pledge to guarantee freedom of speech
0343 | verb | pledge to guarantee press freedom
0343 | verb | pledge to respect press freedom
0343 | verb | pledge to protect minority rights
0343 | verb | pledge to protect minorities
0343 | verb | pledge to grant rights
0343 | verb | pledge to restore rights
0343 | verb | pledge to grant citizenship
0343 | verb | pledge to allow free speech
0343 | verb | pledge to allow peaceful protests
0343 | verb | pledge to improve human rights
0343 | verb | pledge to end discrimination
0343 | verb | pledge to respect freedom of religion
0343 | verb | pledge to guarantee freedom of assembly
0343 | verb | pledge to guarantee freedoms
0343 | verb | pledge to protect freedoms
0343 | verb | pledge to respect rights
0343 | verb | pledge to protect rights
0343 | verb | pledge to ensure rights
0343 | verb | pledge to respect [the] rights of
0343 | verb | pledge to protect [the] rights of
0343 | verb | pledge to guarantee [the] rights of
0343 | verb | vow to respect human rights
0343 | verb | vow to protect human rights
0343 | verb | vow to uphold human rights
0343 | verb | vow to guarantee rights
0343 | verb | vow to guarantee freedom of speech
0343 | verb | vow to guarantee press freedom
0343 | verb | vow to respect press freedom
0343 | verb | vow to protect minority rights
0343 | verb | vow to protect minorities
0343 | verb | vow to grant rights
0343 | verb | vow to restore rights
0343 | verb | vow to grant citizenship
0343 | verb | vow to allow free speech
0343 | verb | vow to allow peaceful protests
0343 | verb | vow to improve human rights
0343 | verb | vow to end discrimination
0343 | verb | vow to respect freedom of religion
0343 | verb | vow to guarantee freedom of assembly
0343 | verb | vow to guarantee freedoms
0343 | verb | vow to protect freedoms
0343 | verb | vow to respect rights
0343 | verb | vow to protect rights
0343 | verb | vow to ensure rights
0343 | verb | vow to respect [the] rights of
0343 | verb | vow to protect [the] rights of
0343 | verb | vow to guarantee [the] rights of
0343 | verb | promise to respect human rights
0343 | verb | promise to protect human rights
0343 | verb | promise to uphold human rights
0343 | verb | promise to guarantee rights
0343 | verb | promise to guarantee freedom of speech
0343 | verb | promise to guarantee press freedom
0343 | verb | promise to respect press freedom
0343 | verb | promise to protect minority rights
0343 | verb | promise to protect minorities
0343 | verb | promise to grant rights
0343 | verb | promise to restore rights
0343 | verb | promise to grant citizenship
0343 | verb | promise to allow free speech
0343 | verb | promise to allow peaceful protests
0343 | verb | promise to improve human rights
0343 | verb | promise to end discrimination
0343 | verb | promise to respect freedom of religion
0343 | verb | promise to guarantee freedom of assembly
0343 | verb | promise to guarantee freedoms
0343 | verb | promise to protect freedoms
0343 | verb | promise to respect rights
0343 | verb | promise to protect rights
0343 | verb | promise to ensure rights
0343 | verb | promise to respect [the] rights of
0343 | verb | promise to protect [the] rights of
0343 | verb | promise to guarantee [the] rights of
0343 | verb | agree to respect human rights
0343 | verb | agree to protect human rights
0343 | verb | agree to uphold human rights
0343 | verb | agree to guarantee rights
0343 | verb | agree to guarantee freedom of speech
0343 | verb | agree to guarantee press freedom
0343 | verb | agree to respect press freedom
0343 | verb | agree to protect minority rights
0343 | verb | agree to protect minorities
0343 | verb | agree to grant rights
0343 | verb | agree to restore rights
0343 | verb | agree to grant citizenship
0343 | verb | agree to allow free speech
0343 | verb | agree to allow peaceful protests
0343 | verb | agree to improve human rights
0343 | verb | agree to end discrimination
0343 | verb | agree to respect freedom of religion
0343 | verb | agree to guarantee freedom of assembly
0343 | verb | agree to guarantee freedoms
0343 | verb | agree to protect freedoms
0343 | verb | agree to respect rights
0343 | verb | agree to protect rights
0343 | verb | agree to ensure rights
0343 | verb | agree to respect [the] rights of
0343 | verb | agree to protect [the] rights of
0343 | verb | agree to guarantee [the] rights of
0343 | verb | express readiness to respect human rights
0343 | verb | express readiness to protect human rights
0343 | verb | express readiness to uphold human rights
0343 | verb | express readiness to guarantee rights
0343 | verb | express readiness to guarantee freedom of speech
0343 | verb | express readiness to guarantee press freedom
0343 | verb | express readiness to respect press freedom
0343 | verb | express readiness to protect minority rights
0343 | verb | express readiness to protect minorities
0343 | verb | express readiness to grant rights
0343 | verb | express readiness to restore rights
0343 | verb | express readiness to grant citizenship
0343 | verb | express readiness to allow free speech
0343 | verb | express readiness to allow peaceful protests
0343 | verb | express readiness to improve human rights
0343 | verb | express readiness to end discrimination
0343 | verb | express readiness to respect freedom of religion
0343 | verb | express readiness to guarantee freedom of assembly
0343 | verb | express readiness to guarantee freedoms
0343 | verb | express readiness to protect freedoms
0343 | verb | express readiness to respect rights
0343 | verb | express readiness to protect rights
0343 | verb | express readiness to ensure rights
0343 | verb | express readiness to respect [the] rights of
0343 | verb | express readiness to protect [the] rights of
0343 | verb | express readiness to guarantee [the] rights of
0343 | verb | pledge respect for human rights
0343 | verb | pledge rights
0343 | verb | pledge equal rights
0343 | verb | pledge greater freedoms
0343 | verb | promise respect for human rights
0343 | verb | promise rights
0343 | verb | promise equal rights
0343 | verb | promise greater freedoms
0343 | verb | vow respect for human rights
0343 | verb | vow rights
0343 | verb | vow equal rights
0343 | verb | vow greater freedoms
0343 | verb | offer respect for human rights
0343 | verb | offer rights
0343 | verb | offer equal rights
0343 | verb | offer greater freedoms

# 0344 Express intent to change institutions, regime
0344 | verb | pledge to amend [the] constitution
0344 | verb | pledge to change [the] constitution
0344 | verb | pledge to rewrite [the] constitution
0344 | verb | pledge to draft [a] new constitution
0344 | verb | pledge to restore democracy
0344 | verb | pledge to restore civilian rule
0344 | verb | pledge to return to civilian rule
0344 | verb | pledge to return power to civilians
0344 | verb | pledge to hand power to [a] civilian government
0344 | verb | pledge to hold [a] referendum
0344 | verb | pledge to grant autonomy
0344 | verb | pledge to dissolve parliament
0344 | verb | pledge to dissolve [the] parliament
0344 | verb | pledge to form [a] transitional government
0344 | verb | pledge to form [a] unity government
0344 | verb | pledge to form [a] national unity government
0344 | verb | pledge to restore [the] constitutional order
0344 | verb | pledge to reform [the] judiciary
0344 | verb | pledge to reform [the] electoral system
0344 | verb | pledge to reform [the] electoral law
0344 | verb | pledge to hold [a] constitutional referendum
0344 | verb | pledge to decentralise
0344 | verb | pledge to decentralize
0344 | verb | pledge to devolve power
0344 | verb | pledge to devolve powers
0344 | verb | pledge to transition to democracy
0344 | verb | pledge to restore parliament
0344 | verb | vow to amend [the] constitution
0344 | verb | vow to change [the] constitution
0344 | verb | vow to rewrite [the] constitution
0344 | verb | vow to draft [a] new constitution
0344 | verb | vow to restore democracy
0344 | verb | vow to restore civilian rule
0344 | verb | vow to return to civilian rule
0344 | verb | vow to return power to civilians
0344 | verb | vow to hand power to [a] civilian government
0344 | verb | vow to hold [a] referendum
0344 | verb | vow to grant autonomy
0344 | verb | vow to dissolve parliament
0344 | verb | vow to dissolve [the] parliament
0344 | verb | vow to form [a] transitional government
0344 | verb | vow to form [a] unity government
0344 | verb | vow to form [a] national unity government
0344 | verb | vow to restore [the] constitutional order
0344 | verb | vow to reform [the] judiciary
0344 | verb | vow to reform [the] electoral system
0344 | verb | vow to reform [the] electoral law
0344 | verb | vow to hold [a] constitutional referendum
0344 | verb | vow to decentralise
0344 | verb | vow to decentralize
0344 | verb | vow to devolve power
0344 | verb | vow to devolve powers
0344 | verb | vow to transition to democracy
0344 | verb | vow to restore parliament
0344 | verb | promise to amend [the] constitution
0344 | verb | promise to change [the] constitution
0344 | verb | promise to rewrite [the] constitution
0344 | verb | promise to draft [a] new constitution
0344 | verb | promise to restore democracy
0344 | verb | promise to restore civilian rule
0344 | verb | promise to return to civilian rule
0344 | verb | promise to return power to civilians
0344 | verb | promise to hand power to [a] civilian government
0344 | verb | promise to hold [a] referendum
0344 | verb | promise to grant autonomy
0344 | verb | promise to dissolve parliament
0344 | verb | promise to dissolve [the] parliament
0344 | verb | promise to form [a] transitional government
0344 | verb | promise to form [a] unity government
0344 | verb | promise to form [a] national unity government
0344 | verb | promise to restore [the] constitutional order
0344 | verb | promise to reform [the] judiciary
0344 | verb | promise to reform [the] electoral system
0344 | verb | promise to reform [the] electoral law
0344 | verb | promise to hold [a] constitutional referendum
0344 | verb | promise to decentralise
0344 | verb | promise to decentralize
0344 | verb | promise to devolve power
0344 | verb | promise to devolve powers
0344 | verb | promise to transition to democracy
0344 | verb | promise to restore parliament
0344 | verb | agree to amend [the] constitution
0344 | verb | agree to change [the] constitution
0344 | verb | agree to rewrite [the] constitution
0344 | verb | agree to draft [a] new constitution
0344 | verb | agree to restore democracy
0344 | verb | agree to restore civilian rule
0344 | verb | agree to return to civilian rule
0344 | verb | agree to return power to civilians
0344 | verb | agree to hand power to [a] civilian government
0344 | verb | agree to hold [a] referendum
0344 | verb | agree to grant autonomy
0344 | verb | agree to dissolve parliament
0344 | verb | agree to dissolve [the] parliament
0344 | verb | agree to form [a] transitional government
0344 | verb | agree to form [a] unity government
0344 | verb | agree to form [a] national unity government
0344 | verb | agree to restore [the] constitutional order
0344 | verb | agree to reform [the] judiciary
0344 | verb | agree to reform [the] electoral system
0344 | verb | agree to reform [the] electoral law
0344 | verb | agree to hold [a] constitutional referendum
0344 | verb | agree to decentralise
0344 | verb | agree to decentralize
0344 | verb | agree to devolve power
0344 | verb | agree to devolve powers
0344 | verb | agree to transition to democracy
0344 | verb | agree to restore parliament
0344 | verb | express readiness to amend [the] constitution
0344 | verb | express readiness to change [the] constitution
0344 | verb | express readiness to rewrite [the] constitution
0344 | verb | express readiness to draft [a] new constitution
0344 | verb | express readiness to restore democracy
0344 | verb | express readiness to restore civilian rule
0344 | verb | express readiness to return to civilian rule
0344 | verb | express readiness to return power to civilians
0344 | verb | express readiness to hand power to [a] civilian government
0344 | verb | express readiness to hold [a] referendum
0344 | verb | express readiness to grant autonomy
0344 | verb | express readiness to dissolve parliament
0344 | verb | express readiness to dissolve [the] parliament
0344 | verb | express readiness to form [a] transitional government
0344 | verb | express readiness to form [a] unity government
0344 | verb | express readiness to form [a] national unity government
0344 | verb | express readiness to restore [the] constitutional order
0344 | verb | express readiness to reform [the] judiciary
0344 | verb | express readiness to reform [the] electoral system
0344 | verb | express readiness to reform [the] electoral law
0344 | verb | express readiness to hold [a] constitutional referendum
0344 | verb | express readiness to decentralise
0344 | verb | express readiness to decentralize
0344 | verb | express readiness to devolve power
0344 | verb | express readiness to devolve powers
0344 | verb | express readiness to transition to democracy
0344 | verb | express readiness to restore parliament
0344 | verb | pledge constitutional reform
0344 | verb | pledge [a] new constitution
0344 | verb | pledge [a] referendum
0344 | verb | pledge autonomy
0344 | verb | pledge [a] return to civilian rule
0344 | verb | pledge [a] transition to democracy
0344 | verb | promise constitutional reform
0344 | verb | promise [a] new constitution
0344 | verb | promise [a] referendum
0344 | verb | promise autonomy
0344 | verb | promise [a] return to civilian rule
0344 | verb | promise [a] transition to democracy
0344 | verb | vow constitutional reform
0344 | verb | vow [a] new constitution
0344 | verb | vow [a] referendum
0344 | verb | vow autonomy
0344 | verb | vow [a] return to civilian rule
0344 | verb | vow [a] transition to democracy
0344 | verb | offer constitutional reform
0344 | verb | offer [a] new constitution
0344 | verb | offer [a] referendum
0344 | verb | offer autonomy
0344 | verb | offer [a] return to civilian rule
0344 | verb | offer [a] transition to democracy

# 035 Express intent to yield, not specified below
035 | verb | pledge to back down
035 | verb | pledge to compromise
035 | verb | pledge to make concessions
035 | verb | pledge to make [a] concession
035 | verb | pledge to make compromises
035 | verb | pledge to show flexibility
035 | verb | pledge to yield
035 | verb | pledge to give in
035 | verb | pledge to give way
035 | verb | pledge to comply
035 | verb | pledge to comply with
035 | verb | pledge to abide by
035 | verb | pledge to accept [the] demands
035 | verb | pledge to meet [the] demands
035 | verb | pledge to accept [the] conditions
035 | verb | pledge to honour [its] commitments
035 | verb | pledge to honor [its] commitments
035 | verb | pledge to fulfil [its] obligations
035 | verb | pledge to fulfill [its] obligations
035 | verb | pledge to drop [its] demands
035 | verb | pledge to drop [its] claim
035 | verb | pledge to drop [its] claims
035 | verb | pledge to relinquish [its] claim
035 | verb | pledge to relent
035 | verb | pledge to soften [its] stance
035 | verb | pledge to soften [its] position
035 | verb | pledge to meet [them] halfway
035 | verb | vow to back down
035 | verb | vow to compromise
035 | verb | vow to make concessions
035 | verb | vow to make [a] concession
035 | verb | vow to make compromises
035 | verb | vow to show flexibility
035 | verb | vow to yield
035 | verb | vow to give in
035 | verb | vow to give way
035 | verb | vow to comply
035 | verb | vow to comply with
035 | verb | vow to abide by
035 | verb | vow to accept [the] demands
035 | verb | vow to meet [the] demands
035 | verb | vow to accept [the] conditions
035 | verb | vow to honour [its] commitments
035 | verb | vow to honor [its] commitments
035 | verb | vow to fulfil [its] obligations
035 | verb | vow to fulfill [its] obligations
035 | verb | vow to drop [its] demands
035 | verb | vow to drop [its] claim
035 | verb | vow to drop [its] claims
035 | verb | vow to relinquish [its] claim
035 | verb | vow to relent
035 | verb | vow to soften [its] stance
035 | verb | vow to soften [its] position
035 | verb | vow to meet [them] halfway
035 | verb | promise to back down
035 | verb | promise to compromise
035 | verb | promise to make concessions
035 | verb | promise to make [a] concession
035 | verb | promise to make compromises
035 | verb | promise to show flexibility
035 | verb | promise to yield
035 | verb | promise to give in
035 | verb | promise to give way
035 | verb | promise to comply
035 | verb | promise to comply with
035 | verb | promise to abide by
035 | verb | promise to accept [the] demands
035 | verb | promise to meet [the] demands
035 | verb | promise to accept [the] conditions
035 | verb | promise to honour [its] commitments
035 | verb | promise to honor [its] commitments
035 | verb | promise to fulfil [its] obligations
035 | verb | promise to fulfill [its] obligations
035 | verb | promise to drop [its] demands
035 | verb | promise to drop [its] claim
035 | verb | promise to drop [its] claims
035 | verb | promise to relinquish [its] claim
035 | verb | promise to relent
035 | verb | promise to soften [its] stance
035 | verb | promise to soften [its] position
035 | verb | promise to meet [them] halfway
035 | verb | agree to back down
035 | verb | agree to compromise
035 | verb | agree to make concessions
035 | verb | agree to make [a] concession
035 | verb | agree to make compromises
035 | verb | agree to show flexibility
035 | verb | agree to yield
035 | verb | agree to give in
035 | verb | agree to give way
035 | verb | agree to comply
035 | verb | agree to comply with
035 | verb | agree to abide by
035 | verb | agree to accept [the] demands
035 | verb | agree to meet [the] demands
035 | verb | agree to accept [the] conditions
035 | verb | agree to honour [its] commitments
035 | verb | agree to honor [its] commitments
035 | verb | agree to fulfil [its] obligations
035 | verb | agree to fulfill [its] obligations
035 | verb | agree to drop [its] demands
035 | verb | agree to drop [its] claim
035 | verb | agree to drop [its] claims
035 | verb | agree to relinquish [its] claim
035 | verb | agree to relent
035 | verb | agree to soften [its] stance
035 | verb | agree to soften [its] position
035 | verb | agree to meet [them] halfway
035 | verb | express readiness to back down
035 | verb | express readiness to compromise
035 | verb | express readiness to make concessions
035 | verb | express readiness to make [a] concession
035 | verb | express readiness to make compromises
035 | verb | express readiness to show flexibility
035 | verb | express readiness to yield
035 | verb | express readiness to give in
035 | verb | express readiness to give way
035 | verb | express readiness to comply
035 | verb | express readiness to comply with
035 | verb | express readiness to abide by
035 | verb | express readiness to accept [the] demands
035 | verb | express readiness to meet [the] demands
035 | verb | express readiness to accept [the] conditions
035 | verb | express readiness to honour [its] commitments
035 | verb | express readiness to honor [its] commitments
035 | verb | express readiness to fulfil [its] obligations
035 | verb | express readiness to fulfill [its] obligations
035 | verb | express readiness to drop [its] demands
035 | verb | express readiness to drop [its] claim
035 | verb | express readiness to drop [its] claims
035 | verb | express readiness to relinquish [its] claim
035 | verb | express readiness to relent
035 | verb | express readiness to soften [its] stance
035 | verb | express readiness to soften [its] position
035 | verb | express readiness to meet [them] halfway
035 | verb | offer concessions
035 | verb | offer [a] compromise
035 | verb | offer [a] concession
035 | verb | offer compliance
035 | verb | promise concessions
035 | verb | promise [a] compromise
035 | verb | promise [a] concession
035 | verb | promise compliance
035 | verb | propose concessions
035 | verb | propose [a] compromise
035 | verb | propose [a] concession
035 | verb | propose compliance
035 | noun | offer of concessions
035 | noun | offer of [a] compromise
035 | noun | promise of concessions

# 0351 Express intent to ease administrative sanctions
0351 | verb | pledge to lift [the] curfew
0351 | verb | pledge to ease [the] curfew
0351 | verb | pledge to lift [the] state of emergency
0351 | verb | pledge to end [the] state of emergency
0351 | verb | pledge to lift martial law
0351 | verb | pledge to end martial law
0351 | verb | pledge to lift [the] restrictions
0351 | verb | pledge to ease [the] restrictions
0351 | verb | pledge to relax [the] restrictions
0351 | verb | pledge to lift [the] ban on
0351 | verb | pledge to lift [the] ban
0351 | verb | pledge to lift [the] travel ban
0351 | verb | pledge to lift media restrictions
0351 | verb | pledge to lift [the] restrictions on [the] media
0351 | verb | pledge to restore [the] internet
0351 | verb | pledge to restore internet access
0351 | verb | pledge to unblock
0351 | verb | pledge to lift emergency rule
0351 | verb | pledge to end emergency rule
0351 | verb | pledge to legalise
0351 | verb | pledge to legalize
0351 | verb | pledge to unban
0351 | verb | pledge to lift visa restrictions
0351 | verb | pledge to ease visa rules
0351 | verb | pledge to lift [the] travel restrictions
0351 | verb | vow to lift [the] curfew
0351 | verb | vow to ease [the] curfew
0351 | verb | vow to lift [the] state of emergency
0351 | verb | vow to end [the] state of emergency
0351 | verb | vow to lift martial law
0351 | verb | vow to end martial law
0351 | verb | vow to lift [the] restrictions
0351 | verb | vow to ease [the] restrictions
0351 | verb | vow to relax [the] restrictions
0351 | verb | vow to lift [the] ban on
0351 | verb | vow to lift [the] ban
0351 | verb | vow to lift [the] travel ban
0351 | verb | vow to lift media restrictions
0351 | verb | vow to lift [the] restrictions on [the] media
0351 | verb | vow to restore [the] internet
0351 | verb | vow to restore internet access
0351 | verb | vow to unblock
0351 | verb | vow to lift emergency rule
0351 | verb | vow to end emergency rule
0351 | verb | vow to legalise
0351 | verb | vow to legalize
0351 | verb | vow to unban
0351 | verb | vow to lift visa restrictions
0351 | verb | vow to ease visa rules
0351 | verb | vow to lift [the] travel restrictions
0351 | verb | promise to lift [the] curfew
0351 | verb | promise to ease [the] curfew
0351 | verb | promise to lift [the] state of emergency
0351 | verb | promise to end [the] state of emergency
0351 | verb | promise to lift martial law
0351 | verb | promise to end martial law
0351 | verb | promise to lift [the] restrictions
0351 | verb | promise to ease [the] restrictions
0351 | verb | promise to relax [the] restrictions
0351 | verb | promise to lift [the] ban on
0351 | verb | promise to lift [the] ban
0351 | verb | promise to lift [the] travel ban
0351 | verb | promise to lift media restrictions
0351 | verb | promise to lift [the] restrictions on [the] media
0351 | verb | promise to restore [the] internet
0351 | verb | promise to restore internet access
0351 | verb | promise to unblock
0351 | verb | promise to lift emergency rule
0351 | verb | promise to end emergency rule
0351 | verb | promise to legalise
0351 | verb | promise to legalize
0351 | verb | promise to unban
0351 | verb | promise to lift visa restrictions
0351 | verb | promise to ease visa rules
0351 | verb | promise to lift [the] travel restrictions
0351 | verb | agree to lift [the] curfew
0351 | verb | agree to ease [the] curfew
0351 | verb | agree to lift [the] state of emergency
0351 | verb | agree to end [the] state of emergency
0351 | verb | agree to lift martial law
0351 | verb | agree to end martial law
0351 | verb | agree to lift [the] restrictions
0351 | verb | agree to ease [the] restrictions
0351 | verb | agree to relax [the] restrictions
0351 | verb | agree to lift [the] ban on
0351 | verb | agree to lift [the] ban
0351 | verb | agree to lift [the] travel ban
0351 | verb | agree to lift media restrictions
0351 | verb | agree to lift [the] restrictions on [the] media
0351 | verb | agree to restore [the] internet
0351 | verb | agree to restore internet access
0351 | verb | agree to unblock
0351 | verb | agree to lift emergency rule
0351 | verb | agree to end emergency rule
0351 | verb | agree to legalise
0351 | verb | agree to legalize
0351 | verb | agree to unban
0351 | verb | agree to lift visa restrictions
0351 | verb | agree to ease visa rules
0351 | verb | agree to lift [the] travel restrictions
0351 | verb | express readiness to lift [the] curfew
0351 | verb | express readiness to ease [the] curfew
0351 | verb | express readiness to lift [the] state of emergency
0351 | verb | express readiness to end [the] state of emergency
0351 | verb | express readiness to lift martial law
0351 | verb | express readiness to end martial law
0351 | verb | express readiness to lift [the] restrictions
0351 | verb | express readiness to ease [the] restrictions
0351 | verb | express readiness to relax [the] restrictions
0351 | verb | express readiness to lift [the] ban on
0351 | verb | express readiness to lift [the] ban
0351 | verb | express readiness to lift [the] travel ban
0351 | verb | express readiness to lift media restrictions
0351 | verb | express readiness to lift [the] restrictions on [the] media
0351 | verb | express readiness to restore [the] internet
0351 | verb | express readiness to restore internet access
0351 | verb | express readiness to unblock
0351 | verb | express readiness to lift emergency rule
0351 | verb | express readiness to end emergency rule
0351 | verb | express readiness to legalise
0351 | verb | express readiness to legalize
0351 | verb | express readiness to unban
0351 | verb | express readiness to lift visa restrictions
0351 | verb | express readiness to ease visa rules
0351 | verb | express readiness to lift [the] travel restrictions

# 0352 Express intent to ease popular dissent
0352 | verb | pledge to end [the] protests
0352 | verb | pledge to end [the] protest
0352 | verb | pledge to call off [the] protests
0352 | verb | pledge to call off [the] protest
0352 | verb | pledge to call off [the] strike
0352 | verb | pledge to end [the] strike
0352 | verb | pledge to end [the] hunger strike
0352 | verb | pledge to end [the] sit-in
0352 | verb | pledge to suspend [the] protests
0352 | verb | pledge to suspend [the] strike
0352 | verb | pledge to return to work
0352 | verb | pledge to disperse
0352 | verb | pledge to leave [the] streets
0352 | verb | pledge to address [the] grievances of
0352 | verb | pledge to address [the] protesters' demands
0352 | verb | pledge to address [their] grievances
0352 | verb | pledge to open [a] dialogue with protesters
0352 | verb | pledge to meet [the] protesters
0352 | verb | vow to end [the] protests
0352 | verb | vow to end [the] protest
0352 | verb | vow to call off [the] protests
0352 | verb | vow to call off [the] protest
0352 | verb | vow to call off [the] strike
0352 | verb | vow to end [the] strike
0352 | verb | vow to end [the] hunger strike
0352 | verb | vow to end [the] sit-in
0352 | verb | vow to suspend [the] protests
0352 | verb | vow to suspend [the] strike
0352 | verb | vow to return to work
0352 | verb | vow to disperse
0352 | verb | vow to leave [the] streets
0352 | verb | vow to address [the] grievances of
0352 | verb | vow to address [the] protesters' demands
0352 | verb | vow to address [their] grievances
0352 | verb | vow to open [a] dialogue with protesters
0352 | verb | vow to meet [the] protesters
0352 | verb | promise to end [the] protests
0352 | verb | promise to end [the] protest
0352 | verb | promise to call off [the] protests
0352 | verb | promise to call off [the] protest
0352 | verb | promise to call off [the] strike
0352 | verb | promise to end [the] strike
0352 | verb | promise to end [the] hunger strike
0352 | verb | promise to end [the] sit-in
0352 | verb | promise to suspend [the] protests
0352 | verb | promise to suspend [the] strike
0352 | verb | promise to return to work
0352 | verb | promise to disperse
0352 | verb | promise to leave [the] streets
0352 | verb | promise to address [the] grievances of
0352 | verb | promise to address [the] protesters' demands
0352 | verb | promise to address [their] grievances
0352 | verb | promise to open [a] dialogue with protesters
0352 | verb | promise to meet [the] protesters
0352 | verb | agree to end [the] protests
0352 | verb | agree to end [the] protest
0352 | verb | agree to call off [the] protests
0352 | verb | agree to call off [the] protest
0352 | verb | agree to call off [the] strike
0352 | verb | agree to end [the] strike
0352 | verb | agree to end [the] hunger strike
0352 | verb | agree to end [the] sit-in
0352 | verb | agree to suspend [the] protests
0352 | verb | agree to suspend [the] strike
0352 | verb | agree to return to work
0352 | verb | agree to disperse
0352 | verb | agree to leave [the] streets
0352 | verb | agree to address [the] grievances of
0352 | verb | agree to address [the] protesters' demands
0352 | verb | agree to address [their] grievances
0352 | verb | agree to open [a] dialogue with protesters
0352 | verb | agree to meet [the] protesters
0352 | verb | express readiness to end [the] protests
0352 | verb | express readiness to end [the] protest
0352 | verb | express readiness to call off [the] protests
0352 | verb | express readiness to call off [the] protest
0352 | verb | express readiness to call off [the] strike
0352 | verb | express readiness to end [the] strike
0352 | verb | express readiness to end [the] hunger strike
0352 | verb | express readiness to end [the] sit-in
0352 | verb | express readiness to suspend [the] protests
0352 | verb | express readiness to suspend [the] strike
0352 | verb | express readiness to return to work
0352 | verb | express readiness to disperse
0352 | verb | express readiness to leave [the] streets
0352 | verb | express readiness to address [the] grievances of
0352 | verb | express readiness to address [the] protesters' demands
0352 | verb | express readiness to address [their] grievances
0352 | verb | express readiness to open [a] dialogue with protesters
0352 | verb | express readiness to meet [the] protesters
0352 | verb | offer amnesty to protesters
0352 | verb | offer [an] amnesty for protesters
0352 | verb | offer dialogue with protesters
0352 | verb | offer [a] national dialogue
0352 | verb | promise amnesty to protesters
0352 | verb | promise [an] amnesty for protesters
0352 | verb | promise dialogue with protesters
0352 | verb | promise [a] national dialogue
0352 | verb | pledge amnesty to protesters
0352 | verb | pledge [an] amnesty for protesters
0352 | verb | pledge dialogue with protesters
0352 | verb | pledge [a] national dialogue

# 0353 Express intent to release persons or property
0353 | verb | pledge to release
0353 | verb | pledge to free
0353 | verb | pledge to release [the] hostages
0353 | verb | pledge to free [the] hostages
0353 | verb | pledge to release [the] prisoners
0353 | verb | pledge to free [the] prisoners
0353 | verb | pledge to release [the] detainees
0353 | verb | pledge to release political prisoners
0353 | verb | pledge to return
0353 | verb | pledge to hand back
0353 | verb | pledge to return [the] seized
0353 | verb | pledge to release [the] seized
0353 | verb | pledge to release [the] tanker
0353 | verb | pledge to release [the] ship
0353 | verb | pledge to release [the] vessel
0353 | verb | pledge to release [the] crew
0353 | verb | pledge to free [the] crew
0353 | verb | pledge to release [the] journalist
0353 | verb | pledge to release [the] journalists
0353 | verb | pledge to release [the] captives
0353 | verb | pledge to exchange prisoners
0353 | verb | pledge to swap prisoners
0353 | verb | pledge to return [the] bodies
0353 | verb | pledge to return [the] remains
0353 | verb | pledge to repatriate
0353 | verb | pledge to hand over [the] bodies
0353 | verb | pledge to release prisoners of war
0353 | verb | pledge to hand over [the] hostages
0353 | verb | pledge to release _
0353 | verb | pledge to free _
0353 | verb | vow to release
0353 | verb | vow to free
0353 | verb | vow to release [the] hostages
0353 | verb | vow to free [the] hostages
0353 | verb | vow to release [the] prisoners
0353 | verb | vow to free [the] prisoners
0353 | verb | vow to release [the] detainees
0353 | verb | vow to release political prisoners
0353 | verb | vow to return
0353 | verb | vow to hand back
0353 | verb | vow to return [the] seized
0353 | verb | vow to release [the] seized
0353 | verb | vow to release [the] tanker
0353 | verb | vow to release [the] ship
0353 | verb | vow to release [the] vessel
0353 | verb | vow to release [the] crew
0353 | verb | vow to free [the] crew
0353 | verb | vow to release [the] journalist
0353 | verb | vow to release [the] journalists
0353 | verb | vow to release [the] captives
0353 | verb | vow to exchange prisoners
0353 | verb | vow to swap prisoners
0353 | verb | vow to return [the] bodies
0353 | verb | vow to return [the] remains
0353 | verb | vow to repatriate
0353 | verb | vow to hand over [the] bodies
0353 | verb | vow to release prisoners of war
0353 | verb | vow to hand over [the] hostages
0353 | verb | vow to release _
0353 | verb | vow to free _
0353 | verb | promise to release
0353 | verb | promise to free
0353 | verb | promise to release [the] hostages
0353 | verb | promise to free [the] hostages
0353 | verb | promise to release [the] prisoners
0353 | verb | promise to free [the] prisoners
0353 | verb | promise to release [the] detainees
0353 | verb | promise to release political prisoners
0353 | verb | promise to return
0353 | verb | promise to hand back
0353 | verb | promise to return [the] seized
0353 | verb | promise to release [the] seized
0353 | verb | promise to release [the] tanker
0353 | verb | promise to release [the] ship
0353 | verb | promise to release [the] vessel
0353 | verb | promise to release [the] crew
0353 | verb | promise to free [the] crew
0353 | verb | promise to release [the] journalist
0353 | verb | promise to release [the] journalists
0353 | verb | promise to release [the] captives
0353 | verb | promise to exchange prisoners
0353 | verb | promise to swap prisoners
0353 | verb | promise to return [the] bodies
0353 | verb | promise to return [the] remains
0353 | verb | promise to repatriate
0353 | verb | promise to hand over [the] bodies
0353 | verb | promise to release prisoners of war
0353 | verb | promise to hand over [the] hostages
0353 | verb | promise to release _
0353 | verb | promise to free _
0353 | verb | agree to release
0353 | verb | agree to free
0353 | verb | agree to release [the] hostages
0353 | verb | agree to free [the] hostages
0353 | verb | agree to release [the] prisoners
0353 | verb | agree to free [the] prisoners
0353 | verb | agree to release [the] detainees
0353 | verb | agree to release political prisoners
0353 | verb | agree to return
0353 | verb | agree to hand back
0353 | verb | agree to return [the] seized
0353 | verb | agree to release [the] seized
0353 | verb | agree to release [the] tanker
0353 | verb | agree to release [the] ship
0353 | verb | agree to release [the] vessel
0353 | verb | agree to release [the] crew
0353 | verb | agree to free [the] crew
0353 | verb | agree to release [the] journalist
0353 | verb | agree to release [the] journalists
0353 | verb | agree to release [the] captives
0353 | verb | agree to exchange prisoners
0353 | verb | agree to swap prisoners
0353 | verb | agree to return [the] bodies
0353 | verb | agree to return [the] remains
0353 | verb | agree to repatriate
0353 | verb | agree to hand over [the] bodies
0353 | verb | agree to release prisoners of war
0353 | verb | agree to hand over [the] hostages
0353 | verb | agree to release _
0353 | verb | agree to free _
0353 | verb | offer to release
0353 | verb | offer to free
0353 | verb | offer to release [the] hostages
0353 | verb | offer to free [the] hostages
0353 | verb | offer to release [the] prisoners
0353 | verb | offer to free [the] prisoners
0353 | verb | offer to release [the] detainees
0353 | verb | offer to release political prisoners
0353 | verb | offer to return
0353 | verb | offer to hand back
0353 | verb | offer to return [the] seized
0353 | verb | offer to release [the] seized
0353 | verb | offer to release [the] tanker
0353 | verb | offer to release [the] ship
0353 | verb | offer to release [the] vessel
0353 | verb | offer to release [the] crew
0353 | verb | offer to free [the] crew
0353 | verb | offer to release [the] journalist
0353 | verb | offer to release [the] journalists
0353 | verb | offer to release [the] captives
0353 | verb | offer to exchange prisoners
0353 | verb | offer to swap prisoners
0353 | verb | offer to return [the] bodies
0353 | verb | offer to return [the] remains
0353 | verb | offer to repatriate
0353 | verb | offer to hand over [the] bodies
0353 | verb | offer to release prisoners of war
0353 | verb | offer to hand over [the] hostages
0353 | verb | offer to release _
0353 | verb | offer to free _
0353 | verb | offer [a] prisoner exchange
0353 | verb | offer [a] prisoner swap
0353 | verb | offer [an] exchange of prisoners
0353 | verb | offer amnesty
0353 | verb | offer [an] amnesty
0353 | verb | offer [a] pardon
0353 | verb | propose [a] prisoner exchange
0353 | verb | propose [a] prisoner swap
0353 | verb | propose [an] exchange of prisoners
0353 | verb | propose amnesty
0353 | verb | propose [an] amnesty
0353 | verb | propose [a] pardon
0353 | verb | promise [a] prisoner exchange
0353 | verb | promise [a] prisoner swap
0353 | verb | promise [an] exchange of prisoners
0353 | verb | promise amnesty
0353 | verb | promise [an] amnesty
0353 | verb | promise [a] pardon
0353 | noun | offer of [a] prisoner exchange
0353 | noun | offer of amnesty
0353 | noun | offer to release
0353 | noun | proposal for [a] prisoner exchange

# 0354 Express intent to ease economic sanctions, boycott, or embargo
0354 | verb | pledge to lift [the] sanctions
0354 | verb | pledge to ease [the] sanctions
0354 | verb | pledge to end [the] sanctions
0354 | verb | pledge to remove [the] sanctions
0354 | verb | pledge to relax [the] sanctions
0354 | verb | pledge to suspend [the] sanctions
0354 | verb | pledge to scrap [the] sanctions
0354 | verb | pledge to roll back [the] sanctions
0354 | verb | pledge to lift [the] embargo
0354 | verb | pledge to end [the] embargo
0354 | verb | pledge to ease [the] embargo
0354 | verb | pledge to lift [the] arms embargo
0354 | verb | pledge to unfreeze [the] assets
0354 | verb | pledge to unfreeze [the] funds
0354 | verb | pledge to release [the] frozen assets
0354 | verb | pledge to lift [the] tariffs
0354 | verb | pledge to remove [the] tariffs
0354 | verb | pledge to lift [the] trade restrictions
0354 | verb | pledge to lift [the] export ban
0354 | verb | pledge to lift [the] import ban
0354 | verb | pledge to end [the] boycott
0354 | verb | pledge to call off [the] boycott
0354 | verb | pledge to waive [the] sanctions
0354 | verb | pledge to lift [the] sanctions on
0354 | verb | vow to lift [the] sanctions
0354 | verb | vow to ease [the] sanctions
0354 | verb | vow to end [the] sanctions
0354 | verb | vow to remove [the] sanctions
0354 | verb | vow to relax [the] sanctions
0354 | verb | vow to suspend [the] sanctions
0354 | verb | vow to scrap [the] sanctions
0354 | verb | vow to roll back [the] sanctions
0354 | verb | vow to lift [the] embargo
0354 | verb | vow to end [the] embargo
0354 | verb | vow to ease [the] embargo
0354 | verb | vow to lift [the] arms embargo
0354 | verb | vow to unfreeze [the] assets
0354 | verb | vow to unfreeze [the] funds
0354 | verb | vow to release [the] frozen assets
0354 | verb | vow to lift [the] tariffs
0354 | verb | vow to remove [the] tariffs
0354 | verb | vow to lift [the] trade restrictions
0354 | verb | vow to lift [the] export ban
0354 | verb | vow to lift [the] import ban
0354 | verb | vow to end [the] boycott
0354 | verb | vow to call off [the] boycott
0354 | verb | vow to waive [the] sanctions
0354 | verb | vow to lift [the] sanctions on
0354 | verb | promise to lift [the] sanctions
0354 | verb | promise to ease [the] sanctions
0354 | verb | promise to end [the] sanctions
0354 | verb | promise to remove [the] sanctions
0354 | verb | promise to relax [the] sanctions
0354 | verb | promise to suspend [the] sanctions
0354 | verb | promise to scrap [the] sanctions
0354 | verb | promise to roll back [the] sanctions
0354 | verb | promise to lift [the] embargo
0354 | verb | promise to end [the] embargo
0354 | verb | promise to ease [the] embargo
0354 | verb | promise to lift [the] arms embargo
0354 | verb | promise to unfreeze [the] assets
0354 | verb | promise to unfreeze [the] funds
0354 | verb | promise to release [the] frozen assets
0354 | verb | promise to lift [the] tariffs
0354 | verb | promise to remove [the] tariffs
0354 | verb | promise to lift [the] trade restrictions
0354 | verb | promise to lift [the] export ban
0354 | verb | promise to lift [the] import ban
0354 | verb | promise to end [the] boycott
0354 | verb | promise to call off [the] boycott
0354 | verb | promise to waive [the] sanctions
0354 | verb | promise to lift [the] sanctions on
0354 | verb | agree to lift [the] sanctions
0354 | verb | agree to ease [the] sanctions
0354 | verb | agree to end [the] sanctions
0354 | verb | agree to remove [the] sanctions
0354 | verb | agree to relax [the] sanctions
0354 | verb | agree to suspend [the] sanctions
0354 | verb | agree to scrap [the] sanctions
0354 | verb | agree to roll back [the] sanctions
0354 | verb | agree to lift [the] embargo
0354 | verb | agree to end [the] embargo
0354 | verb | agree to ease [the] embargo
0354 | verb | agree to lift [the] arms embargo
0354 | verb | agree to unfreeze [the] assets
0354 | verb | agree to unfreeze [the] funds
0354 | verb | agree to release [the] frozen assets
0354 | verb | agree to lift [the] tariffs
0354 | verb | agree to remove [the] tariffs
0354 | verb | agree to lift [the] trade restrictions
0354 | verb | agree to lift [the] export ban
0354 | verb | agree to lift [the] import ban
0354 | verb | agree to end [the] boycott
0354 | verb | agree to call off [the] boycott
0354 | verb | agree to waive [the] sanctions
0354 | verb | agree to lift [the] sanctions on
0354 | verb | express readiness to lift [the] sanctions
0354 | verb | express readiness to ease [the] sanctions
0354 | verb | express readiness to end [the] sanctions
0354 | verb | express readiness to remove [the] sanctions
0354 | verb | express readiness to relax [the] sanctions
0354 | verb | express readiness to suspend [the] sanctions
0354 | verb | express readiness to scrap [the] sanctions
0354 | verb | express readiness to roll back [the] sanctions
0354 | verb | express readiness to lift [the] embargo
0354 | verb | express readiness to end [the] embargo
0354 | verb | express readiness to ease [the] embargo
0354 | verb | express readiness to lift [the] arms embargo
0354 | verb | express readiness to unfreeze [the] assets
0354 | verb | express readiness to unfreeze [the] funds
0354 | verb | express readiness to release [the] frozen assets
0354 | verb | express readiness to lift [the] tariffs
0354 | verb | express readiness to remove [the] tariffs
0354 | verb | express readiness to lift [the] trade restrictions
0354 | verb | express readiness to lift [the] export ban
0354 | verb | express readiness to lift [the] import ban
0354 | verb | express readiness to end [the] boycott
0354 | verb | express readiness to call off [the] boycott
0354 | verb | express readiness to waive [the] sanctions
0354 | verb | express readiness to lift [the] sanctions on
0354 | verb | offer sanctions relief
0354 | verb | offer relief from sanctions
0354 | verb | promise sanctions relief
0354 | verb | promise relief from sanctions
0354 | verb | propose sanctions relief
0354 | verb | propose relief from sanctions
0354 | noun | offer of sanctions relief
0354 | noun | promise of sanctions relief

# 0355 Express intent to allow international involvement (not mediation)
0355 | verb | pledge to allow inspectors
0355 | verb | pledge to admit inspectors
0355 | verb | pledge to allow inspections
0355 | verb | pledge to accept inspections
0355 | verb | pledge to allow access
0355 | verb | pledge to grant access
0355 | verb | pledge to allow humanitarian access
0355 | verb | pledge to grant humanitarian access
0355 | verb | pledge to allow aid in
0355 | verb | pledge to allow aid into
0355 | verb | pledge to allow aid deliveries
0355 | verb | pledge to open [a] humanitarian corridor
0355 | verb | pledge to open humanitarian corridors
0355 | verb | pledge to allow observers
0355 | verb | pledge to admit observers
0355 | verb | pledge to accept observers
0355 | verb | pledge to accept monitors
0355 | verb | pledge to allow monitors
0355 | verb | pledge to accept peacekeepers
0355 | verb | pledge to allow peacekeepers
0355 | verb | pledge to allow investigators
0355 | verb | pledge to admit investigators
0355 | verb | pledge to let inspectors in
0355 | verb | pledge to cooperate with [the] inspectors
0355 | verb | pledge to allow international monitors
0355 | verb | pledge to allow [the] UN inspectors
0355 | verb | pledge to open [the] border crossings
0355 | verb | pledge to reopen [the] border crossings
0355 | verb | pledge to allow [a] fact-finding mission
0355 | verb | pledge to allow [the] IAEA inspectors
0355 | verb | vow to allow inspectors
0355 | verb | vow to admit inspectors
0355 | verb | vow to allow inspections
0355 | verb | vow to accept inspections
0355 | verb | vow to allow access
0355 | verb | vow to grant access
0355 | verb | vow to allow humanitarian access
0355 | verb | vow to grant humanitarian access
0355 | verb | vow to allow aid in
0355 | verb | vow to allow aid into
0355 | verb | vow to allow aid deliveries
0355 | verb | vow to open [a] humanitarian corridor
0355 | verb | vow to open humanitarian corridors
0355 | verb | vow to allow observers
0355 | verb | vow to admit observers
0355 | verb | vow to accept observers
0355 | verb | vow to accept monitors
0355 | verb | vow to allow monitors
0355 | verb | vow to accept peacekeepers
0355 | verb | vow to allow peacekeepers
0355 | verb | vow to allow investigators
0355 | verb | vow to admit investigators
0355 | verb | vow to let inspectors in
0355 | verb | vow to cooperate with [the] inspectors
0355 | verb | vow to allow international monitors
0355 | verb | vow to allow [the] UN inspectors
0355 | verb | vow to open [the] border crossings
0355 | verb | vow to reopen [the] border crossings
0355 | verb | vow to allow [a] fact-finding mission
0355 | verb | vow to allow [the] IAEA inspectors
0355 | verb | promise to allow inspectors
0355 | verb | promise to admit inspectors
0355 | verb | promise to allow inspections
0355 | verb | promise to accept inspections
0355 | verb | promise to allow access
0355 | verb | promise to grant access
0355 | verb | promise to allow humanitarian access
0355 | verb | promise to grant humanitarian access
0355 | verb | promise to allow aid in
0355 | verb | promise to allow aid into
0355 | verb | promise to allow aid deliveries
0355 | verb | promise to open [a] humanitarian corridor
0355 | verb | promise to open humanitarian corridors
0355 | verb | promise to allow observers
0355 | verb | promise to admit observers
0355 | verb | promise to accept observers
0355 | verb | promise to accept monitors
0355 | verb | promise to allow monitors
0355 | verb | promise to accept peacekeepers
0355 | verb | promise to allow peacekeepers
0355 | verb | promise to allow investigators
0355 | verb | promise to admit investigators
0355 | verb | promise to let inspectors in
0355 | verb | promise to cooperate with [the] inspectors
0355 | verb | promise to allow international monitors
0355 | verb | promise to allow [the] UN inspectors
0355 | verb | promise to open [the] border crossings
0355 | verb | promise to reopen [the] border crossings
0355 | verb | promise to allow [a] fact-finding mission
0355 | verb | promise to allow [the] IAEA inspectors
0355 | verb | agree to allow inspectors
0355 | verb | agree to admit inspectors
0355 | verb | agree to allow inspections
0355 | verb | agree to accept inspections
0355 | verb | agree to allow access
0355 | verb | agree to grant access
0355 | verb | agree to allow humanitarian access
0355 | verb | agree to grant humanitarian access
0355 | verb | agree to allow aid in
0355 | verb | agree to allow aid into
0355 | verb | agree to allow aid deliveries
0355 | verb | agree to open [a] humanitarian corridor
0355 | verb | agree to open humanitarian corridors
0355 | verb | agree to allow observers
0355 | verb | agree to admit observers
0355 | verb | agree to accept observers
0355 | verb | agree to accept monitors
0355 | verb | agree to allow monitors
0355 | verb | agree to accept peacekeepers
0355 | verb | agree to allow peacekeepers
0355 | verb | agree to allow investigators
0355 | verb | agree to admit investigators
0355 | verb | agree to let inspectors in
0355 | verb | agree to cooperate with [the] inspectors
0355 | verb | agree to allow international monitors
0355 | verb | agree to allow [the] UN inspectors
0355 | verb | agree to open [the] border crossings
0355 | verb | agree to reopen [the] border crossings
0355 | verb | agree to allow [a] fact-finding mission
0355 | verb | agree to allow [the] IAEA inspectors
0355 | verb | express readiness to allow inspectors
0355 | verb | express readiness to admit inspectors
0355 | verb | express readiness to allow inspections
0355 | verb | express readiness to accept inspections
0355 | verb | express readiness to allow access
0355 | verb | express readiness to grant access
0355 | verb | express readiness to allow humanitarian access
0355 | verb | express readiness to grant humanitarian access
0355 | verb | express readiness to allow aid in
0355 | verb | express readiness to allow aid into
0355 | verb | express readiness to allow aid deliveries
0355 | verb | express readiness to open [a] humanitarian corridor
0355 | verb | express readiness to open humanitarian corridors
0355 | verb | express readiness to allow observers
0355 | verb | express readiness to admit observers
0355 | verb | express readiness to accept observers
0355 | verb | express readiness to accept monitors
0355 | verb | express readiness to allow monitors
0355 | verb | express readiness to accept peacekeepers
0355 | verb | express readiness to allow peacekeepers
0355 | verb | express readiness to allow investigators
0355 | verb | express readiness to admit investigators
0355 | verb | express readiness to let inspectors in
0355 | verb | express readiness to cooperate with [the] inspectors
0355 | verb | express readiness to allow international monitors
0355 | verb | express readiness to allow [the] UN inspectors
0355 | verb | express readiness to open [the] border crossings
0355 | verb | express readiness to reopen [the] border crossings
0355 | verb | express readiness to allow [a] fact-finding mission
0355 | verb | express readiness to allow [the] IAEA inspectors

# 0356 Express intent to de-escalate military engagement
0356 | verb | pledge to withdraw [its] troops
0356 | verb | pledge to withdraw troops
0356 | verb | pledge to withdraw [its] forces
0356 | verb | pledge to pull out [its] troops
0356 | verb | pledge to pull back [its] troops
0356 | verb | pledge to pull back [its] forces
0356 | verb | pledge to pull back
0356 | verb | pledge to pull out
0356 | verb | pledge to withdraw
0356 | verb | pledge to reduce [its] troops
0356 | verb | pledge to cut [its] troops
0356 | verb | pledge to reduce [its] forces
0356 | verb | pledge to scale back [its] operations
0356 | verb | pledge to scale back military operations
0356 | verb | pledge to halt [the] attacks
0356 | verb | pledge to stop [the] attacks
0356 | verb | pledge to halt [the] offensive
0356 | verb | pledge to end [the] offensive
0356 | verb | pledge to halt [the] strikes
0356 | verb | pledge to halt [the] airstrikes
0356 | verb | pledge to stop [the] airstrikes
0356 | verb | pledge to stop [the] bombing
0356 | verb | pledge to halt [the] bombing
0356 | verb | pledge to cease fire
0356 | verb | pledge to observe [the] ceasefire
0356 | verb | pledge to observe [the] cease-fire
0356 | verb | pledge to respect [the] ceasefire
0356 | verb | pledge to respect [the] cease-fire
0356 | verb | pledge to abide by [the] ceasefire
0356 | verb | pledge to abide by [the] cease-fire
0356 | verb | pledge to honour [the] ceasefire
0356 | verb | pledge to honor [the] cease-fire
0356 | verb | pledge to declare [a] ceasefire
0356 | verb | pledge to declare [a] cease-fire
0356 | verb | pledge to declare [a] truce
0356 | verb | pledge to [a] ceasefire
0356 | verb | pledge to [a] cease-fire
0356 | verb | pledge to [a] truce
0356 | verb | pledge to [a] humanitarian pause
0356 | verb | pledge to de-escalate
0356 | verb | pledge to de-escalate tensions
0356 | verb | pledge to ease tensions
0356 | verb | pledge to reduce tensions
0356 | verb | pledge to defuse tensions
0356 | verb | pledge to stand down [its] forces
0356 | verb | pledge to demobilise
0356 | verb | pledge to demobilize
0356 | verb | pledge to disarm
0356 | verb | pledge to lay down [their] arms
0356 | verb | pledge to lay down [their] weapons
0356 | verb | pledge to end hostilities
0356 | verb | pledge to cease hostilities
0356 | verb | pledge to end [the] fighting
0356 | verb | pledge to stop [the] fighting
0356 | verb | pledge to halt [the] fighting
0356 | verb | pledge to end [the] war
0356 | verb | pledge to lift [the] siege
0356 | verb | pledge to end [the] siege
0356 | verb | pledge to lift [the] blockade
0356 | verb | pledge to ease [the] blockade
0356 | verb | pledge to end [the] blockade
0356 | verb | pledge to end [the] occupation
0356 | verb | pledge to withdraw from
0356 | verb | pledge to refrain from attacks
0356 | verb | pledge to refrain from [the] use of force
0356 | verb | pledge to not attack
0356 | verb | pledge to not use force
0356 | verb | pledge to not invade
0356 | verb | pledge to not use nuclear weapons first
0356 | verb | pledge to denuclearise
0356 | verb | pledge to denuclearize
0356 | verb | pledge to dismantle [its] nuclear programme
0356 | verb | pledge to dismantle [its] nuclear program
0356 | verb | pledge to give up [its] nuclear weapons
0356 | verb | pledge to destroy [its] chemical weapons
0356 | verb | pledge to pause [the] fighting
0356 | verb | pledge to pause [its] offensive
0356 | verb | vow to withdraw [its] troops
0356 | verb | vow to withdraw troops
0356 | verb | vow to withdraw [its] forces
0356 | verb | vow to pull out [its] troops
0356 | verb | vow to pull back [its] troops
0356 | verb | vow to pull back [its] forces
0356 | verb | vow to pull back
0356 | verb | vow to pull out
0356 | verb | vow to withdraw
0356 | verb | vow to reduce [its] troops
0356 | verb | vow to cut [its] troops
0356 | verb | vow to reduce [its] forces
0356 | verb | vow to scale back [its] operations
0356 | verb | vow to scale back military operations
0356 | verb | vow to halt [the] attacks
0356 | verb | vow to stop [the] attacks
0356 | verb | vow to halt [the] offensive
0356 | verb | vow to end [the] offensive
0356 | verb | vow to halt [the] strikes
0356 | verb | vow to halt [the] airstrikes
0356 | verb | vow to stop [the] airstrikes
0356 | verb | vow to stop [the] bombing
0356 | verb | vow to halt [the] bombing
0356 | verb | vow to cease fire
0356 | verb | vow to observe [the] ceasefire
0356 | verb | vow to observe [the] cease-fire
0356 | verb | vow to respect [the] ceasefire
0356 | verb | vow to respect [the] cease-fire
0356 | verb | vow to abide by [the] ceasefire
0356 | verb | vow to abide by [the] cease-fire
0356 | verb | vow to honour [the] ceasefire
0356 | verb | vow to honor [the] cease-fire
0356 | verb | vow to declare [a] ceasefire
0356 | verb | vow to declare [a] cease-fire
0356 | verb | vow to declare [a] truce
0356 | verb | vow to [a] ceasefire
0356 | verb | vow to [a] cease-fire
0356 | verb | vow to [a] truce
0356 | verb | vow to [a] humanitarian pause
0356 | verb | vow to de-escalate
0356 | verb | vow to de-escalate tensions
0356 | verb | vow to ease tensions
0356 | verb | vow to reduce tensions
0356 | verb | vow to defuse tensions
0356 | verb | vow to stand down [its] forces
0356 | verb | vow to demobilise
0356 | verb | vow to demobilize
0356 | verb | vow to disarm
0356 | verb | vow to lay down [their] arms
0356 | verb | vow to lay down [their] weapons
0356 | verb | vow to end hostilities
0356 | verb | vow to cease hostilities
0356 | verb | vow to end [the] fighting
0356 | verb | vow to stop [the] fighting
0356 | verb | vow to halt [the] fighting
0356 | verb | vow to end [the] war
0356 | verb | vow to lift [the] siege
0356 | verb | vow to end [the] siege
0356 | verb | vow to lift [the] blockade
0356 | verb | vow to ease [the] blockade
0356 | verb | vow to end [the] blockade
0356 | verb | vow to end [the] occupation
0356 | verb | vow to withdraw from
0356 | verb | vow to refrain from attacks
0356 | verb | vow to refrain from [the] use of force
0356 | verb | vow to not attack
0356 | verb | vow to not use force
0356 | verb | vow to not invade
0356 | verb | vow to not use nuclear weapons first
0356 | verb | vow to denuclearise
0356 | verb | vow to denuclearize
0356 | verb | vow to dismantle [its] nuclear programme
0356 | verb | vow to dismantle [its] nuclear program
0356 | verb | vow to give up [its] nuclear weapons
0356 | verb | vow to destroy [its] chemical weapons
0356 | verb | vow to pause [the] fighting
0356 | verb | vow to pause [its] offensive
0356 | verb | promise to withdraw [its] troops
0356 | verb | promise to withdraw troops
0356 | verb | promise to withdraw [its] forces
0356 | verb | promise to pull out [its] troops
0356 | verb | promise to pull back [its] troops
0356 | verb | promise to pull back [its] forces
0356 | verb | promise to pull back
0356 | verb | promise to pull out
0356 | verb | promise to withdraw
0356 | verb | promise to reduce [its] troops
0356 | verb | promise to cut [its] troops
0356 | verb | promise to reduce [its] forces
0356 | verb | promise to scale back [its] operations
0356 | verb | promise to scale back military operations
0356 | verb | promise to halt [the] attacks
0356 | verb | promise to stop [the] attacks
0356 | verb | promise to halt [the] offensive
0356 | verb | promise to end [the] offensive
0356 | verb | promise to halt [the] strikes
0356 | verb | promise to halt [the] airstrikes
0356 | verb | promise to stop [the] airstrikes
0356 | verb | promise to stop [the] bombing
0356 | verb | promise to halt [the] bombing
0356 | verb | promise to cease fire
0356 | verb | promise to observe [the] ceasefire
0356 | verb | promise to observe [the] cease-fire
0356 | verb | promise to respect [the] ceasefire
0356 | verb | promise to respect [the] cease-fire
0356 | verb | promise to abide by [the] ceasefire
0356 | verb | promise to abide by [the] cease-fire
0356 | verb | promise to honour [the] ceasefire
0356 | verb | promise to honor [the] cease-fire
0356 | verb | promise to declare [a] ceasefire
0356 | verb | promise to declare [a] cease-fire
0356 | verb | promise to declare [a] truce
0356 | verb | promise to [a] ceasefire
0356 | verb | promise to [a] cease-fire
0356 | verb | promise to [a] truce
0356 | verb | promise to [a] humanitarian pause
0356 | verb | promise to de-escalate
0356 | verb | promise to de-escalate tensions
0356 | verb | promise to ease tensions
0356 | verb | promise to reduce tensions
0356 | verb | promise to defuse tensions
0356 | verb | promise to stand down [its] forces
0356 | verb | promise to demobilise
0356 | verb | promise to demobilize
0356 | verb | promise to disarm
0356 | verb | promise to lay down [their] arms
0356 | verb | promise to lay down [their] weapons
0356 | verb | promise to end hostilities
0356 | verb | promise to cease hostilities
0356 | verb | promise to end [the] fighting
0356 | verb | promise to stop [the] fighting
0356 | verb | promise to halt [the] fighting
0356 | verb | promise to end [the] war
0356 | verb | promise to lift [the] siege
0356 | verb | promise to end [the] siege
0356 | verb | promise to lift [the] blockade
0356 | verb | promise to ease [the] blockade
0356 | verb | promise to end [the] blockade
0356 | verb | promise to end [the] occupation
0356 | verb | promise to withdraw from
0356 | verb | promise to refrain from attacks
0356 | verb | promise to refrain from [the] use of force
0356 | verb | promise to not attack
0356 | verb | promise to not use force
0356 | verb | promise to not invade
0356 | verb | promise to not use nuclear weapons first
0356 | verb | promise to denuclearise
0356 | verb | promise to denuclearize
0356 | verb | promise to dismantle [its] nuclear programme
0356 | verb | promise to dismantle [its] nuclear program
0356 | verb | promise to give up [its] nuclear weapons
0356 | verb | promise to destroy [its] chemical weapons
0356 | verb | promise to pause [the] fighting
0356 | verb | promise to pause [its] offensive
0356 | verb | agree to withdraw [its] troops
0356 | verb | agree to withdraw troops
0356 | verb | agree to withdraw [its] forces
0356 | verb | agree to pull out [its] troops
0356 | verb | agree to pull back [its] troops
0356 | verb | agree to pull back [its] forces
0356 | verb | agree to pull back
0356 | verb | agree to pull out
0356 | verb | agree to withdraw
0356 | verb | agree to reduce [its] troops
0356 | verb | agree to cut [its] troops
0356 | verb | agree to reduce [its] forces
0356 | verb | agree to scale back [its] operations
0356 | verb | agree to scale back military operations
0356 | verb | agree to halt [the] attacks
0356 | verb | agree to stop [the] attacks
0356 | verb | agree to halt [the] offensive
0356 | verb | agree to end [the] offensive
0356 | verb | agree to halt [the] strikes
0356 | verb | agree to halt [the] airstrikes
0356 | verb | agree to stop [the] airstrikes
0356 | verb | agree to stop [the] bombing
0356 | verb | agree to halt [the] bombing
0356 | verb | agree to cease fire
0356 | verb | agree to observe [the] ceasefire
0356 | verb | agree to observe [the] cease-fire
0356 | verb | agree to respect [the] ceasefire
0356 | verb | agree to respect [the] cease-fire
0356 | verb | agree to abide by [the] ceasefire
0356 | verb | agree to abide by [the] cease-fire
0356 | verb | agree to honour [the] ceasefire
0356 | verb | agree to honor [the] cease-fire
0356 | verb | agree to declare [a] ceasefire
0356 | verb | agree to declare [a] cease-fire
0356 | verb | agree to declare [a] truce
0356 | verb | agree to [a] ceasefire
0356 | verb | agree to [a] cease-fire
0356 | verb | agree to [a] truce
0356 | verb | agree to [a] humanitarian pause
0356 | verb | agree to de-escalate
0356 | verb | agree to de-escalate tensions
0356 | verb | agree to ease tensions
0356 | verb | agree to reduce tensions
0356 | verb | agree to defuse tensions
0356 | verb | agree to stand down [its] forces
0356 | verb | agree to demobilise
0356 | verb | agree to demobilize
0356 | verb | agree to disarm
0356 | verb | agree to lay down [their] arms
0356 | verb | agree to lay down [their] weapons
0356 | verb | agree to end hostilities
0356 | verb | agree to cease hostilities
0356 | verb | agree to end [the] fighting
0356 | verb | agree to stop [the] fighting
0356 | verb | agree to halt [the] fighting
0356 | verb | agree to end [the] war
0356 | verb | agree to lift [the] siege
0356 | verb | agree to end [the] siege
0356 | verb | agree to lift [the] blockade
0356 | verb | agree to ease [the] blockade
0356 | verb | agree to end [the] blockade
0356 | verb | agree to end [the] occupation
0356 | verb | agree to withdraw from
0356 | verb | agree to refrain from attacks
0356 | verb | agree to refrain from [the] use of force
0356 | verb | agree to not attack
0356 | verb | agree to not use force
0356 | verb | agree to not invade
0356 | verb | agree to not use nuclear weapons first
0356 | verb | agree to denuclearise
0356 | verb | agree to denuclearize
0356 | verb | agree to dismantle [its] nuclear programme
0356 | verb | agree to dismantle [its] nuclear program
0356 | verb | agree to give up [its] nuclear weapons
0356 | verb | agree to destroy [its] chemical weapons
0356 | verb | agree to pause [the] fighting
0356 | verb | agree to pause [its] offensive
0356 | verb | express readiness to withdraw [its] troops
0356 | verb | express readiness to withdraw troops
0356 | verb | express readiness to withdraw [its] forces
0356 | verb | express readiness to pull out [its] troops
0356 | verb | express readiness to pull back [its] troops
0356 | verb | express readiness to pull back [its] forces
0356 | verb | express readiness to pull back
0356 | verb | express readiness to pull out
0356 | verb | express readiness to withdraw
0356 | verb | express readiness to reduce [its] troops
0356 | verb | express readiness to cut [its] troops
0356 | verb | express readiness to reduce [its] forces
0356 | verb | express readiness to scale back [its] operations
0356 | verb | express readiness to scale back military operations
0356 | verb | express readiness to halt [the] attacks
0356 | verb | express readiness to stop [the] attacks
0356 | verb | express readiness to halt [the] offensive
0356 | verb | express readiness to end [the] offensive
0356 | verb | express readiness to halt [the] strikes
0356 | verb | express readiness to halt [the] airstrikes
0356 | verb | express readiness to stop [the] airstrikes
0356 | verb | express readiness to stop [the] bombing
0356 | verb | express readiness to halt [the] bombing
0356 | verb | express readiness to cease fire
0356 | verb | express readiness to observe [the] ceasefire
0356 | verb | express readiness to observe [the] cease-fire
0356 | verb | express readiness to respect [the] ceasefire
0356 | verb | express readiness to respect [the] cease-fire
0356 | verb | express readiness to abide by [the] ceasefire
0356 | verb | express readiness to abide by [the] cease-fire
0356 | verb | express readiness to honour [the] ceasefire
0356 | verb | express readiness to honor [the] cease-fire
0356 | verb | express readiness to declare [a] ceasefire
0356 | verb | express readiness to declare [a] cease-fire
0356 | verb | express readiness to declare [a] truce
0356 | verb | express readiness to [a] ceasefire
0356 | verb | express readiness to [a] cease-fire
0356 | verb | express readiness to [a] truce
0356 | verb | express readiness to [a] humanitarian pause
0356 | verb | express readiness to de-escalate
0356 | verb | express readiness to de-escalate tensions
0356 | verb | express readiness to ease tensions
0356 | verb | express readiness to reduce tensions
0356 | verb | express readiness to defuse tensions
0356 | verb | express readiness to stand down [its] forces
0356 | verb | express readiness to demobilise
0356 | verb | express readiness to demobilize
0356 | verb | express readiness to disarm
0356 | verb | express readiness to lay down [their] arms
0356 | verb | express readiness to lay down [their] weapons
0356 | verb | express readiness to end hostilities
0356 | verb | express readiness to cease hostilities
0356 | verb | express readiness to end [the] fighting
0356 | verb | express readiness to stop [the] fighting
0356 | verb | express readiness to halt [the] fighting
0356 | verb | express readiness to end [the] war
0356 | verb | express readiness to lift [the] siege
0356 | verb | express readiness to end [the] siege
0356 | verb | express readiness to lift [the] blockade
0356 | verb | express readiness to ease [the] blockade
0356 | verb | express readiness to end [the] blockade
0356 | verb | express readiness to end [the] occupation
0356 | verb | express readiness to withdraw from
0356 | verb | express readiness to refrain from attacks
0356 | verb | express readiness to refrain from [the] use of force
0356 | verb | express readiness to not attack
0356 | verb | express readiness to not use force
0356 | verb | express readiness to not invade
0356 | verb | express readiness to not use nuclear weapons first
0356 | verb | express readiness to denuclearise
0356 | verb | express readiness to denuclearize
0356 | verb | express readiness to dismantle [its] nuclear programme
0356 | verb | express readiness to dismantle [its] nuclear program
0356 | verb | express readiness to give up [its] nuclear weapons
0356 | verb | express readiness to destroy [its] chemical weapons
0356 | verb | express readiness to pause [the] fighting
0356 | verb | express readiness to pause [its] offensive
0356 | verb | offer [a] ceasefire
0356 | verb | offer [a] cease-fire
0356 | verb | offer [a] truce
0356 | verb | offer [a] humanitarian pause
0356 | verb | offer [an] armistice
0356 | verb | offer [a] cessation of hostilities
0356 | verb | offer [a] withdrawal
0356 | verb | propose [a] ceasefire
0356 | verb | propose [a] cease-fire
0356 | verb | propose [a] truce
0356 | verb | propose [a] humanitarian pause
0356 | verb | propose [an] armistice
0356 | verb | propose [a] cessation of hostilities
0356 | verb | propose [a] withdrawal
0356 | verb | promise [a] ceasefire
0356 | verb | promise [a] cease-fire
0356 | verb | promise [a] truce
0356 | verb | promise [a] humanitarian pause
0356 | verb | promise [an] armistice
0356 | verb | promise [a] cessation of hostilities
0356 | verb | promise [a] withdrawal
0356 | noun | offer of [a] ceasefire
0356 | noun | offer of [a] cease-fire
0356 | noun | offer of [a] truce
0356 | noun | proposal for [a] ceasefire
0356 | noun | proposal for [a] cease-fire
0356 | noun | proposal for [a] truce
0356 | noun | ceasefire offer
0356 | noun | cease-fire offer
0356 | noun | ceasefire proposal
0356 | noun | cease-fire proposal
0356 | noun | truce offer

# 036 Express intent to meet or negotiate
036 | verb | pledge to hold talks
036 | verb | pledge to hold talks with
036 | verb | pledge to meet
036 | verb | pledge to meet with
036 | verb | pledge to meet _
036 | verb | pledge to negotiate
036 | verb | pledge to negotiate with
036 | verb | pledge to resume talks
036 | verb | pledge to resume talks with
036 | verb | pledge to start talks
036 | verb | pledge to begin talks
036 | verb | pledge to open talks
036 | verb | pledge to return to [the] talks
036 | verb | pledge to resume negotiations
036 | verb | pledge to start negotiations
036 | verb | pledge to begin negotiations
036 | verb | pledge to enter negotiations
036 | verb | pledge to enter into negotiations
036 | verb | pledge to engage in talks
036 | verb | pledge to engage in dialogue
036 | verb | pledge to hold [a] dialogue
036 | verb | pledge to start [a] dialogue
036 | verb | pledge to resume [the] dialogue
036 | verb | pledge to open [a] dialogue
036 | verb | pledge to sit down with
036 | verb | pledge to come to [the] negotiating table
036 | verb | pledge to return to [the] negotiating table
036 | verb | pledge to attend [the] talks
036 | verb | pledge to attend [the] summit
036 | verb | pledge to attend [the] conference
036 | verb | pledge to attend [the] meeting
036 | verb | pledge to join [the] talks
036 | verb | pledge to take part in [the] talks
036 | verb | pledge to participate in [the] talks
036 | verb | pledge to visit
036 | verb | pledge to visit _
036 | verb | pledge to host [the] talks
036 | verb | pledge to host [a] summit
036 | verb | pledge to host [a] meeting
036 | verb | pledge to hold [a] summit
036 | verb | pledge to hold [a] meeting
036 | verb | pledge to hold [a] summit with
036 | verb | pledge to continue [the] talks
036 | verb | pledge to continue [the] negotiations
036 | verb | pledge to continue [the] dialogue
036 | verb | pledge to maintain [the] dialogue
036 | verb | pledge to maintain contacts
036 | verb | pledge to keep channels open
036 | verb | pledge to keep [the] lines of communication open
036 | verb | pledge to talk to
036 | verb | pledge to talk with
036 | verb | pledge to engage with
036 | verb | vow to hold talks
036 | verb | vow to hold talks with
036 | verb | vow to meet
036 | verb | vow to meet with
036 | verb | vow to meet _
036 | verb | vow to negotiate
036 | verb | vow to negotiate with
036 | verb | vow to resume talks
036 | verb | vow to resume talks with
036 | verb | vow to start talks
036 | verb | vow to begin talks
036 | verb | vow to open talks
036 | verb | vow to return to [the] talks
036 | verb | vow to resume negotiations
036 | verb | vow to start negotiations
036 | verb | vow to begin negotiations
036 | verb | vow to enter negotiations
036 | verb | vow to enter into negotiations
036 | verb | vow to engage in talks
036 | verb | vow to engage in dialogue
036 | verb | vow to hold [a] dialogue
036 | verb | vow to start [a] dialogue
036 | verb | vow to resume [the] dialogue
036 | verb | vow to open [a] dialogue
036 | verb | vow to sit down with
036 | verb | vow to come to [the] negotiating table
036 | verb | vow to return to [the] negotiating table
036 | verb | vow to attend [the] talks
036 | verb | vow to attend [the] summit
036 | verb | vow to attend [the] conference
036 | verb | vow to attend [the] meeting
036 | verb | vow to join [the] talks
036 | verb | vow to take part in [the] talks
036 | verb | vow to participate in [the] talks
036 | verb | vow to visit
036 | verb | vow to visit _
036 | verb | vow to host [the] talks
036 | verb | vow to host [a] summit
036 | verb | vow to host [a] meeting
036 | verb | vow to hold [a] summit
036 | verb | vow to hold [a] meeting
036 | verb | vow to hold [a] summit with
036 | verb | vow to continue [the] talks
036 | verb | vow to continue [the] negotiations
036 | verb | vow to continue [the] dialogue
036 | verb | vow to maintain [the] dialogue
036 | verb | vow to maintain contacts
036 | verb | vow to keep channels open
036 | verb | vow to keep [the] lines of communication open
036 | verb | vow to talk to
036 | verb | vow to talk with
036 | verb | vow to engage with
036 | verb | promise to hold talks
036 | verb | promise to hold talks with
036 | verb | promise to meet
036 | verb | promise to meet with
036 | verb | promise to meet _
036 | verb | promise to negotiate
036 | verb | promise to negotiate with
036 | verb | promise to resume talks
036 | verb | promise to resume talks with
036 | verb | promise to start talks
036 | verb | promise to begin talks
036 | verb | promise to open talks
036 | verb | promise to return to [the] talks
036 | verb | promise to resume negotiations
036 | verb | promise to start negotiations
036 | verb | promise to begin negotiations
036 | verb | promise to enter negotiations
036 | verb | promise to enter into negotiations
036 | verb | promise to engage in talks
036 | verb | promise to engage in dialogue
036 | verb | promise to hold [a] dialogue
036 | verb | promise to start [a] dialogue
036 | verb | promise to resume [the] dialogue
036 | verb | promise to open [a] dialogue
036 | verb | promise to sit down with
036 | verb | promise to come to [the] negotiating table
036 | verb | promise to return to [the] negotiating table
036 | verb | promise to attend [the] talks
036 | verb | promise to attend [the] summit
036 | verb | promise to attend [the] conference
036 | verb | promise to attend [the] meeting
036 | verb | promise to join [the] talks
036 | verb | promise to take part in [the] talks
036 | verb | promise to participate in [the] talks
036 | verb | promise to visit
036 | verb | promise to visit _
036 | verb | promise to host [the] talks
036 | verb | promise to host [a] summit
036 | verb | promise to host [a] meeting
036 | verb | promise to hold [a] summit
036 | verb | promise to hold [a] meeting
036 | verb | promise to hold [a] summit with
036 | verb | promise to continue [the] talks
036 | verb | promise to continue [the] negotiations
036 | verb | promise to continue [the] dialogue
036 | verb | promise to maintain [the] dialogue
036 | verb | promise to maintain contacts
036 | verb | promise to keep channels open
036 | verb | promise to keep [the] lines of communication open
036 | verb | promise to talk to
036 | verb | promise to talk with
036 | verb | promise to engage with
036 | verb | agree to hold talks
036 | verb | agree to hold talks with
036 | verb | agree to meet
036 | verb | agree to meet with
036 | verb | agree to meet _
036 | verb | agree to negotiate
036 | verb | agree to negotiate with
036 | verb | agree to resume talks
036 | verb | agree to resume talks with
036 | verb | agree to start talks
036 | verb | agree to begin talks
036 | verb | agree to open talks
036 | verb | agree to return to [the] talks
036 | verb | agree to resume negotiations
036 | verb | agree to start negotiations
036 | verb | agree to begin negotiations
036 | verb | agree to enter negotiations
036 | verb | agree to enter into negotiations
036 | verb | agree to engage in talks
036 | verb | agree to engage in dialogue
036 | verb | agree to hold [a] dialogue
036 | verb | agree to start [a] dialogue
036 | verb | agree to resume [the] dialogue
036 | verb | agree to open [a] dialogue
036 | verb | agree to sit down with
036 | verb | agree to come to [the] negotiating table
036 | verb | agree to return to [the] negotiating table
036 | verb | agree to attend [the] talks
036 | verb | agree to attend [the] summit
036 | verb | agree to attend [the] conference
036 | verb | agree to attend [the] meeting
036 | verb | agree to join [the] talks
036 | verb | agree to take part in [the] talks
036 | verb | agree to participate in [the] talks
036 | verb | agree to visit
036 | verb | agree to visit _
036 | verb | agree to host [the] talks
036 | verb | agree to host [a] summit
036 | verb | agree to host [a] meeting
036 | verb | agree to hold [a] summit
036 | verb | agree to hold [a] meeting
036 | verb | agree to hold [a] summit with
036 | verb | agree to continue [the] talks
036 | verb | agree to continue [the] negotiations
036 | verb | agree to continue [the] dialogue
036 | verb | agree to maintain [the] dialogue
036 | verb | agree to maintain contacts
036 | verb | agree to keep channels open
036 | verb | agree to keep [the] lines of communication open
036 | verb | agree to talk to
036 | verb | agree to talk with
036 | verb | agree to engage with
036 | verb | offer to hold talks
036 | verb | offer to hold talks with
036 | verb | offer to meet
036 | verb | offer to meet with
036 | verb | offer to meet _
036 | verb | offer to negotiate
036 | verb | offer to negotiate with
036 | verb | offer to resume talks
036 | verb | offer to resume talks with
036 | verb | offer to start talks
036 | verb | offer to begin talks
036 | verb | offer to open talks
036 | verb | offer to return to [the] talks
036 | verb | offer to resume negotiations
036 | verb | offer to start negotiations
036 | verb | offer to begin negotiations
036 | verb | offer to enter negotiations
036 | verb | offer to enter into negotiations
036 | verb | offer to engage in talks
036 | verb | offer to engage in dialogue
036 | verb | offer to hold [a] dialogue
036 | verb | offer to start [a] dialogue
036 | verb | offer to resume [the] dialogue
036 | verb | offer to open [a] dialogue
036 | verb | offer to sit down with
036 | verb | offer to come to [the] negotiating table
036 | verb | offer to return to [the] negotiating table
036 | verb | offer to attend [the] talks
036 | verb | offer to attend [the] summit
036 | verb | offer to attend [the] conference
036 | verb | offer to attend [the] meeting
036 | verb | offer to join [the] talks
036 | verb | offer to take part in [the] talks
036 | verb | offer to participate in [the] talks
036 | verb | offer to visit
036 | verb | offer to visit _
036 | verb | offer to host [the] talks
036 | verb | offer to host [a] summit
036 | verb | offer to host [a] meeting
036 | verb | offer to hold [a] summit
036 | verb | offer to hold [a] meeting
036 | verb | offer to hold [a] summit with
036 | verb | offer to continue [the] talks
036 | verb | offer to continue [the] negotiations
036 | verb | offer to continue [the] dialogue
036 | verb | offer to maintain [the] dialogue
036 | verb | offer to maintain contacts
036 | verb | offer to keep channels open
036 | verb | offer to keep [the] lines of communication open
036 | verb | offer to talk to
036 | verb | offer to talk with
036 | verb | offer to engage with
036 | verb | express willingness to hold talks
036 | verb | express willingness to hold talks with
036 | verb | express willingness to meet
036 | verb | express willingness to meet with
036 | verb | express willingness to meet _
036 | verb | express willingness to negotiate
036 | verb | express willingness to negotiate with
036 | verb | express willingness to resume talks
036 | verb | express willingness to resume talks with
036 | verb | express willingness to start talks
036 | verb | express willingness to begin talks
036 | verb | express willingness to open talks
036 | verb | express willingness to return to [the] talks
036 | verb | express willingness to resume negotiations
036 | verb | express willingness to start negotiations
036 | verb | express willingness to begin negotiations
036 | verb | express willingness to enter negotiations
036 | verb | express willingness to enter into negotiations
036 | verb | express willingness to engage in talks
036 | verb | express willingness to engage in dialogue
036 | verb | express willingness to hold [a] dialogue
036 | verb | express willingness to start [a] dialogue
036 | verb | express willingness to resume [the] dialogue
036 | verb | express willingness to open [a] dialogue
036 | verb | express willingness to sit down with
036 | verb | express willingness to come to [the] negotiating table
036 | verb | express willingness to return to [the] negotiating table
036 | verb | express willingness to attend [the] talks
036 | verb | express willingness to attend [the] summit
036 | verb | express willingness to attend [the] conference
036 | verb | express willingness to attend [the] meeting
036 | verb | express willingness to join [the] talks
036 | verb | express willingness to take part in [the] talks
036 | verb | express willingness to participate in [the] talks
036 | verb | express willingness to visit
036 | verb | express willingness to visit _
036 | verb | express willingness to host [the] talks
036 | verb | express willingness to host [a] summit
036 | verb | express willingness to host [a] meeting
036 | verb | express willingness to hold [a] summit
036 | verb | express willingness to hold [a] meeting
036 | verb | express willingness to hold [a] summit with
036 | verb | express willingness to continue [the] talks
036 | verb | express willingness to continue [the] negotiations
036 | verb | express willingness to continue [the] dialogue
036 | verb | express willingness to maintain [the] dialogue
036 | verb | express willingness to maintain contacts
036 | verb | express willingness to keep channels open
036 | verb | express willingness to keep [the] lines of communication open
036 | verb | express willingness to talk to
036 | verb | express willingness to talk with
036 | verb | express willingness to engage with
036 | verb | express readiness to hold talks
036 | verb | express readiness to hold talks with
036 | verb | express readiness to meet
036 | verb | express readiness to meet with
036 | verb | express readiness to meet _
036 | verb | express readiness to negotiate
036 | verb | express readiness to negotiate with
036 | verb | express readiness to resume talks
036 | verb | express readiness to resume talks with
036 | verb | express readiness to start talks
036 | verb | express readiness to begin talks
036 | verb | express readiness to open talks
036 | verb | express readiness to return to [the] talks
036 | verb | express readiness to resume negotiations
036 | verb | express readiness to start negotiations
036 | verb | express readiness to begin negotiations
036 | verb | express readiness to enter negotiations
036 | verb | express readiness to enter into negotiations
036 | verb | express readiness to engage in talks
036 | verb | express readiness to engage in dialogue
036 | verb | express readiness to hold [a] dialogue
036 | verb | express readiness to start [a] dialogue
036 | verb | express readiness to resume [the] dialogue
036 | verb | express readiness to open [a] dialogue
036 | verb | express readiness to sit down with
036 | verb | express readiness to come to [the] negotiating table
036 | verb | express readiness to return to [the] negotiating table
036 | verb | express readiness to attend [the] talks
036 | verb | express readiness to attend [the] summit
036 | verb | express readiness to attend [the] conference
036 | verb | express readiness to attend [the] meeting
036 | verb | express readiness to join [the] talks
036 | verb | express readiness to take part in [the] talks
036 | verb | express readiness to participate in [the] talks
036 | verb | express readiness to visit
036 | verb | express readiness to visit _
036 | verb | express readiness to host [the] talks
036 | verb | express readiness to host [a] summit
036 | verb | express readiness to host [a] meeting
036 | verb | express readiness to hold [a] summit
036 | verb | express readiness to hold [a] meeting
036 | verb | express readiness to hold [a] summit with
036 | verb | express readiness to continue [the] talks
036 | verb | express readiness to continue [the] negotiations
036 | verb | express readiness to continue [the] dialogue
036 | verb | express readiness to maintain [the] dialogue
036 | verb | express readiness to maintain contacts
036 | verb | express readiness to keep channels open
036 | verb | express readiness to keep [the] lines of communication open
036 | verb | express readiness to talk to
036 | verb | express readiness to talk with
036 | verb | express readiness to engage with
036 | verb | signal readiness to hold talks
036 | verb | signal readiness to hold talks with
036 | verb | signal readiness to meet
036 | verb | signal readiness to meet with
036 | verb | signal readiness to meet _
036 | verb | signal readiness to negotiate
036 | verb | signal readiness to negotiate with
036 | verb | signal readiness to resume talks
036 | verb | signal readiness to resume talks with
036 | verb | signal readiness to start talks
036 | verb | signal readiness to begin talks
036 | verb | signal readiness to open talks
036 | verb | signal readiness to return to [the] talks
036 | verb | signal readiness to resume negotiations
036 | verb | signal readiness to start negotiations
036 | verb | signal readiness to begin negotiations
036 | verb | signal readiness to enter negotiations
036 | verb | signal readiness to enter into negotiations
036 | verb | signal readiness to engage in talks
036 | verb | signal readiness to engage in dialogue
036 | verb | signal readiness to hold [a] dialogue
036 | verb | signal readiness to start [a] dialogue
036 | verb | signal readiness to resume [the] dialogue
036 | verb | signal readiness to open [a] dialogue
036 | verb | signal readiness to sit down with
036 | verb | signal readiness to come to [the] negotiating table
036 | verb | signal readiness to return to [the] negotiating table
036 | verb | signal readiness to attend [the] talks
036 | verb | signal readiness to attend [the] summit
036 | verb | signal readiness to attend [the] conference
036 | verb | signal readiness to attend [the] meeting
036 | verb | signal readiness to join [the] talks
036 | verb | signal readiness to take part in [the] talks
036 | verb | signal readiness to participate in [the] talks
036 | verb | signal readiness to visit
036 | verb | signal readiness to visit _
036 | verb | signal readiness to host [the] talks
036 | verb | signal readiness to host [a] summit
036 | verb | signal readiness to host [a] meeting
036 | verb | signal readiness to hold [a] summit
036 | verb | signal readiness to hold [a] meeting
036 | verb | signal readiness to hold [a] summit with
036 | verb | signal readiness to continue [the] talks
036 | verb | signal readiness to continue [the] negotiations
036 | verb | signal readiness to continue [the] dialogue
036 | verb | signal readiness to maintain [the] dialogue
036 | verb | signal readiness to maintain contacts
036 | verb | signal readiness to keep channels open
036 | verb | signal readiness to keep [the] lines of communication open
036 | verb | signal readiness to talk to
036 | verb | signal readiness to talk with
036 | verb | signal readiness to engage with
036 | verb | propose talks
036 | verb | propose [a] meeting
036 | verb | propose [a] summit
036 | verb | propose negotiations
036 | verb | propose [a] dialogue
036 | verb | propose direct talks
036 | verb | propose [a] meeting with
036 | verb | propose talks with
036 | verb | propose [a] summit with
036 | verb | propose new talks
036 | verb | propose [a] new round of talks
036 | verb | propose [a] visit
036 | verb | offer talks
036 | verb | offer [a] meeting
036 | verb | offer [a] summit
036 | verb | offer negotiations
036 | verb | offer [a] dialogue
036 | verb | offer direct talks
036 | verb | offer [a] meeting with
036 | verb | offer talks with
036 | verb | offer [a] summit with
036 | verb | offer new talks
036 | verb | offer [a] new round of talks
036 | verb | offer [a] visit
036 | verb | suggest talks
036 | verb | suggest [a] meeting
036 | verb | suggest [a] summit
036 | verb | suggest negotiations
036 | verb | suggest [a] dialogue
036 | verb | suggest direct talks
036 | verb | suggest [a] meeting with
036 | verb | suggest talks with
036 | verb | suggest [a] summit with
036 | verb | suggest new talks
036 | verb | suggest [a] new round of talks
036 | verb | suggest [a] visit
036 | verb | seek to arrange talks
036 | verb | seek to arrange [a] meeting
036 | verb | seek to arrange [a] summit
036 | verb | seek to arrange negotiations
036 | verb | seek to arrange [a] dialogue
036 | verb | seek to arrange direct talks
036 | verb | seek to arrange [a] meeting with
036 | verb | seek to arrange talks with
036 | verb | seek to arrange [a] summit with
036 | verb | seek to arrange new talks
036 | verb | seek to arrange [a] new round of talks
036 | verb | seek to arrange [a] visit
036 | verb | accept [an] invitation
036 | verb | accept [an] invitation to visit
036 | verb | accept [an] invitation to talks
036 | verb | accept [the] invitation
036 | verb | accept [the] offer of talks
036 | verb | accept [the] offer of dialogue
036 | verb | plan [a] visit
036 | verb | plan [a] visit to
036 | verb | plan to visit
036 | verb | schedule talks
036 | verb | schedule talks with
036 | verb | schedule [a] meeting with
036 | verb | arrange [a] meeting with
036 | verb | arrange [a] meeting
036 | verb | set [a] date for talks
036 | verb | invite _ to talks
036 | verb | invite _ for talks
036 | verb | invite _ to negotiations
036 | verb | invite _ to [a] meeting
036 | verb | invite _ to [the] summit
036 | verb | invite _ to visit
036 | verb | extend [an] invitation to
036 | verb | extend [an] invitation to _ to visit
036 | verb | issue [an] invitation to
036 | verb | agree to talks
036 | verb | agree to negotiations
036 | verb | agree to [a] summit
036 | noun | offer of talks
036 | noun | offer of dialogue
036 | noun | offer of negotiations
036 | noun | proposal for talks
036 | noun | proposal for [a] meeting
036 | noun | proposal for [a] summit
036 | noun | invitation to visit
036 | noun | invitation to _
036 | noun | invitation to talks
036 | noun | invitation for talks
036 | noun | plan to visit

# 037 Express intent to settle dispute
037 | verb | pledge to settle [the] dispute
037 | verb | pledge to resolve [the] dispute
037 | verb | pledge to resolve [the] conflict
037 | verb | pledge to end [the] dispute
037 | verb | pledge to settle [their] differences
037 | verb | pledge to resolve [their] differences
037 | verb | pledge to resolve [the] issue
037 | verb | pledge to resolve [the] issues
037 | verb | pledge to find [a] solution
037 | verb | pledge to seek [a] solution
037 | verb | pledge to work towards [a] solution
037 | verb | pledge to work toward [a] solution
037 | verb | pledge to find [a] peaceful solution
037 | verb | pledge to find [a] political solution
037 | verb | pledge to seek [a] peaceful solution
037 | verb | pledge to seek [a] political solution
037 | verb | pledge to reach [an] agreement
037 | verb | pledge to reach [a] deal
037 | verb | pledge to reach [a] settlement
037 | verb | pledge to reach [a] peace deal
037 | verb | pledge to make peace
037 | verb | pledge to make peace with
037 | verb | pledge to end [the] conflict
037 | verb | pledge to end [the] war
037 | verb | pledge to reconcile
037 | verb | pledge to resolve [the] crisis
037 | verb | pledge to defuse [the] crisis
037 | verb | pledge to end [the] standoff
037 | verb | pledge to settle [the] border dispute
037 | verb | pledge to resolve [the] border dispute
037 | verb | pledge to work out [their] differences
037 | verb | pledge to sign [a] peace deal
037 | verb | pledge to sign [a] peace agreement
037 | verb | pledge to implement [the] peace agreement
037 | verb | pledge to implement [the] peace deal
037 | verb | pledge to implement [the] peace accord
037 | verb | pledge to abide by [the] peace agreement
037 | verb | pledge to honour [the] peace deal
037 | verb | pledge to honor [the] peace deal
037 | verb | pledge to pursue peace
037 | verb | pledge to seek peace
037 | verb | pledge to work for peace
037 | verb | pledge to work towards peace
037 | verb | pledge to work toward peace
037 | verb | pledge to bring peace
037 | verb | pledge to restore peace
037 | verb | pledge to achieve peace
037 | verb | pledge to reach [a] lasting peace
037 | verb | pledge to resolve disputes peacefully
037 | verb | pledge to settle disputes through dialogue
037 | verb | vow to settle [the] dispute
037 | verb | vow to resolve [the] dispute
037 | verb | vow to resolve [the] conflict
037 | verb | vow to end [the] dispute
037 | verb | vow to settle [their] differences
037 | verb | vow to resolve [their] differences
037 | verb | vow to resolve [the] issue
037 | verb | vow to resolve [the] issues
037 | verb | vow to find [a] solution
037 | verb | vow to seek [a] solution
037 | verb | vow to work towards [a] solution
037 | verb | vow to work toward [a] solution
037 | verb | vow to find [a] peaceful solution
037 | verb | vow to find [a] political solution
037 | verb | vow to seek [a] peaceful solution
037 | verb | vow to seek [a] political solution
037 | verb | vow to reach [an] agreement
037 | verb | vow to reach [a] deal
037 | verb | vow to reach [a] settlement
037 | verb | vow to reach [a] peace deal
037 | verb | vow to make peace
037 | verb | vow to make peace with
037 | verb | vow to end [the] conflict
037 | verb | vow to end [the] war
037 | verb | vow to reconcile
037 | verb | vow to resolve [the] crisis
037 | verb | vow to defuse [the] crisis
037 | verb | vow to end [the] standoff
037 | verb | vow to settle [the] border dispute
037 | verb | vow to resolve [the] border dispute
037 | verb | vow to work out [their] differences
037 | verb | vow to sign [a] peace deal
037 | verb | vow to sign [a] peace agreement
037 | verb | vow to implement [the] peace agreement
037 | verb | vow to implement [the] peace deal
037 | verb | vow to implement [the] peace accord
037 | verb | vow to abide by [the] peace agreement
037 | verb | vow to honour [the] peace deal
037 | verb | vow to honor [the] peace deal
037 | verb | vow to pursue peace
037 | verb | vow to seek peace
037 | verb | vow to work for peace
037 | verb | vow to work towards peace
037 | verb | vow to work toward peace
037 | verb | vow to bring peace
037 | verb | vow to restore peace
037 | verb | vow to achieve peace
037 | verb | vow to reach [a] lasting peace
037 | verb | vow to resolve disputes peacefully
037 | verb | vow to settle disputes through dialogue
037 | verb | promise to settle [the] dispute
037 | verb | promise to resolve [the] dispute
037 | verb | promise to resolve [the] conflict
037 | verb | promise to end [the] dispute
037 | verb | promise to settle [their] differences
037 | verb | promise to resolve [their] differences
037 | verb | promise to resolve [the] issue
037 | verb | promise to resolve [the] issues
037 | verb | promise to find [a] solution
037 | verb | promise to seek [a] solution
037 | verb | promise to work towards [a] solution
037 | verb | promise to work toward [a] solution
037 | verb | promise to find [a] peaceful solution
037 | verb | promise to find [a] political solution
037 | verb | promise to seek [a] peaceful solution
037 | verb | promise to seek [a] political solution
037 | verb | promise to reach [an] agreement
037 | verb | promise to reach [a] deal
037 | verb | promise to reach [a] settlement
037 | verb | promise to reach [a] peace deal
037 | verb | promise to make peace
037 | verb | promise to make peace with
037 | verb | promise to end [the] conflict
037 | verb | promise to end [the] war
037 | verb | promise to reconcile
037 | verb | promise to resolve [the] crisis
037 | verb | promise to defuse [the] crisis
037 | verb | promise to end [the] standoff
037 | verb | promise to settle [the] border dispute
037 | verb | promise to resolve [the] border dispute
037 | verb | promise to work out [their] differences
037 | verb | promise to sign [a] peace deal
037 | verb | promise to sign [a] peace agreement
037 | verb | promise to implement [the] peace agreement
037 | verb | promise to implement [the] peace deal
037 | verb | promise to implement [the] peace accord
037 | verb | promise to abide by [the] peace agreement
037 | verb | promise to honour [the] peace deal
037 | verb | promise to honor [the] peace deal
037 | verb | promise to pursue peace
037 | verb | promise to seek peace
037 | verb | promise to work for peace
037 | verb | promise to work towards peace
037 | verb | promise to work toward peace
037 | verb | promise to bring peace
037 | verb | promise to restore peace
037 | verb | promise to achieve peace
037 | verb | promise to reach [a] lasting peace
037 | verb | promise to resolve disputes peacefully
037 | verb | promise to settle disputes through dialogue
037 | verb | agree to settle [the] dispute
037 | verb | agree to resolve [the] dispute
037 | verb | agree to resolve [the] conflict
037 | verb | agree to end [the] dispute
037 | verb | agree to settle [their] differences
037 | verb | agree to resolve [their] differences
037 | verb | agree to resolve [the] issue
037 | verb | agree to resolve [the] issues
037 | verb | agree to find [a] solution
037 | verb | agree to seek [a] solution
037 | verb | agree to work towards [a] solution
037 | verb | agree to work toward [a] solution
037 | verb | agree to find [a] peaceful solution
037 | verb | agree to find [a] political solution
037 | verb | agree to seek [a] peaceful solution
037 | verb | agree to seek [a] political solution
037 | verb | agree to reach [an] agreement
037 | verb | agree to reach [a] deal
037 | verb | agree to reach [a] settlement
037 | verb | agree to reach [a] peace deal
037 | verb | agree to make peace
037 | verb | agree to make peace with
037 | verb | agree to end [the] conflict
037 | verb | agree to end [the] war
037 | verb | agree to reconcile
037 | verb | agree to resolve [the] crisis
037 | verb | agree to defuse [the] crisis
037 | verb | agree to end [the] standoff
037 | verb | agree to settle [the] border dispute
037 | verb | agree to resolve [the] border dispute
037 | verb | agree to work out [their] differences
037 | verb | agree to sign [a] peace deal
037 | verb | agree to sign [a] peace agreement
037 | verb | agree to implement [the] peace agreement
037 | verb | agree to implement [the] peace deal
037 | verb | agree to implement [the] peace accord
037 | verb | agree to abide by [the] peace agreement
037 | verb | agree to honour [the] peace deal
037 | verb | agree to honor [the] peace deal
037 | verb | agree to pursue peace
037 | verb | agree to seek peace
037 | verb | agree to work for peace
037 | verb | agree to work towards peace
037 | verb | agree to work toward peace
037 | verb | agree to bring peace
037 | verb | agree to restore peace
037 | verb | agree to achieve peace
037 | verb | agree to reach [a] lasting peace
037 | verb | agree to resolve disputes peacefully
037 | verb | agree to settle disputes through dialogue
037 | verb | express readiness to settle [the] dispute
037 | verb | express readiness to resolve [the] dispute
037 | verb | express readiness to resolve [the] conflict
037 | verb | express readiness to end [the] dispute
037 | verb | express readiness to settle [their] differences
037 | verb | express readiness to resolve [their] differences
037 | verb | express readiness to resolve [the] issue
037 | verb | express readiness to resolve [the] issues
037 | verb | express readiness to find [a] solution
037 | verb | express readiness to seek [a] solution
037 | verb | express readiness to work towards [a] solution
037 | verb | express readiness to work toward [a] solution
037 | verb | express readiness to find [a] peaceful solution
037 | verb | express readiness to find [a] political solution
037 | verb | express readiness to seek [a] peaceful solution
037 | verb | express readiness to seek [a] political solution
037 | verb | express readiness to reach [an] agreement
037 | verb | express readiness to reach [a] deal
037 | verb | express readiness to reach [a] settlement
037 | verb | express readiness to reach [a] peace deal
037 | verb | express readiness to make peace
037 | verb | express readiness to make peace with
037 | verb | express readiness to end [the] conflict
037 | verb | express readiness to end [the] war
037 | verb | express readiness to reconcile
037 | verb | express readiness to resolve [the] crisis
037 | verb | express readiness to defuse [the] crisis
037 | verb | express readiness to end [the] standoff
037 | verb | express readiness to settle [the] border dispute
037 | verb | express readiness to resolve [the] border dispute
037 | verb | express readiness to work out [their] differences
037 | verb | express readiness to sign [a] peace deal
037 | verb | express readiness to sign [a] peace agreement
037 | verb | express readiness to implement [the] peace agreement
037 | verb | express readiness to implement [the] peace deal
037 | verb | express readiness to implement [the] peace accord
037 | verb | express readiness to abide by [the] peace agreement
037 | verb | express readiness to honour [the] peace deal
037 | verb | express readiness to honor [the] peace deal
037 | verb | express readiness to pursue peace
037 | verb | express readiness to seek peace
037 | verb | express readiness to work for peace
037 | verb | express readiness to work towards peace
037 | verb | express readiness to work toward peace
037 | verb | express readiness to bring peace
037 | verb | express readiness to restore peace
037 | verb | express readiness to achieve peace
037 | verb | express readiness to reach [a] lasting peace
037 | verb | express readiness to resolve disputes peacefully
037 | verb | express readiness to settle disputes through dialogue
037 | verb | propose [a] peace plan
037 | verb | propose [a] peace proposal
037 | verb | propose [a] peace initiative
037 | verb | propose [a] roadmap
037 | verb | propose [a] road map
037 | verb | propose [a] settlement
037 | verb | propose [a] solution
037 | verb | propose [a] peace deal
037 | verb | propose [a] framework agreement
037 | verb | propose [a] plan to end [the] war
037 | verb | propose [a] plan to end [the] conflict
037 | verb | offer [a] peace plan
037 | verb | offer [a] peace proposal
037 | verb | offer [a] peace initiative
037 | verb | offer [a] roadmap
037 | verb | offer [a] road map
037 | verb | offer [a] settlement
037 | verb | offer [a] solution
037 | verb | offer [a] peace deal
037 | verb | offer [a] framework agreement
037 | verb | offer [a] plan to end [the] war
037 | verb | offer [a] plan to end [the] conflict
037 | verb | present [a] peace plan
037 | verb | present [a] peace proposal
037 | verb | present [a] peace initiative
037 | verb | present [a] roadmap
037 | verb | present [a] road map
037 | verb | present [a] settlement
037 | verb | present [a] solution
037 | verb | present [a] peace deal
037 | verb | present [a] framework agreement
037 | verb | present [a] plan to end [the] war
037 | verb | present [a] plan to end [the] conflict
037 | verb | unveil [a] peace plan
037 | verb | unveil [a] peace proposal
037 | verb | unveil [a] peace initiative
037 | verb | unveil [a] roadmap
037 | verb | unveil [a] road map
037 | verb | unveil [a] settlement
037 | verb | unveil [a] solution
037 | verb | unveil [a] peace deal
037 | verb | unveil [a] framework agreement
037 | verb | unveil [a] plan to end [the] war
037 | verb | unveil [a] plan to end [the] conflict
037 | verb | put forward [a] peace plan
037 | verb | put forward [a] peace proposal
037 | verb | put forward [a] peace initiative
037 | verb | put forward [a] roadmap
037 | verb | put forward [a] road map
037 | verb | put forward [a] settlement
037 | verb | put forward [a] solution
037 | verb | put forward [a] peace deal
037 | verb | put forward [a] framework agreement
037 | verb | put forward [a] plan to end [the] war
037 | verb | put forward [a] plan to end [the] conflict
037 | verb | table [a] peace plan
037 | verb | table [a] peace proposal
037 | verb | table [a] peace initiative
037 | verb | table [a] roadmap
037 | verb | table [a] road map
037 | verb | table [a] settlement
037 | verb | table [a] solution
037 | verb | table [a] peace deal
037 | verb | table [a] framework agreement
037 | verb | table [a] plan to end [the] war
037 | verb | table [a] plan to end [the] conflict
037 | verb | launch [a] peace plan
037 | verb | launch [a] peace proposal
037 | verb | launch [a] peace initiative
037 | verb | launch [a] roadmap
037 | verb | launch [a] road map
037 | verb | launch [a] settlement
037 | verb | launch [a] solution
037 | verb | launch [a] peace deal
037 | verb | launch [a] framework agreement
037 | verb | launch [a] plan to end [the] war
037 | verb | launch [a] plan to end [the] conflict
037 | noun | proposal for peace
037 | noun | plan for peace
037 | noun | offer of peace
037 | noun | roadmap to peace
037 | noun | roadmap for peace
037 | noun | road map to peace
037 | noun | initiative to end

# 038 Express intent to accept mediation
038 | verb | pledge to accept mediation
038 | verb | pledge to accept [a] mediator
038 | verb | pledge to accept [the] offer of mediation
038 | verb | pledge to accept arbitration
038 | verb | pledge to submit to arbitration
038 | verb | pledge to go to arbitration
038 | verb | pledge to accept [the] good offices of
038 | verb | pledge to allow mediation
038 | verb | pledge to accept [international] mediation
038 | verb | pledge to accept [the] mediation of
038 | verb | pledge to take part in [the] mediation
038 | verb | vow to accept mediation
038 | verb | vow to accept [a] mediator
038 | verb | vow to accept [the] offer of mediation
038 | verb | vow to accept arbitration
038 | verb | vow to submit to arbitration
038 | verb | vow to go to arbitration
038 | verb | vow to accept [the] good offices of
038 | verb | vow to allow mediation
038 | verb | vow to accept [international] mediation
038 | verb | vow to accept [the] mediation of
038 | verb | vow to take part in [the] mediation
038 | verb | promise to accept mediation
038 | verb | promise to accept [a] mediator
038 | verb | promise to accept [the] offer of mediation
038 | verb | promise to accept arbitration
038 | verb | promise to submit to arbitration
038 | verb | promise to go to arbitration
038 | verb | promise to accept [the] good offices of
038 | verb | promise to allow mediation
038 | verb | promise to accept [international] mediation
038 | verb | promise to accept [the] mediation of
038 | verb | promise to take part in [the] mediation
038 | verb | agree to accept mediation
038 | verb | agree to accept [a] mediator
038 | verb | agree to accept [the] offer of mediation
038 | verb | agree to accept arbitration
038 | verb | agree to submit to arbitration
038 | verb | agree to go to arbitration
038 | verb | agree to accept [the] good offices of
038 | verb | agree to allow mediation
038 | verb | agree to accept [international] mediation
038 | verb | agree to accept [the] mediation of
038 | verb | agree to take part in [the] mediation
038 | verb | express readiness to accept mediation
038 | verb | express readiness to accept [a] mediator
038 | verb | express readiness to accept [the] offer of mediation
038 | verb | express readiness to accept arbitration
038 | verb | express readiness to submit to arbitration
038 | verb | express readiness to go to arbitration
038 | verb | express readiness to accept [the] good offices of
038 | verb | express readiness to allow mediation
038 | verb | express readiness to accept [international] mediation
038 | verb | express readiness to accept [the] mediation of
038 | verb | express readiness to take part in [the] mediation
038 | verb | accept mediation
038 | verb | accept [the] mediation of
038 | verb | accept [the] mediation offer
038 | verb | accept [the] offer of mediation
038 | verb | accept [the] offer to mediate
038 | verb | accept _ as [a] mediator
038 | verb | accept _ as mediator
038 | verb | welcome mediation
038 | verb | welcome [the] mediation offer
038 | verb | welcome [the] offer of mediation
038 | verb | welcome [the] offer to mediate
038 | verb | welcome [the] mediation efforts of
038 | verb | agree to mediation
038 | verb | agree to arbitration
038 | verb | accept [international] arbitration

# 039 Express intent to mediate
039 | verb | pledge to mediate
039 | verb | pledge to mediate between
039 | verb | pledge to mediate in
039 | verb | pledge to act as [a] mediator
039 | verb | pledge to act as [an] intermediary
039 | verb | pledge to serve as [a] mediator
039 | verb | pledge to play [the] role of mediator
039 | verb | pledge to play [a] mediating role
039 | verb | pledge to facilitate talks
039 | verb | pledge to facilitate [the] dialogue
039 | verb | pledge to broker talks
039 | verb | pledge to broker [a] deal
039 | verb | pledge to broker peace
039 | verb | pledge to host peace talks
039 | verb | pledge to host talks between
039 | verb | pledge to use [its] good offices
039 | verb | pledge to lend [its] good offices
039 | verb | pledge to help resolve [the] dispute
039 | verb | pledge to help end [the] conflict
039 | verb | pledge to help end [the] war
039 | verb | pledge to help find [a] solution
039 | verb | pledge to help broker
039 | verb | pledge to intercede
039 | verb | pledge to arbitrate
039 | verb | pledge to mediate [the] dispute
039 | verb | pledge to mediate [the] conflict
039 | verb | vow to mediate
039 | verb | vow to mediate between
039 | verb | vow to mediate in
039 | verb | vow to act as [a] mediator
039 | verb | vow to act as [an] intermediary
039 | verb | vow to serve as [a] mediator
039 | verb | vow to play [the] role of mediator
039 | verb | vow to play [a] mediating role
039 | verb | vow to facilitate talks
039 | verb | vow to facilitate [the] dialogue
039 | verb | vow to broker talks
039 | verb | vow to broker [a] deal
039 | verb | vow to broker peace
039 | verb | vow to host peace talks
039 | verb | vow to host talks between
039 | verb | vow to use [its] good offices
039 | verb | vow to lend [its] good offices
039 | verb | vow to help resolve [the] dispute
039 | verb | vow to help end [the] conflict
039 | verb | vow to help end [the] war
039 | verb | vow to help find [a] solution
039 | verb | vow to help broker
039 | verb | vow to intercede
039 | verb | vow to arbitrate
039 | verb | vow to mediate [the] dispute
039 | verb | vow to mediate [the] conflict
039 | verb | promise to mediate
039 | verb | promise to mediate between
039 | verb | promise to mediate in
039 | verb | promise to act as [a] mediator
039 | verb | promise to act as [an] intermediary
039 | verb | promise to serve as [a] mediator
039 | verb | promise to play [the] role of mediator
039 | verb | promise to play [a] mediating role
039 | verb | promise to facilitate talks
039 | verb | promise to facilitate [the] dialogue
039 | verb | promise to broker talks
039 | verb | promise to broker [a] deal
039 | verb | promise to broker peace
039 | verb | promise to host peace talks
039 | verb | promise to host talks between
039 | verb | promise to use [its] good offices
039 | verb | promise to lend [its] good offices
039 | verb | promise to help resolve [the] dispute
039 | verb | promise to help end [the] conflict
039 | verb | promise to help end [the] war
039 | verb | promise to help find [a] solution
039 | verb | promise to help broker
039 | verb | promise to intercede
039 | verb | promise to arbitrate
039 | verb | promise to mediate [the] dispute
039 | verb | promise to mediate [the] conflict
039 | verb | agree to mediate
039 | verb | agree to mediate between
039 | verb | agree to mediate in
039 | verb | agree to act as [a] mediator
039 | verb | agree to act as [an] intermediary
039 | verb | agree to serve as [a] mediator
039 | verb | agree to play [the] role of mediator
039 | verb | agree to play [a] mediating role
039 | verb | agree to facilitate talks
039 | verb | agree to facilitate [the] dialogue
039 | verb | agree to broker talks
039 | verb | agree to broker [a] deal
039 | verb | agree to broker peace
039 | verb | agree to host peace talks
039 | verb | agree to host talks between
039 | verb | agree to use [its] good offices
039 | verb | agree to lend [its] good offices
039 | verb | agree to help resolve [the] dispute
039 | verb | agree to help end [the] conflict
039 | verb | agree to help end [the] war
039 | verb | agree to help find [a] solution
039 | verb | agree to help broker
039 | verb | agree to intercede
039 | verb | agree to arbitrate
039 | verb | agree to mediate [the] dispute
039 | verb | agree to mediate [the] conflict
039 | verb | offer to mediate
039 | verb | offer to mediate between
039 | verb | offer to mediate in
039 | verb | offer to act as [a] mediator
039 | verb | offer to act as [an] intermediary
039 | verb | offer to serve as [a] mediator
039 | verb | offer to play [the] role of mediator
039 | verb | offer to play [a] mediating role
039 | verb | offer to facilitate talks
039 | verb | offer to facilitate [the] dialogue
039 | verb | offer to broker talks
039 | verb | offer to broker [a] deal
039 | verb | offer to broker peace
039 | verb | offer to host peace talks
039 | verb | offer to host talks between
039 | verb | offer to use [its] good offices
039 | verb | offer to lend [its] good offices
039 | verb | offer to help resolve [the] dispute
039 | verb | offer to help end [the] conflict
039 | verb | offer to help end [the] war
039 | verb | offer to help find [a] solution
039 | verb | offer to help broker
039 | verb | offer to intercede
039 | verb | offer to arbitrate
039 | verb | offer to mediate [the] dispute
039 | verb | offer to mediate [the] conflict
039 | verb | offer mediation
039 | verb | offer [its] good offices
039 | verb | offer [its] services as [a] mediator
039 | verb | offer [a] mediation role
039 | verb | propose mediation
039 | verb | propose [its] good offices
039 | verb | propose [its] services as [a] mediator
039 | verb | propose [a] mediation role
039 | verb | volunteer mediation
039 | verb | volunteer [its] good offices
039 | verb | volunteer [its] services as [a] mediator
039 | verb | volunteer [a] mediation role
039 | noun | offer of mediation
039 | noun | offer to mediate
039 | noun | mediation offer
039 | noun | offer of good offices
039 | noun | proposal to mediate

# 040 Consult, not specified below
040 | verb | consult
040 | verb | consult _
040 | verb | consult with _
040 | verb | confer with _
040 | verb | hold consultations with _
040 | verb | hold consultations
040 | verb | hold discussions with _
040 | verb | hold discussions
040 | verb | discuss
040 | verb | discuss _ with
040 | verb | discuss with _
040 | verb | hold [a] meeting with _
040 | verb | have [a] meeting with _
040 | verb | hold [a] meeting
040 | verb | meet [with] _
040 | verb | meet
040 | verb | talk with _
040 | verb | talk to _
040 | verb | exchange views with _
040 | verb | exchange views on
040 | verb | hold [a] dialogue with _
040 | verb | hold [a] strategic dialogue with _
040 | verb | hold [a] video call with _
040 | verb | hold [a] videoconference with _
040 | verb | hold [a] video conference with _
040 | verb | hold [a] virtual meeting with _
040 | verb | hold [a] virtual summit with _
040 | verb | hold [a] summit with _
040 | verb | hold [a] bilateral meeting with _
040 | verb | hold [a] working meeting with _
040 | verb | hold [a] closed-door meeting with _
040 | verb | sit down with _
040 | verb | get together with _
040 | verb | brief _ on
040 | verb | convene [a] meeting of
040 | verb | convene [a] meeting with _
040 | verb | attend [a] meeting with _
040 | verb | hold [a] round of consultations with _
040 | verb | meet face to face with _
040 | verb | meet privately with _
040 | verb | meet separately with _
040 | verb | hold [a] strategic dialogue
040 | verb | hold [a] political dialogue with _
040 | verb | exchange views
040 | verb | compare notes with _
040 | verb | hold [an] exchange of views with _
040 | verb | engage in consultations with _
040 | noun | meeting with _
040 | noun | meeting between
040 | noun | consultations with _
040 | noun | consultations between
040 | noun | consultation with _
040 | noun | discussion with _
040 | noun | discussions with _
040 | noun | summit with _
040 | noun | summit between
040 | noun | video call with _
040 | noun | videoconference with _
040 | noun | virtual meeting with _
040 | noun | virtual summit with _
040 | noun | exchange of views with _
040 | noun | dialogue with _
040 | noun | dialogue between
040 | noun | strategic dialogue with _
040 | noun | encounter with _

# 041 Discuss by telephone
041 | verb | phone _
041 | verb | telephone _
041 | verb | speak by phone with _
041 | verb | speak by telephone with _
041 | verb | speak on [the] phone with _
041 | verb | speak on [the] telephone with _
041 | verb | speak over [the] phone with _
041 | verb | speak to _ by phone
041 | verb | speak with _ by phone
041 | verb | speak with _ by telephone
041 | verb | speak to _ by telephone
041 | verb | speak with _ on [the] phone
041 | verb | speak to _ on [the] phone
041 | verb | speak by phone
041 | verb | speak by telephone
041 | verb | talk by phone with _
041 | verb | talk by telephone with _
041 | verb | talk on [the] phone with _
041 | verb | talk to _ by phone
041 | verb | talk with _ by phone
041 | verb | talk over [the] phone with _
041 | verb | talk with _ by telephone
041 | verb | talk to _ on [the] phone
041 | verb | talk by phone
041 | verb | hold [a] phone call with _
041 | verb | hold [a] telephone call with _
041 | verb | hold [a] telephone conversation with _
041 | verb | hold [a] phone conversation with _
041 | verb | hold phone talks with _
041 | verb | hold telephone talks with _
041 | verb | have [a] phone call with _
041 | verb | have [a] telephone conversation with _
041 | verb | have [a] phone conversation with _
041 | verb | have [a] telephone call with _
041 | verb | have [a] call with _
041 | verb | hold [a] call with _
041 | verb | make [a] phone call to _
041 | verb | make [a] telephone call to _
041 | verb | place [a] call to _
041 | verb | place [a] phone call to _
041 | verb | receive [a] phone call from _
041 | verb | receive [a] call from _
041 | verb | receive [a] telephone call from _
041 | verb | take [a] call from _
041 | verb | call _ by phone
041 | verb | discuss by phone
041 | verb | discuss by telephone
041 | verb | discuss _ by phone
041 | verb | confer by phone with _
041 | verb | confer by telephone with _
041 | verb | ring _
041 | verb | speak in [a] phone call with _
041 | verb | speak in [a] telephone call with _
041 | verb | tell _ in [a] phone call
041 | verb | tell _ by phone
041 | verb | tell _ in [a] telephone conversation
041 | verb | exchange views by phone with _
041 | verb | exchange views by telephone with _
041 | verb | hold [a] phone call
041 | verb | hold [a] telephone conversation
041 | noun | phone call with _
041 | noun | telephone call with _
041 | noun | telephone conversation with _
041 | noun | phone conversation with _
041 | noun | phone call between
041 | noun | telephone conversation between
041 | noun | phone talks with _
041 | noun | telephone talks with _
041 | noun | call with _
041 | noun | phone call to _
041 | noun | telephone call to _
041 | noun | phone call from _
041 | noun | telephone call from _
041 | noun | telephone call between
041 | noun | phone conversation between

# 042 Make a visit
042 | verb | visit _
042 | verb | pay [a] visit to _
042 | verb | make [a] visit to _
042 | verb | travel to _
042 | verb | arrive in _
042 | verb | arrive at
042 | verb | fly to _
042 | verb | tour _
042 | verb | land in _
042 | verb | head to _
042 | verb | leave for _
042 | verb | depart for _
042 | verb | set off for _
042 | verb | embark on [a] visit to _
042 | verb | embark on [a] tour of _
042 | verb | begin [a] visit to _
042 | verb | start [a] visit to _
042 | verb | kick off [a] visit to _
042 | verb | wrap up [a] visit to _
042 | verb | conclude [a] visit to _
042 | verb | end [a] visit to _
042 | verb | pay [a] state visit to _
042 | verb | pay [an] official visit to _
042 | verb | make [a] trip to _
042 | verb | make [a] state visit to _
042 | verb | make [an] official visit to _
042 | verb | pay [a] working visit to _
042 | verb | make [a] stop in _
042 | verb | stop in _
042 | verb | stop over in _
042 | verb | call at
042 | verb | pay [a] surprise visit to _
042 | verb | make [a] surprise visit to _
042 | verb | make [an] unannounced visit to _
042 | verb | pay [a] two-day visit to _
042 | verb | pay [a] three-day visit to _
042 | verb | go on [a] visit to _
042 | verb | travel to _ for talks
042 | verb | arrive in _ for talks
042 | verb | arrive in _ on [a] visit
042 | verb | visit _ for talks
042 | verb | make [a] pilgrimage to
042 | verb | pay [a] courtesy call on _
042 | verb | pay [a] call on _
042 | verb | lead [a] delegation to _
042 | verb | head [a] delegation to _
042 | noun | visit to _
042 | noun | trip to _
042 | noun | tour of _
042 | noun | journey to _
042 | noun | stopover in _
042 | noun | arrival in _
042 | noun | pilgrimage to
042 | noun | state visit to _
042 | noun | official visit to _
042 | noun | working visit to _
042 | noun | mission to _
042 | noun | delegation to _

# 043 Host a visit
043 | verb | host _
043 | verb | receive _
043 | verb | welcome _ to
043 | verb | welcome visiting
043 | verb | receive visiting
043 | verb | host visiting
043 | verb | meet visiting
043 | verb | play host to _
043 | verb | roll out [the] red carpet for _
043 | verb | greet _
043 | verb | greet _ at
043 | verb | give [a] banquet for _
043 | verb | host [a] dinner for _
043 | verb | host [a] banquet for _
043 | verb | host [a] state dinner for _
043 | verb | hold [a] welcoming ceremony for _
043 | verb | hold [a] welcome ceremony for _
043 | verb | give [a] warm welcome to _
043 | verb | host [a] state visit by _
043 | verb | host [a] delegation from _
043 | verb | receive [a] delegation from _
043 | verb | welcome [a] delegation from _
043 | verb | receive [a] visit from _
043 | verb | receive [a] visit by _
043 | verb | host [a] visit by _
043 | verb | welcome _ at
043 | verb | receive _ at
043 | verb | receive [the] credentials of
043 | verb | accept [the] credentials of
043 | verb | receive [a] courtesy call from _
043 | verb | grant [an] audience to _
043 | verb | grant _ [an] audience
043 | verb | host [a] visiting delegation from _
043 | noun | welcoming ceremony for _
043 | noun | welcome ceremony for _
043 | noun | state banquet for _
043 | noun | state dinner for _
043 | noun | banquet for _
043 | noun | reception for _

# 044 Meet at a third location
044 | verb | meet on [the] sidelines of
044 | verb | meet on [the] margins of
044 | verb | meet on [the] fringes of
044 | verb | meet on [the] fringe of
044 | verb | hold talks on [the] sidelines of
044 | verb | hold talks on [the] margins of
044 | verb | hold talks on [the] fringes of
044 | verb | hold talks on [the] fringe of
044 | verb | hold [a] meeting on [the] sidelines of
044 | verb | hold [a] bilateral meeting on [the] sidelines of
044 | verb | talk on [the] sidelines of
044 | verb | chat on [the] sidelines of
044 | verb | speak on [the] sidelines of
044 | verb | meet briefly on [the] sidelines of
044 | verb | meet _ on [the] sidelines of
044 | verb | meet with _ on [the] sidelines of
044 | verb | hold talks with _ on [the] sidelines of
044 | verb | meet at [a] neutral venue
044 | verb | meet at [a] neutral location
044 | verb | meet at [a] neutral site
044 | verb | meet in [a] third country
044 | verb | hold talks in [a] third country
044 | verb | meet in [a] neutral country
044 | verb | hold talks in [a] neutral country
044 | verb | meet on neutral ground
044 | verb | meet at [the] summit in
044 | verb | hold talks at [the] summit in
044 | verb | meet during [the] summit in
044 | verb | meet at [the] conference in
044 | verb | meet at [the] forum in
044 | verb | hold talks during [the] summit
044 | verb | meet at [a] summit
044 | verb | hold [a] summit in [a] third country
044 | verb | hold talks at [a] neutral venue
044 | verb | meet on [the] sidelines
044 | verb | hold talks on [the] sidelines
044 | verb | shake hands on [the] sidelines of
044 | noun | meeting on [the] sidelines of
044 | noun | meeting on [the] margins of
044 | noun | meeting on [the] fringes of
044 | noun | talks on [the] sidelines of
044 | noun | talks on [the] margins of
044 | noun | encounter on [the] sidelines of
044 | noun | sideline meeting with _
044 | noun | sidelines meeting with _

# 045 Mediate
045 | verb | mediate
045 | verb | mediate between
045 | verb | mediate in
045 | verb | mediate talks
045 | verb | mediate [a] deal
045 | verb | mediate [the] dispute
045 | verb | mediate [the] conflict
045 | verb | broker [a] deal
045 | verb | broker [a] ceasefire
045 | verb | broker [a] cease-fire
045 | verb | broker [a] truce
045 | verb | broker talks
045 | verb | broker [an] agreement
045 | verb | broker peace
045 | verb | broker [a] peace deal
045 | verb | broker [a] prisoner swap
045 | verb | broker [a] prisoner exchange
045 | verb | act as [a] mediator
045 | verb | act as [an] intermediary
045 | verb | act as [a] go-between
045 | verb | serve as [a] mediator
045 | verb | serve as [an] intermediary
045 | verb | facilitate talks
045 | verb | facilitate [the] dialogue
045 | verb | facilitate negotiations
045 | verb | facilitate talks between
045 | verb | host peace talks
045 | verb | host talks between
045 | verb | sponsor talks
045 | verb | convene talks between
045 | verb | shuttle between
045 | verb | conduct shuttle diplomacy
045 | verb | engage in shuttle diplomacy
045 | verb | intercede
045 | verb | intercede with
045 | verb | arbitrate
045 | verb | play [a] mediating role
045 | verb | play [a] mediation role
045 | verb | play [the] role of mediator
045 | verb | lead mediation
045 | verb | lead [the] mediation efforts
045 | verb | chair [the] talks
045 | verb | relay messages between
045 | verb | pass messages between
045 | verb | carry messages between
045 | verb | conduct mediation
045 | verb | step in to mediate
045 | verb | lead [the] mediation between
045 | verb | mediate [an] end to
045 | verb | co-mediate
045 | verb | help broker
045 | noun | mediation between
045 | noun | mediation in
045 | noun | mediation of
045 | noun | mediation efforts
045 | noun | mediation effort
045 | noun | shuttle diplomacy between
045 | noun | arbitration between
045 | noun | good offices between

# 046 Engage in negotiation
046 | verb | negotiate with _
046 | verb | negotiate
046 | verb | negotiate over
046 | verb | negotiate on
046 | verb | negotiate [the] terms of
046 | verb | negotiate [a] deal
046 | verb | negotiate [an] agreement
046 | verb | negotiate [a] ceasefire
046 | verb | negotiate [a] cease-fire
046 | verb | negotiate [a] settlement
046 | verb | hold talks/negotiations with _
046 | verb | hold talks
046 | verb | hold negotiations
046 | verb | hold talks/negotiations on
046 | verb | conduct talks/negotiations with _
046 | verb | engage in talks/negotiations with _
046 | verb | enter [into] talks/negotiations with _
046 | verb | open talks/negotiations with _
046 | verb | begin talks/negotiations with _
046 | verb | start talks/negotiations with _
046 | verb | resume talks/negotiations with _
046 | verb | continue talks/negotiations with _
046 | verb | launch talks/negotiations with _
046 | verb | conclude talks/negotiations with _
046 | verb | wrap up talks with _
046 | verb | resume talks
046 | verb | resume negotiations
046 | verb | hold [a] round of talks with _
046 | verb | hold [a] new round of talks with _
046 | verb | hold [a] fresh round of talks with _
046 | verb | hold [a] round of negotiations with _
046 | verb | hold [a] second/third/fourth/fifth/sixth/seventh/eighth/ninth/tenth/final round of talks
046 | verb | hold [a] second/third/fourth/fifth/sixth round of negotiations
046 | verb | hold peace talks with _
046 | verb | hold direct talks with _
046 | verb | hold indirect talks with _
046 | verb | hold bilateral talks with _
046 | verb | hold high-level talks with _
046 | verb | hold trade talks with _
046 | verb | hold security talks with _
046 | verb | hold nuclear talks with _
046 | verb | hold border talks with _
046 | verb | hold peace talks
046 | verb | hold direct talks
046 | verb | hold indirect talks
046 | verb | bargain with _
046 | verb | haggle with _
046 | verb | haggle over
046 | verb | sit at [the] negotiating table
046 | verb | sit at [the] negotiating table with _
046 | verb | return to [the] negotiating table
046 | verb | come to [the] negotiating table
046 | verb | hammer out
046 | verb | hammer out [a] deal
046 | verb | thrash out
046 | verb | iron out [their] differences
046 | verb | iron out differences
046 | verb | work out [a] deal
046 | verb | work out [the] details
046 | verb | hold marathon talks
046 | verb | hold intensive talks
046 | verb | hold closed-door talks with _
046 | verb | hold exploratory talks with _
046 | verb | hold technical talks with _
046 | verb | hold proximity talks
046 | verb | engage in negotiations
046 | verb | resume [the] peace talks
046 | noun | talks with _
046 | noun | talks between
046 | noun | negotiations with _
046 | noun | negotiations between
046 | noun | talks on
046 | noun | negotiations on
046 | noun | talks over
046 | noun | negotiations over
046 | noun | round of talks
046 | noun | round of negotiations
046 | noun | bargaining with _
046 | noun | peace talks with _
046 | noun | direct talks with _
046 | noun | indirect talks with _

# 050 Engage in diplomatic cooperation, not specified below
050 | verb | cooperate with _
050 | verb | cooperate
050 | verb | cooperate diplomatically
050 | verb | join forces with _
050 | verb | team up with _
050 | verb | coordinate with _
050 | verb | align with _
050 | verb | ally with _
050 | verb | partner with _
050 | verb | work together with _
050 | verb | collaborate with _
050 | verb | forge [an] alliance with _
050 | verb | form [an] alliance with _
050 | verb | form [a] coalition with _
050 | verb | establish [a] partnership with _
050 | verb | build [a] partnership with _
050 | verb | forge [a] partnership with _
050 | verb | issue [a] joint statement
050 | verb | issue [a] joint statement with _
050 | verb | issue [a] joint declaration
050 | verb | issue [a] joint declaration with _
050 | verb | adopt [a] joint declaration
050 | verb | adopt [a] joint statement
050 | verb | sign [a] joint statement
050 | verb | coordinate positions
050 | verb | coordinate [their] positions
050 | verb | coordinate policies
050 | verb | harmonise positions
050 | verb | harmonize positions
050 | verb | harmonise [their] positions
050 | verb | harmonize [their] positions
050 | verb | reconcile with _
050 | verb | patch up relations with _
050 | verb | patch up ties with _
050 | verb | thaw relations with _
050 | verb | reset relations with _
050 | verb | warm ties with _
050 | verb | bolster ties with _
050 | verb | cement ties with _
050 | verb | solidify ties with _
050 | verb | forge closer ties with _
050 | verb | foster ties with _
050 | verb | nurture ties with _
050 | verb | raise ties to
050 | verb | elevate ties to
050 | verb | elevate relations to
050 | verb | upgrade relations to
050 | verb | work hand in hand with _
050 | verb | stand shoulder to shoulder with _
050 | verb | stand together with _
050 | verb | close ranks with _
050 | verb | pursue [a] rapprochement with _
050 | verb | seek [a] rapprochement with _
050 | verb | agree on [a] joint position
050 | verb | present [a] united front
050 | verb | upgrade ties with _
050 | verb | upgrade relations with _
050 | verb | upgrade bilateral ties with _
050 | verb | upgrade bilateral relations with _
050 | verb | upgrade cooperation with _
050 | verb | improve ties with _
050 | verb | improve relations with _
050 | verb | improve bilateral ties with _
050 | verb | improve bilateral relations with _
050 | verb | improve cooperation with _
050 | verb | strengthen ties with _
050 | verb | strengthen relations with _
050 | verb | strengthen bilateral ties with _
050 | verb | strengthen bilateral relations with _
050 | verb | strengthen cooperation with _
050 | verb | deepen ties with _
050 | verb | deepen relations with _
050 | verb | deepen bilateral ties with _
050 | verb | deepen bilateral relations with _
050 | verb | deepen cooperation with _
050 | verb | boost ties with _
050 | verb | boost relations with _
050 | verb | boost bilateral ties with _
050 | verb | boost bilateral relations with _
050 | verb | boost cooperation with _
050 | verb | mend ties with _
050 | verb | mend relations with _
050 | verb | mend bilateral ties with _
050 | verb | mend bilateral relations with _
050 | verb | mend cooperation with _
050 | verb | repair ties with _
050 | verb | repair relations with _
050 | verb | repair bilateral ties with _
050 | verb | repair bilateral relations with _
050 | verb | repair cooperation with _
050 | verb | enhance ties with _
050 | verb | enhance relations with _
050 | verb | enhance bilateral ties with _
050 | verb | enhance bilateral relations with _
050 | verb | enhance cooperation with _
050 | verb | expand ties with _
050 | verb | expand relations with _
050 | verb | expand bilateral ties with _
050 | verb | expand bilateral relations with _
050 | verb | expand cooperation with _
050 | verb | revive ties with _
050 | verb | revive relations with _
050 | verb | revive bilateral ties with _
050 | verb | revive bilateral relations with _
050 | verb | revive cooperation with _
050 | verb | restore ties with _
050 | verb | restore relations with _
050 | verb | restore bilateral ties with _
050 | verb | restore bilateral relations with _
050 | verb | restore cooperation with _
050 | noun | cooperation with _
050 | noun | cooperation between
050 | noun | partnership with _
050 | noun | partnership between
050 | noun | alliance with _
050 | noun | rapprochement with _
050 | noun | rapprochement between
050 | noun | detente with _
050 | noun | detente between
050 | noun | coordination with _
050 | noun | collaboration with _
050 | noun | thaw in relations with _
050 | noun | thaw in ties with _
050 | noun | reconciliation with _
050 | noun | reconciliation between
050 | noun | joint statement with _
050 | noun | joint declaration with _

# 051 Praise or endorse
051 | verb | praise
051 | verb | praise _ for
051 | verb | commend
051 | verb | commend _ for
051 | verb | hail
051 | verb | hail _ as
051 | verb | hail _ for
051 | verb | laud
051 | verb | laud _ for
051 | verb | applaud
051 | verb | applaud _ for
051 | verb | welcome
051 | verb | endorse
051 | verb | back
051 | verb | support
051 | verb | compliment
051 | verb | compliment _ on
051 | verb | congratulate
051 | verb | congratulate _ on
051 | verb | congratulate _ for
051 | verb | thank
051 | verb | thank _ for
051 | verb | express gratitude to
051 | verb | express gratitude for
051 | verb | express appreciation for
051 | verb | express appreciation to
051 | verb | express thanks to
051 | verb | voice appreciation for
051 | verb | pay tribute to
051 | verb | salute
051 | verb | extol
051 | verb | acclaim
051 | verb | express support for
051 | verb | voice support for
051 | verb | declare support for
051 | verb | reaffirm support for
051 | verb | reiterate support for
051 | verb | reaffirm [its] support for
051 | verb | reiterate [its] support for
051 | verb | express [its] support for
051 | verb | voice [its] support for
051 | verb | throw its/his/her/their weight behind
051 | verb | throw [its] support behind
051 | verb | lend support to
051 | verb | lend [its] support to
051 | verb | lend [its] backing to
051 | verb | give [its] backing to
051 | verb | give [its] support to
051 | verb | give [its] blessing to
051 | verb | give [the] green light to
051 | verb | approve
051 | verb | speak highly of
051 | verb | express admiration for
051 | verb | admire
051 | verb | recommend
051 | verb | champion
051 | verb | embrace
051 | verb | vote for
051 | verb | vote in favour of
051 | verb | vote in favor of
051 | verb | side with
051 | verb | side with _
051 | verb | rally behind
051 | verb | stand behind
051 | verb | express satisfaction with
051 | verb | welcome [the] decision
051 | verb | welcome [the] move
051 | verb | welcome [the] announcement
051 | verb | welcome [the] agreement
051 | verb | welcome [the] deal
051 | verb | welcome [the] election of
051 | verb | welcome [the] release of
051 | verb | welcome [the] resolution
051 | verb | welcome [the] ceasefire
051 | verb | welcome [the] cease-fire
051 | verb | welcome [the] outcome
051 | verb | greet [the] news
051 | verb | hail [the] agreement
051 | verb | hail [the] deal
051 | verb | hail [the] decision
051 | verb | praise [the] efforts of
051 | verb | commend [the] efforts of
051 | verb | express [its] full support for
051 | verb | express [its] gratitude to
051 | verb | voice [its] gratitude to
051 | verb | express [its] appreciation for
051 | verb | applaud [the] efforts of
051 | verb | hail [the] efforts of
051 | noun | praise for
051 | noun | support for
051 | noun | endorsement of
051 | noun | backing for
051 | noun | backing of
051 | noun | congratulations to
051 | noun | tribute to
051 | noun | gratitude to
051 | noun | gratitude for
051 | noun | appreciation for
051 | noun | approval of
051 | noun | commendation of
051 | noun | accolade for

# 052 Defend verbally
052 | verb | defend
052 | verb | defend _ against
052 | verb | defend _ from criticism
052 | verb | defend [the] decision of
052 | verb | stand by _
052 | verb | stick by _
052 | verb | stand up for
052 | verb | speak up for
052 | verb | speak out in defence of
052 | verb | speak out in defense of
052 | verb | come to [the] defence of
052 | verb | come to [the] defense of
052 | verb | leap to [the] defence of
052 | verb | leap to [the] defense of
052 | verb | rush to [the] defence of
052 | verb | rush to [the] defense of
052 | verb | spring to [the] defence of
052 | verb | spring to [the] defense of
052 | verb | jump to [the] defence of
052 | verb | jump to [the] defense of
052 | verb | justify
052 | verb | downplay criticism of
052 | verb | play down criticism of
052 | verb | shield _ from criticism
052 | verb | vouch for
052 | verb | back _ against criticism
052 | verb | defend [the] right of
052 | verb | defend [the] actions of
052 | verb | defend [the] policy of
052 | verb | stand firmly behind
052 | verb | stand up for _
052 | verb | defend _ against criticism
052 | verb | defend _ against accusations
052 | verb | defend [the] record of
052 | noun | defence of _ against
052 | noun | defense of _ against
052 | noun | spirited defence of
052 | noun | spirited defense of
052 | noun | staunch defence of
052 | noun | staunch defense of
052 | noun | vigorous defence of
052 | noun | vigorous defense of
052 | noun | robust defence of
052 | noun | robust defense of

# 053 Rally support on behalf of
053 | verb | rally support for
053 | verb | rally [international] support for
053 | verb | rally support behind
053 | verb | drum up support for
053 | verb | mobilise support for
053 | verb | mobilize support for
053 | verb | mobilise [international] support for
053 | verb | mobilize [international] support for
053 | verb | build support for
053 | verb | garner support for
053 | verb | gather support for
053 | verb | canvass support for
053 | verb | lobby for
053 | verb | campaign for
053 | verb | whip up support for
053 | verb | shore up support for
053 | verb | marshal support for
053 | verb | galvanise support for
053 | verb | galvanize support for
053 | verb | muster support for
053 | verb | enlist support for
053 | verb | win support for
053 | verb | secure support for
053 | verb | round up support for
053 | verb | build [a] coalition for
053 | verb | build [a] coalition in support of
053 | verb | rally around _
053 | verb | rally round _
053 | verb | rally [the] international community behind
053 | verb | rally allies behind
053 | verb | lobby on behalf of
053 | verb | campaign on behalf of
053 | verb | advocate for
053 | verb | advocate on behalf of
053 | verb | rally behind _
053 | verb | rally [its] allies
053 | verb | rally [international] backing for
053 | noun | campaign in support of
053 | noun | drive to rally support for
053 | noun | lobbying on behalf of
053 | noun | campaign on behalf of

# 054 Grant diplomatic recognition
054 | verb | recognise _
054 | verb | recognize _
054 | verb | recognise _ as
054 | verb | recognize _ as
054 | verb | recognise [the] independence of
054 | verb | recognize [the] independence of
054 | verb | recognise [the] sovereignty of
054 | verb | recognize [the] sovereignty of
054 | verb | recognise [the] state of
054 | verb | recognize [the] state of
054 | verb | recognise [the] government of
054 | verb | recognize [the] government of
054 | verb | recognise [the] sovereignty over
054 | verb | recognize [the] sovereignty over
054 | verb | recognise [the] new government
054 | verb | recognize [the] new government
054 | verb | grant recognition to
054 | verb | grant diplomatic recognition to
054 | verb | extend recognition to
054 | verb | extend diplomatic recognition to
054 | verb | accord recognition to
054 | verb | establish diplomatic relations with _
054 | verb | establish diplomatic ties with _
054 | verb | restore diplomatic relations with _
054 | verb | restore diplomatic ties with _
054 | verb | resume diplomatic relations with _
054 | verb | resume diplomatic ties with _
054 | verb | re-establish diplomatic relations with _
054 | verb | re-establish diplomatic ties with _
054 | verb | reestablish diplomatic relations with _
054 | verb | reestablish diplomatic ties with _
054 | verb | normalise relations with _
054 | verb | normalize relations with _
054 | verb | normalise ties with _
054 | verb | normalize ties with _
054 | verb | open [an] embassy in _
054 | verb | reopen [its] embassy in _
054 | verb | reopen [the] embassy in _
054 | verb | open [an] embassy
054 | verb | reopen [its] embassy
054 | verb | upgrade diplomatic relations with _
054 | verb | upgrade diplomatic ties with _
054 | verb | exchange ambassadors with _
054 | verb | appoint [an] ambassador to _
054 | verb | name [an] ambassador to _
054 | verb | return [its] ambassador to _
054 | verb | send [its] ambassador back to _
054 | verb | reinstate [its] ambassador to _
054 | verb | establish full diplomatic relations with _
054 | verb | open [a] consulate in _
054 | verb | reopen [its] consulate in _
054 | verb | accredit _
054 | verb | recognise [a] Palestinian state
054 | verb | recognize [a] Palestinian state
054 | verb | recognise [the] state of Palestine
054 | verb | recognize [the] state of Palestine
054 | verb | join [the] Abraham Accords
054 | noun | recognition of
054 | noun | diplomatic recognition of
054 | noun | normalisation of relations with _
054 | noun | normalization of relations with _
054 | noun | normalisation of ties with _
054 | noun | normalization of ties with _
054 | noun | normalisation of relations between
054 | noun | normalization of relations between
054 | noun | normalisation of ties between
054 | noun | normalization of ties between
054 | noun | establishment of diplomatic relations with _
054 | noun | establishment of diplomatic relations between
054 | noun | establishment of diplomatic ties with _
054 | noun | restoration of diplomatic relations with _
054 | noun | restoration of diplomatic ties with _
054 | noun | restoration of diplomatic relations between
054 | noun | resumption of diplomatic relations
054 | noun | resumption of diplomatic ties
054 | noun | reopening of [the] embassy
054 | noun | reopening of [its] embassy

# 055 Apologize
055 | verb | apologise
055 | verb | apologize
055 | verb | apologise to _
055 | verb | apologize to _
055 | verb | apologise for
055 | verb | apologize for
055 | verb | apologise to _ for
055 | verb | apologize to _ for
055 | verb | offer [an] apology
055 | verb | offer [an] apology to _
055 | verb | offer [an] apology for
055 | verb | issue [an] apology
055 | verb | issue [an] apology to _
055 | verb | make [an] apology
055 | verb | express regret
055 | verb | express regret over
055 | verb | express regret for
055 | verb | express regret to _
055 | verb | express [deep] regret
055 | verb | express [its] regret
055 | verb | say sorry
055 | verb | say sorry to _
055 | verb | say sorry for
055 | verb | beg forgiveness
055 | verb | ask for forgiveness
055 | verb | seek forgiveness
055 | verb | ask _ for forgiveness
055 | verb | express remorse
055 | verb | express remorse for
055 | verb | voice regret
055 | verb | voice regret over
055 | verb | extend [an] apology to
055 | verb | deliver [an] apology to
055 | verb | tender [an] apology to
055 | verb | make amends
055 | verb | make amends for
055 | verb | atone for
055 | verb | repent
055 | verb | offer [a] formal apology
055 | verb | issue [a] formal apology
055 | verb | offer [a] public apology
055 | verb | issue [a] public apology
055 | verb | make [a] public apology
055 | verb | express contrition
055 | verb | show remorse
055 | verb | offer [an] unreserved apology
055 | verb | offer [its] apologies
055 | verb | offer [his] apologies
055 | verb | express [its] apologies
055 | verb | offer [a] full apology
055 | noun | apology to _
055 | noun | apology for
055 | noun | apology from
055 | noun | expression of regret
055 | noun | formal apology to _
055 | noun | public apology to _

# 056 Forgive
056 | verb | forgive
056 | verb | forgive _
056 | verb | forgive _ for
056 | verb | pardon _
056 | verb | grant [a] pardon to
056 | verb | grant _ [a] pardon
056 | verb | issue [a] pardon for
056 | verb | accept [the] apology
056 | verb | accept [the] apology of
056 | verb | accept [the] apology from
056 | verb | accept _ apology
056 | verb | absolve
056 | verb | absolve _ of
056 | verb | exonerate
056 | verb | exonerate _
056 | verb | bury [the] hatchet with _
056 | verb | grant clemency to
056 | verb | show clemency
056 | verb | show clemency to
056 | verb | grant clemency
056 | verb | commute [the] sentence of
056 | verb | commute [the] death sentence of
056 | verb | commute _ sentence
056 | verb | let bygones be bygones
056 | verb | extend forgiveness to
056 | verb | offer forgiveness to
056 | verb | pardon
056 | noun | forgiveness for
056 | noun | pardon for
056 | noun | clemency for
056 | noun | pardon of
056 | noun | commutation of

# 057 Sign formal agreement
057 | verb | sign [an] agreement
057 | verb | sign [a] deal
057 | verb | sign [a] treaty
057 | verb | sign [an] accord
057 | verb | sign [a] pact
057 | verb | sign [a] memorandum of understanding
057 | verb | sign [a] memorandum
057 | verb | sign [a] contract
057 | verb | sign [a] protocol
057 | verb | sign [a] declaration
057 | verb | sign [a] peace deal
057 | verb | sign [a] peace agreement
057 | verb | sign [a] peace accord
057 | verb | sign [a] peace treaty
057 | verb | sign [a] ceasefire agreement
057 | verb | sign [a] cease-fire agreement
057 | verb | sign [a] trade deal
057 | verb | sign [a] trade agreement
057 | verb | sign [a] free trade agreement
057 | verb | sign [a] defence pact
057 | verb | sign [a] defense pact
057 | verb | sign [a] security pact
057 | verb | sign [a] cooperation agreement
057 | verb | sign [an] extradition treaty
057 | verb | sign [a] framework agreement
057 | verb | sign [a] strategic partnership agreement
057 | verb | sign [a] partnership agreement
057 | verb | sign [an] MoU
057 | verb | sign [an] investment agreement
057 | verb | sign [a] non-aggression pact
057 | verb | sign [a] border agreement
057 | verb | sign [a] truce agreement
057 | verb | sign [a] mutual defence treaty
057 | verb | sign [a] mutual defense treaty
057 | verb | sign [a] security agreement
057 | verb | sign [a] defence agreement
057 | verb | sign [a] defense agreement
057 | verb | sign [an] arms control treaty
057 | verb | sign [an] agreement with _
057 | verb | sign [a] deal with _
057 | verb | sign [a] treaty with _
057 | verb | sign [an] accord with _
057 | verb | sign [a] pact with _
057 | verb | sign [a] memorandum of understanding with _
057 | verb | sign [a] memorandum with _
057 | verb | sign [a] contract with _
057 | verb | sign [a] protocol with _
057 | verb | sign [a] declaration with _
057 | verb | sign [a] peace deal with _
057 | verb | sign [a] peace agreement with _
057 | verb | sign [a] peace accord with _
057 | verb | sign [a] peace treaty with _
057 | verb | sign [a] ceasefire agreement with _
057 | verb | sign [a] cease-fire agreement with _
057 | verb | sign [a] trade deal with _
057 | verb | sign [a] trade agreement with _
057 | verb | sign [a] free trade agreement with _
057 | verb | sign [a] defence pact with _
057 | verb | sign [a] defense pact with _
057 | verb | sign [a] security pact with _
057 | verb | sign [a] cooperation agreement with _
057 | verb | sign [an] extradition treaty with _
057 | verb | sign [a] framework agreement with _
057 | verb | sign [a] strategic partnership agreement with _
057 | verb | sign [a] partnership agreement with _
057 | verb | sign [an] MoU with _
057 | verb | sign [an] investment agreement with _
057 | verb | sign [a] non-aggression pact with _
057 | verb | sign [a] border agreement with _
057 | verb | sign [a] truce agreement with _
057 | verb | sign [a] mutual defence treaty with _
057 | verb | sign [a] mutual defense treaty with _
057 | verb | sign [a] security agreement with _
057 | verb | sign [a] defence agreement with _
057 | verb | sign [a] defense agreement with _
057 | verb | sign [an] arms control treaty with _
057 | verb | ink [an] agreement
057 | verb | ink [a] deal
057 | verb | ink [a] treaty
057 | verb | ink [an] accord
057 | verb | ink [a] pact
057 | verb | ink [an] agreement with _
057 | verb | ink [a] deal with _
057 | verb | ink [a] treaty with _
057 | verb | ink [an] accord with _
057 | verb | ink [a] pact with _
057 | verb | ink [a] peace deal
057 | verb | ink [a] peace agreement
057 | verb | ink [a] trade deal
057 | verb | ink [a] trade deal with _
057 | verb | ink [a] peace deal with _
057 | verb | conclude [an] agreement
057 | verb | conclude [a] deal
057 | verb | conclude [a] treaty
057 | verb | conclude [an] accord
057 | verb | conclude [a] pact
057 | verb | conclude [an] agreement with _
057 | verb | conclude [a] deal with _
057 | verb | conclude [a] treaty with _
057 | verb | conclude [an] accord with _
057 | verb | conclude [a] pact with _
057 | verb | conclude [a] peace deal
057 | verb | conclude [a] peace agreement
057 | verb | conclude [a] trade deal
057 | verb | conclude [a] trade deal with _
057 | verb | conclude [a] peace deal with _
057 | verb | seal [an] agreement
057 | verb | seal [a] deal
057 | verb | seal [a] treaty
057 | verb | seal [an] accord
057 | verb | seal [a] pact
057 | verb | seal [an] agreement with _
057 | verb | seal [a] deal with _
057 | verb | seal [a] treaty with _
057 | verb | seal [an] accord with _
057 | verb | seal [a] pact with _
057 | verb | seal [a] peace deal
057 | verb | seal [a] peace agreement
057 | verb | seal [a] trade deal
057 | verb | seal [a] trade deal with _
057 | verb | seal [a] peace deal with _
057 | verb | clinch [an] agreement
057 | verb | clinch [a] deal
057 | verb | clinch [a] treaty
057 | verb | clinch [an] accord
057 | verb | clinch [a] pact
057 | verb | clinch [an] agreement with _
057 | verb | clinch [a] deal with _
057 | verb | clinch [a] treaty with _
057 | verb | clinch [an] accord with _
057 | verb | clinch [a] pact with _
057 | verb | clinch [a] peace deal
057 | verb | clinch [a] peace agreement
057 | verb | clinch [a] trade deal
057 | verb | clinch [a] trade deal with _
057 | verb | clinch [a] peace deal with _
057 | verb | strike [an] agreement
057 | verb | strike [a] deal
057 | verb | strike [a] treaty
057 | verb | strike [an] accord
057 | verb | strike [a] pact
057 | verb | strike [an] agreement with _
057 | verb | strike [a] deal with _
057 | verb | strike [a] treaty with _
057 | verb | strike [an] accord with _
057 | verb | strike [a] pact with _
057 | verb | strike [a] peace deal
057 | verb | strike [a] peace agreement
057 | verb | strike [a] trade deal
057 | verb | strike [a] trade deal with _
057 | verb | strike [a] peace deal with _
057 | verb | finalise [an] agreement
057 | verb | finalize [an] agreement
057 | verb | finalise [a] deal
057 | verb | finalize [a] deal
057 | verb | finalise [a] treaty
057 | verb | finalize [a] treaty
057 | verb | finalise [an] accord
057 | verb | finalize [an] accord
057 | verb | finalise [a] pact
057 | verb | finalize [a] pact
057 | verb | finalise [an] agreement with _
057 | verb | finalize [an] agreement with _
057 | verb | finalise [a] deal with _
057 | verb | finalize [a] deal with _
057 | verb | finalise [a] treaty with _
057 | verb | finalize [a] treaty with _
057 | verb | finalise [an] accord with _
057 | verb | finalize [an] accord with _
057 | verb | finalise [a] pact with _
057 | verb | finalize [a] pact with _
057 | verb | finalise [a] peace deal
057 | verb | finalize [a] peace deal
057 | verb | finalise [a] peace agreement
057 | verb | finalize [a] peace agreement
057 | verb | finalise [a] trade deal
057 | verb | finalize [a] trade deal
057 | verb | finalise [a] trade deal with _
057 | verb | finalize [a] trade deal with _
057 | verb | finalise [a] peace deal with _
057 | verb | finalize [a] peace deal with _
057 | verb | reach [an] agreement
057 | verb | reach [a] deal
057 | verb | reach [a] treaty
057 | verb | reach [an] accord
057 | verb | reach [a] pact
057 | verb | reach [an] agreement with _
057 | verb | reach [a] deal with _
057 | verb | reach [a] treaty with _
057 | verb | reach [an] accord with _
057 | verb | reach [a] pact with _
057 | verb | reach [a] peace deal
057 | verb | reach [a] peace agreement
057 | verb | reach [a] trade deal
057 | verb | reach [a] trade deal with _
057 | verb | reach [a] peace deal with _
057 | verb | enter into [an] agreement
057 | verb | enter into [a] deal
057 | verb | enter into [a] treaty
057 | verb | enter into [an] accord
057 | verb | enter into [a] pact
057 | verb | enter into [an] agreement with _
057 | verb | enter into [a] deal with _
057 | verb | enter into [a] treaty with _
057 | verb | enter into [an] accord with _
057 | verb | enter into [a] pact with _
057 | verb | enter into [a] peace deal
057 | verb | enter into [a] peace agreement
057 | verb | enter into [a] trade deal
057 | verb | enter into [a] trade deal with _
057 | verb | enter into [a] peace deal with _
057 | verb | formalise [an] agreement
057 | verb | formalize [an] agreement
057 | verb | formalise [a] deal
057 | verb | formalize [a] deal
057 | verb | formalise [a] treaty
057 | verb | formalize [a] treaty
057 | verb | formalise [an] accord
057 | verb | formalize [an] accord
057 | verb | formalise [a] pact
057 | verb | formalize [a] pact
057 | verb | formalise [an] agreement with _
057 | verb | formalize [an] agreement with _
057 | verb | formalise [a] deal with _
057 | verb | formalize [a] deal with _
057 | verb | formalise [a] treaty with _
057 | verb | formalize [a] treaty with _
057 | verb | formalise [an] accord with _
057 | verb | formalize [an] accord with _
057 | verb | formalise [a] pact with _
057 | verb | formalize [a] pact with _
057 | verb | formalise [a] peace deal
057 | verb | formalize [a] peace deal
057 | verb | formalise [a] peace agreement
057 | verb | formalize [a] peace agreement
057 | verb | formalise [a] trade deal
057 | verb | formalize [a] trade deal
057 | verb | formalise [a] trade deal with _
057 | verb | formalize [a] trade deal with _
057 | verb | formalise [a] peace deal with _
057 | verb | formalize [a] peace deal with _
057 | verb | initial [an] agreement
057 | verb | initial [a] deal
057 | verb | initial [a] treaty
057 | verb | initial [an] accord
057 | verb | initial [a] pact
057 | verb | initial [an] agreement with _
057 | verb | initial [a] deal with _
057 | verb | initial [a] treaty with _
057 | verb | initial [an] accord with _
057 | verb | initial [a] pact with _
057 | verb | initial [a] peace deal
057 | verb | initial [a] peace agreement
057 | verb | initial [a] trade deal
057 | verb | initial [a] trade deal with _
057 | verb | initial [a] peace deal with _
057 | verb | ratify
057 | verb | ratify [the] treaty
057 | verb | ratify [the] agreement
057 | verb | ratify [the] accord
057 | verb | ratify [the] deal
057 | verb | ratify [the] convention
057 | verb | ratify [the] protocol
057 | verb | accede to [the] treaty
057 | verb | accede to [the] convention
057 | verb | join [the] treaty
057 | verb | renew [the] agreement
057 | verb | renew [the] treaty
057 | verb | renew [the] pact
057 | verb | extend [the] treaty
057 | verb | extend [the] agreement
057 | verb | co-sign
057 | verb | countersign
057 | verb | sign up to
057 | verb | sign on to
057 | verb | agree on [a] deal
057 | verb | agree on [a] deal with _
057 | verb | agree [a] deal with _
057 | verb | agree [a] deal
057 | verb | reach [an] agreement on
057 | verb | sign [an] agreement on
057 | verb | put [its] signature to
057 | verb | affix [its] signature to
057 | verb | approve [the] agreement
057 | verb | approve [the] treaty
057 | noun | agreement with _
057 | noun | agreement between
057 | noun | treaty with _
057 | noun | treaty between
057 | noun | accord with _
057 | noun | accord between
057 | noun | pact with _
057 | noun | pact between
057 | noun | memorandum of understanding with _
057 | noun | memorandum of understanding between
057 | noun | signing of
057 | noun | ratification of
057 | noun | deal between
057 | noun | agreement on
057 | noun | accession to

# 060 Engage in material cooperation, not specified below
060 | verb | cooperate on
060 | verb | work together on
060 | verb | collaborate on
060 | verb | launch [a] joint project
060 | verb | launch joint projects
060 | verb | carry out [a] joint project
060 | verb | implement joint projects
060 | verb | jointly develop
060 | verb | jointly build
060 | verb | jointly produce
060 | verb | pool resources
060 | verb | pool [their] resources
060 | verb | cooperate in
060 | verb | build jointly
060 | verb | develop jointly
060 | verb | co-develop
060 | verb | co-produce
060 | verb | launch [a] joint initiative
060 | verb | set up [a] joint working group
060 | verb | set up [a] joint committee
060 | verb | establish [a] joint commission
060 | verb | hold [a] joint commission meeting
060 | verb | exchange delegations
060 | verb | exchange experts
060 | verb | exchange students
060 | verb | share technology with _
060 | verb | transfer technology to _
060 | verb | cooperate in [the] field of
060 | noun | cooperation on
060 | noun | collaboration on
060 | noun | joint project with _
060 | noun | cooperation in [the] field of

# 061 Cooperate economically
061 | verb | trade with _
061 | verb | do business with _
061 | verb | invest in _
061 | verb | export to _
061 | verb | import from _
061 | verb | supply gas to _
061 | verb | supply oil to _
061 | verb | export gas to _
061 | verb | export oil to _
061 | verb | buy oil from _
061 | verb | buy gas from _
061 | verb | purchase oil from _
061 | verb | import oil from _
061 | verb | import gas from _
061 | verb | import grain from _
061 | verb | buy grain from _
061 | verb | sell oil to _
061 | verb | sell gas to _
061 | verb | resume trade with _
061 | verb | open [its] market to _
061 | verb | open [its] markets to _
061 | verb | lower tariffs on
061 | verb | cut tariffs on
061 | verb | launch [a] joint venture with _
061 | verb | form [a] joint venture with _
061 | verb | set up [a] joint venture with _
061 | verb | establish [a] joint venture with _
061 | verb | build [a] pipeline
061 | verb | finance [the] project
061 | verb | finance [the] construction of
061 | verb | open [a] trade office in _
061 | verb | establish [a] free trade zone
061 | verb | create [a] free trade area
061 | verb | integrate [their] economies
061 | verb | cooperate economically
061 | verb | sign [a] currency swap
061 | verb | extend [the] currency swap
061 | verb | grant most favoured nation status to
061 | verb | grant [a] trade concession to
061 | verb | increase trade with _
061 | verb | boost trade with _
061 | verb | expand trade with _
061 | verb | deepen trade with _
061 | verb | boost economic cooperation with _
061 | verb | deepen economic cooperation with _
061 | verb | expand economic cooperation with _
061 | verb | strengthen economic cooperation with _
061 | verb | enhance economic cooperation with _
061 | verb | boost economic ties with _
061 | verb | deepen economic ties with _
061 | verb | expand economic ties with _
061 | verb | strengthen economic ties with _
061 | verb | boost trade ties with _
061 | verb | expand trade ties with _
061 | verb | invest [billions] in _
061 | verb | pour investment into _
061 | verb | build [a] factory in _
061 | verb | open [a] factory in _
061 | verb | award [a] contract to _
061 | verb | win [a] contract from _
061 | verb | supply grain to _
061 | verb | ship grain to _
061 | verb | ship oil to _
061 | verb | ship gas to _
061 | verb | resume imports from _
061 | verb | resume exports to _
061 | verb | lift tariffs on goods from _
061 | verb | reopen trade with _
061 | verb | restore trade with _
061 | verb | restore flights to _
061 | verb | resume flights to _
061 | verb | open [a] credit line
061 | noun | trade with _
061 | noun | trade between
061 | noun | investment in _
061 | noun | economic cooperation with _
061 | noun | economic cooperation between
061 | noun | trade ties with _
061 | noun | joint venture with _
061 | noun | exports to _
061 | noun | imports from _
061 | noun | purchase of oil from _
061 | noun | purchase of gas from _
061 | noun | trade deal with _
061 | noun | trade agreement with _
061 | noun | investment from _

# 062 Cooperate militarily
062 | verb | hold joint exercises with _
062 | verb | conduct joint exercises with _
062 | verb | stage joint exercises with _
062 | verb | carry out joint exercises with _
062 | verb | launch joint exercises with _
062 | verb | begin joint exercises with _
062 | verb | start joint exercises with _
062 | verb | hold joint drills with _
062 | verb | conduct joint drills with _
062 | verb | stage joint drills with _
062 | verb | carry out joint drills with _
062 | verb | launch joint drills with _
062 | verb | begin joint drills with _
062 | verb | start joint drills with _
062 | verb | hold joint military exercises with _
062 | verb | conduct joint military exercises with _
062 | verb | stage joint military exercises with _
062 | verb | carry out joint military exercises with _
062 | verb | launch joint military exercises with _
062 | verb | begin joint military exercises with _
062 | verb | start joint military exercises with _
062 | verb | hold joint military drills with _
062 | verb | conduct joint military drills with _
062 | verb | stage joint military drills with _
062 | verb | carry out joint military drills with _
062 | verb | launch joint military drills with _
062 | verb | begin joint military drills with _
062 | verb | start joint military drills with _
062 | verb | hold joint naval exercises with _
062 | verb | conduct joint naval exercises with _
062 | verb | stage joint naval exercises with _
062 | verb | carry out joint naval exercises with _
062 | verb | launch joint naval exercises with _
062 | verb | begin joint naval exercises with _
062 | verb | start joint naval exercises with _
062 | verb | hold joint naval drills with _
062 | verb | conduct joint naval drills with _
062 | verb | stage joint naval drills with _
062 | verb | carry out joint naval drills with _
062 | verb | launch joint naval drills with _
062 | verb | begin joint naval drills with _
062 | verb | start joint naval drills with _
062 | verb | hold joint air exercises with _
062 | verb | conduct joint air exercises with _
062 | verb | stage joint air exercises with _
062 | verb | carry out joint air exercises with _
062 | verb | launch joint air exercises with _
062 | verb | begin joint air exercises with _
062 | verb | start joint air exercises with _
062 | verb | hold joint war games with _
062 | verb | conduct joint war games with _
062 | verb | stage joint war games with _
062 | verb | carry out joint war games with _
062 | verb | launch joint war games with _
062 | verb | begin joint war games with _
062 | verb | start joint war games with _
062 | verb | hold joint manoeuvres with _
062 | verb | hold joint maneuvers with _
062 | verb | conduct joint manoeuvres with _
062 | verb | conduct joint maneuvers with _
062 | verb | stage joint manoeuvres with _
062 | verb | stage joint maneuvers with _
062 | verb | carry out joint manoeuvres with _
062 | verb | carry out joint maneuvers with _
062 | verb | launch joint manoeuvres with _
062 | verb | launch joint maneuvers with _
062 | verb | begin joint manoeuvres with _
062 | verb | begin joint maneuvers with _
062 | verb | start joint manoeuvres with _
062 | verb | start joint maneuvers with _
062 | verb | hold joint patrols with _
062 | verb | conduct joint patrols with _
062 | verb | stage joint patrols with _
062 | verb | carry out joint patrols with _
062 | verb | launch joint patrols with _
062 | verb | begin joint patrols with _
062 | verb | start joint patrols with _
062 | verb | hold joint naval patrols with _
062 | verb | conduct joint naval patrols with _
062 | verb | stage joint naval patrols with _
062 | verb | carry out joint naval patrols with _
062 | verb | launch joint naval patrols with _
062 | verb | begin joint naval patrols with _
062 | verb | start joint naval patrols with _
062 | verb | hold joint air patrols with _
062 | verb | conduct joint air patrols with _
062 | verb | stage joint air patrols with _
062 | verb | carry out joint air patrols with _
062 | verb | launch joint air patrols with _
062 | verb | begin joint air patrols with _
062 | verb | start joint air patrols with _
062 | verb | hold joint operations with _
062 | verb | conduct joint operations with _
062 | verb | stage joint operations with _
062 | verb | carry out joint operations with _
062 | verb | launch joint operations with _
062 | verb | begin joint operations with _
062 | verb | start joint operations with _
062 | verb | hold joint military operations with _
062 | verb | conduct joint military operations with _
062 | verb | stage joint military operations with _
062 | verb | carry out joint military operations with _
062 | verb | launch joint military operations with _
062 | verb | begin joint military operations with _
062 | verb | start joint military operations with _
062 | verb | hold joint training with _
062 | verb | conduct joint training with _
062 | verb | stage joint training with _
062 | verb | carry out joint training with _
062 | verb | launch joint training with _
062 | verb | begin joint training with _
062 | verb | start joint training with _
062 | verb | hold joint exercises
062 | verb | hold joint drills
062 | verb | conduct joint exercises
062 | verb | conduct joint patrols
062 | verb | hold joint patrols
062 | verb | conduct joint operations
062 | verb | launch [a] joint operation with _
062 | verb | launch [a] joint military operation with _
062 | verb | deploy jointly
062 | verb | train with _
062 | verb | exercise with _
062 | verb | drill with _
062 | verb | cooperate militarily
062 | verb | cooperate militarily with _
062 | verb | deepen military cooperation with _
062 | verb | boost military cooperation with _
062 | verb | expand military cooperation with _
062 | verb | strengthen military cooperation with _
062 | verb | deepen defence cooperation with _
062 | verb | deepen defense cooperation with _
062 | verb | boost defence cooperation with _
062 | verb | boost defense cooperation with _
062 | verb | strengthen defence cooperation with _
062 | verb | strengthen defense cooperation with _
062 | verb | deepen security cooperation with _
062 | verb | boost security cooperation with _
062 | verb | strengthen security cooperation with _
062 | verb | boost military ties with _
062 | verb | deepen military ties with _
062 | verb | strengthen military ties with _
062 | verb | boost defence ties with _
062 | verb | boost defense ties with _
062 | verb | deepen defence ties with _
062 | verb | deepen defense ties with _
062 | verb | strengthen defence ties with _
062 | verb | strengthen defense ties with _
062 | verb | form [a] military alliance with _
062 | verb | join [a] military alliance
062 | verb | join [the] military alliance
062 | verb | join [the] coalition against
062 | verb | join [a] coalition
062 | verb | sell arms to _
062 | verb | sell weapons to _
062 | verb | buy arms from _
062 | verb | buy weapons from _
062 | verb | purchase weapons from _
062 | verb | purchase arms from _
062 | verb | buy fighter jets from _
062 | verb | buy missiles from _
062 | verb | purchase fighter jets from _
062 | verb | purchase missiles from _
062 | verb | sell fighter jets to _
062 | verb | sell missiles to _
062 | verb | sell drones to _
062 | verb | buy drones from _
062 | verb | host [a] military base
062 | verb | grant basing rights to _
062 | verb | allow [the] use of [its] airspace
062 | verb | allow [the] use of [its] bases
062 | verb | open [its] airspace to _
062 | verb | fight alongside _
062 | verb | fight alongside
062 | verb | fight side by side with _
062 | verb | coordinate military operations with _
062 | verb | share military bases with _
062 | verb | send [a] warship on [a] port call to _
062 | verb | make [a] port call in _
062 | verb | dock at
062 | noun | exercise with _
062 | noun | drill with _
062 | noun | manoeuvre with _
062 | noun | maneuver with _
062 | noun | joint exercise with _
062 | noun | joint drill with _
062 | noun | sale of weapons to _
062 | noun | sale of arms to _
062 | noun | arms sale to _
062 | noun | military cooperation with _
062 | noun | defence cooperation with _
062 | noun | defense cooperation with _
062 | noun | security cooperation with _
062 | noun | purchase of weapons from _
062 | noun | purchase of arms from _

# 063 Engage in judicial cooperation
063 | verb | extradite _
063 | verb | extradite _ to
063 | verb | extradite
063 | verb | hand over _ to
063 | verb | hand over [the] suspects
063 | verb | hand over [the] suspect
063 | verb | surrender _ to [the] court
063 | verb | transfer _ to [the] court
063 | verb | transfer _ to [the] Hague
063 | verb | cooperate with [the] investigation
063 | verb | cooperate with [the] inquiry
063 | verb | cooperate with [the] probe
063 | verb | cooperate with [the] court
063 | verb | cooperate with [the] tribunal
063 | verb | cooperate with prosecutors
063 | verb | cooperate with [the] International Criminal Court
063 | verb | assist [the] investigation
063 | verb | assist in [the] investigation
063 | verb | assist [the] inquiry
063 | verb | assist [the] probe
063 | verb | help with [the] investigation
063 | verb | provide evidence to
063 | verb | share evidence with _
063 | verb | grant [the] request for extradition
063 | verb | approve [the] extradition of
063 | verb | launch [a] joint investigation with _
063 | verb | set up [a] joint investigation team
063 | verb | conduct [a] joint investigation
063 | verb | execute [an] arrest warrant
063 | verb | enforce [an] arrest warrant
063 | verb | arrest _ on [a] warrant from
063 | verb | arrest _ at [the] request of
063 | verb | repatriate [the] suspects
063 | verb | deport _ to face charges
063 | verb | hand _ over to
063 | noun | extradition of
063 | noun | extradition to _
063 | noun | judicial cooperation with _
063 | noun | legal assistance to _
063 | noun | handover of [the] suspects
063 | noun | joint investigation with _

# 064 Share intelligence or information
064 | verb | share intelligence with _
064 | verb | share information with _
064 | verb | share [its] intelligence
064 | verb | exchange intelligence with _
064 | verb | exchange information with _
064 | verb | provide intelligence to _
064 | verb | pass intelligence to _
064 | verb | pass on intelligence
064 | verb | pass on intelligence to _
064 | verb | hand over intelligence
064 | verb | supply intelligence
064 | verb | give intelligence to _
064 | verb | share data with _
064 | verb | share [satellite] imagery with _
064 | verb | share [its] findings with _
064 | verb | tip off _
064 | verb | alert _ to
064 | verb | inform _ of
064 | verb | inform _ about
064 | verb | notify _ of
064 | verb | notify _ about
064 | verb | share intelligence
064 | verb | exchange intelligence
064 | verb | provide [satellite] images to _
064 | verb | brief _ on [the] intelligence
064 | verb | share [the] evidence with _
064 | verb | warn _ of [a] plot
064 | verb | warn _ of [an] imminent attack
064 | verb | provide [early] warning to _
064 | noun | exchange of intelligence
064 | noun | exchange of information
064 | noun | sharing of intelligence with _
064 | noun | sharing of information with _
064 | noun | intelligence sharing with _
064 | noun | tip-off to _
064 | noun | tip from _

# 070 Provide aid, not specified below
070 | verb | provide aid to _
070 | verb | give aid to _
070 | verb | send aid to _
070 | verb | deliver aid to _
070 | verb | provide assistance to _
070 | verb | give assistance to _
070 | verb | extend assistance to _
070 | verb | provide help to _
070 | verb | help _
070 | verb | assist _
070 | verb | aid _
070 | verb | provide support to _
070 | verb | donate to _
070 | verb | donate
070 | verb | grant aid to _
070 | verb | allocate aid to _
070 | verb | approve aid for _
070 | verb | approve aid to _
070 | verb | earmark aid for _
070 | verb | disburse aid to _
070 | verb | channel aid to _
070 | verb | airlift aid to _
070 | verb | ship aid to _
070 | verb | deliver assistance to _
070 | verb | send assistance to _
070 | verb | send help to _
070 | verb | provide [an] aid package to _
070 | verb | approve [an] aid package for _
070 | verb | unveil [an] aid package for _
070 | verb | announce [an] aid package for _
070 | verb | announce aid for _
070 | verb | announce [new] aid to _
070 | verb | extend aid to _
070 | verb | increase aid to _
070 | verb | provide [more] aid to _
070 | verb | give [more] aid to _
070 | verb | send [more] aid to _
070 | verb | hand over aid to _
070 | noun | aid to _
070 | noun | aid for _
070 | noun | assistance to _
070 | noun | assistance for _
070 | noun | help for _
070 | noun | donation to _
070 | noun | donation of
070 | noun | aid package for _
070 | noun | aid package to _
070 | noun | support to _

# 071 Provide economic aid
071 | verb | lend _
071 | verb | lend money to _
071 | verb | provide [a] loan to _
071 | verb | grant [a] loan to _
071 | verb | extend [a] loan to _
071 | verb | give [a] loan to _
071 | verb | approve [a] loan to _
071 | verb | approve [a] loan for _
071 | verb | disburse [a] loan to _
071 | verb | provide financial aid to _
071 | verb | provide financial assistance to _
071 | verb | provide financial support to _
071 | verb | give financial aid to _
071 | verb | give financial assistance to _
071 | verb | provide economic aid to _
071 | verb | provide economic assistance to _
071 | verb | give economic aid to _
071 | verb | fund _
071 | verb | finance _
071 | verb | bail out _
071 | verb | provide [a] bailout to _
071 | verb | approve [a] bailout for _
071 | verb | write off [the] debt of _
071 | verb | write off [the] debt owed by _
071 | verb | forgive [the] debt of _
071 | verb | cancel [the] debt of _
071 | verb | restructure [the] debt of _
071 | verb | provide debt relief to _
071 | verb | grant debt relief to _
071 | verb | extend credit to _
071 | verb | provide credit to _
071 | verb | extend [a] credit line to _
071 | verb | open [a] credit line for _
071 | verb | provide [a] grant to _
071 | verb | give [a] grant to _
071 | verb | award [a] grant to _
071 | verb | transfer funds to _
071 | verb | release funds to _
071 | verb | release [a] tranche to _
071 | verb | disburse [a] tranche to _
071 | verb | release [the] next tranche of
071 | verb | disburse [the] next tranche of
071 | verb | provide budget support to _
071 | verb | donate money to _
071 | verb | allocate funds to _
071 | verb | pay [the] salaries of
071 | verb | deposit [billions] in [the] central bank of
071 | verb | provide [a] rescue package to _
071 | verb | approve [a] rescue package for _
071 | verb | approve [an] IMF loan for _
071 | verb | disburse
071 | verb | write off [the] debt
071 | verb | forgive [the] debt
071 | verb | cancel [the] debt
071 | verb | restructure [the] debt
071 | noun | loan to _
071 | noun | loan for _
071 | noun | bailout for _
071 | noun | bailout of _
071 | noun | grant to _
071 | noun | financial aid to _
071 | noun | financial assistance to _
071 | noun | debt relief for _
071 | noun | credit line to _
071 | noun | credit line for _
071 | noun | tranche of
071 | noun | rescue package for _
071 | noun | economic aid to _

# 072 Provide military aid
072 | verb | provide weapons to _
072 | verb | provide arms to _
072 | verb | provide military aid to _
072 | verb | provide military assistance to _
072 | verb | provide military equipment to _
072 | verb | provide tanks to _
072 | verb | provide fighter jets to _
072 | verb | provide ammunition to _
072 | verb | provide artillery shells to _
072 | verb | provide air defence systems to _
072 | verb | provide air defense systems to _
072 | verb | provide air defences to _
072 | verb | provide air defenses to _
072 | verb | provide missiles to _
072 | verb | provide long-range missiles to _
072 | verb | provide drones to _
072 | verb | provide armoured vehicles to _
072 | verb | provide howitzers to _
072 | verb | provide rocket launchers to _
072 | verb | provide munitions to _
072 | verb | provide cluster munitions to _
072 | verb | provide Patriot missiles to _
072 | verb | provide military hardware to _
072 | verb | provide helicopters to _
072 | verb | provide warplanes to _
072 | verb | provide rifles to _
072 | verb | provide small arms to _
072 | verb | provide weapons
072 | verb | provide arms
072 | verb | provide military aid
072 | verb | provide military assistance
072 | verb | provide military equipment
072 | verb | provide tanks
072 | verb | provide fighter jets
072 | verb | provide ammunition
072 | verb | provide artillery shells
072 | verb | provide air defence systems
072 | verb | provide air defense systems
072 | verb | provide air defences
072 | verb | provide air defenses
072 | verb | provide missiles
072 | verb | supply weapons to _
072 | verb | supply arms to _
072 | verb | supply military aid to _
072 | verb | supply military assistance to _
072 | verb | supply military equipment to _
072 | verb | supply tanks to _
072 | verb | supply fighter jets to _
072 | verb | supply ammunition to _
072 | verb | supply artillery shells to _
072 | verb | supply air defence systems to _
072 | verb | supply air defense systems to _
072 | verb | supply air defences to _
072 | verb | supply air defenses to _
072 | verb | supply missiles to _
072 | verb | supply long-range missiles to _
072 | verb | supply drones to _
072 | verb | supply armoured vehicles to _
072 | verb | supply howitzers to _
072 | verb | supply rocket launchers to _
072 | verb | supply munitions to _
072 | verb | supply cluster munitions to _
072 | verb | supply Patriot missiles to _
072 | verb | supply military hardware to _
072 | verb | supply helicopters to _
072 | verb | supply warplanes to _
072 | verb | supply rifles to _
072 | verb | supply small arms to _
072 | verb | supply weapons
072 | verb | supply arms
072 | verb | supply military aid
072 | verb | supply military assistance
072 | verb | supply military equipment
072 | verb | supply tanks
072 | verb | supply fighter jets
072 | verb | supply ammunition
072 | verb | supply artillery shells
072 | verb | supply air defence systems
072 | verb | supply air defense systems
072 | verb | supply air defences
072 | verb | supply air defenses
072 | verb | supply missiles
072 | verb | send weapons to _
072 | verb | send arms to _
072 | verb | send military aid to _
072 | verb | send military assistance to _
072 | verb | send military equipment to _
072 | verb | send tanks to _
072 | verb | send fighter jets to _
072 | verb | send ammunition to _
072 | verb | send artillery shells to _
072 | verb | send air defence systems to _
072 | verb | send air defense systems to _
072 | verb | send air defences to _
072 | verb | send air defenses to _
072 | verb | send missiles to _
072 | verb | send long-range missiles to _
072 | verb | send drones to _
072 | verb | send armoured vehicles to _
072 | verb | send howitzers to _
072 | verb | send rocket launchers to _
072 | verb | send munitions to _
072 | verb | send cluster munitions to _
072 | verb | send Patriot missiles to _
072 | verb | send military hardware to _
072 | verb | send helicopters to _
072 | verb | send warplanes to _
072 | verb | send rifles to _
072 | verb | send small arms to _
072 | verb | send weapons
072 | verb | send arms
072 | verb | send military aid
072 | verb | send military assistance
072 | verb | send military equipment
072 | verb | send tanks
072 | verb | send fighter jets
072 | verb | send ammunition
072 | verb | send artillery shells
072 | verb | send air defence systems
072 | verb | send air defense systems
072 | verb | send air defences
072 | verb | send air defenses
072 | verb | send missiles
072 | verb | deliver weapons to _
072 | verb | deliver arms to _
072 | verb | deliver military aid to _
072 | verb | deliver military assistance to _
072 | verb | deliver military equipment to _
072 | verb | deliver tanks to _
072 | verb | deliver fighter jets to _
072 | verb | deliver ammunition to _
072 | verb | deliver artillery shells to _
072 | verb | deliver air defence systems to _
072 | verb | deliver air defense systems to _
072 | verb | deliver air defences to _
072 | verb | deliver air defenses to _
072 | verb | deliver missiles to _
072 | verb | deliver long-range missiles to _
072 | verb | deliver drones to _
072 | verb | deliver armoured vehicles to _
072 | verb | deliver howitzers to _
072 | verb | deliver rocket launchers to _
072 | verb | deliver munitions to _
072 | verb | deliver cluster munitions to _
072 | verb | deliver Patriot missiles to _
072 | verb | deliver military hardware to _
072 | verb | deliver helicopters to _
072 | verb | deliver warplanes to _
072 | verb | deliver rifles to _
072 | verb | deliver small arms to _
072 | verb | deliver weapons
072 | verb | deliver arms
072 | verb | deliver military aid
072 | verb | deliver military assistance
072 | verb | deliver military equipment
072 | verb | deliver tanks
072 | verb | deliver fighter jets
072 | verb | deliver ammunition
072 | verb | deliver artillery shells
072 | verb | deliver air defence systems
072 | verb | deliver air defense systems
072 | verb | deliver air defences
072 | verb | deliver air defenses
072 | verb | deliver missiles
072 | verb | ship weapons to _
072 | verb | ship arms to _
072 | verb | ship military aid to _
072 | verb | ship military assistance to _
072 | verb | ship military equipment to _
072 | verb | ship tanks to _
072 | verb | ship fighter jets to _
072 | verb | ship ammunition to _
072 | verb | ship artillery shells to _
072 | verb | ship air defence systems to _
072 | verb | ship air defense systems to _
072 | verb | ship air defences to _
072 | verb | ship air defenses to _
072 | verb | ship missiles to _
072 | verb | ship long-range missiles to _
072 | verb | ship drones to _
072 | verb | ship armoured vehicles to _
072 | verb | ship howitzers to _
072 | verb | ship rocket launchers to _
072 | verb | ship munitions to _
072 | verb | ship cluster munitions to _
072 | verb | ship Patriot missiles to _
072 | verb | ship military hardware to _
072 | verb | ship helicopters to _
072 | verb | ship warplanes to _
072 | verb | ship rifles to _
072 | verb | ship small arms to _
072 | verb | ship weapons
072 | verb | ship arms
072 | verb | ship military aid
072 | verb | ship military assistance
072 | verb | ship military equipment
072 | verb | ship tanks
072 | verb | ship fighter jets
072 | verb | ship ammunition
072 | verb | ship artillery shells
072 | verb | ship air defence systems
072 | verb | ship air defense systems
072 | verb | ship air defences
072 | verb | ship air defenses
072 | verb | ship missiles
072 | verb | give weapons to _
072 | verb | give arms to _
072 | verb | give military aid to _
072 | verb | give military assistance to _
072 | verb | give military equipment to _
072 | verb | give tanks to _
072 | verb | give fighter jets to _
072 | verb | give ammunition to _
072 | verb | give artillery shells to _
072 | verb | give air defence systems to _
072 | verb | give air defense systems to _
072 | verb | give air defences to _
072 | verb | give air defenses to _
072 | verb | give missiles to _
072 | verb | give long-range missiles to _
072 | verb | give drones to _
072 | verb | give armoured vehicles to _
072 | verb | give howitzers to _
072 | verb | give rocket launchers to _
072 | verb | give munitions to _
072 | verb | give cluster munitions to _
072 | verb | give Patriot missiles to _
072 | verb | give military hardware to _
072 | verb | give helicopters to _
072 | verb | give warplanes to _
072 | verb | give rifles to _
072 | verb | give small arms to _
072 | verb | give weapons
072 | verb | give arms
072 | verb | give military aid
072 | verb | give military assistance
072 | verb | give military equipment
072 | verb | give tanks
072 | verb | give fighter jets
072 | verb | give ammunition
072 | verb | give artillery shells
072 | verb | give air defence systems
072 | verb | give air defense systems
072 | verb | give air defences
072 | verb | give air defenses
072 | verb | give missiles
072 | verb | transfer weapons to _
072 | verb | transfer arms to _
072 | verb | transfer military aid to _
072 | verb | transfer military assistance to _
072 | verb | transfer military equipment to _
072 | verb | transfer tanks to _
072 | verb | transfer fighter jets to _
072 | verb | transfer ammunition to _
072 | verb | transfer artillery shells to _
072 | verb | transfer air defence systems to _
072 | verb | transfer air defense systems to _
072 | verb | transfer air defences to _
072 | verb | transfer air defenses to _
072 | verb | transfer missiles to _
072 | verb | transfer long-range missiles to _
072 | verb | transfer drones to _
072 | verb | transfer armoured vehicles to _
072 | verb | transfer howitzers to _
072 | verb | transfer rocket launchers to _
072 | verb | transfer munitions to _
072 | verb | transfer cluster munitions to _
072 | verb | transfer Patriot missiles to _
072 | verb | transfer military hardware to _
072 | verb | transfer helicopters to _
072 | verb | transfer warplanes to _
072 | verb | transfer rifles to _
072 | verb | transfer small arms to _
072 | verb | transfer weapons
072 | verb | transfer arms
072 | verb | transfer military aid
072 | verb | transfer military assistance
072 | verb | transfer military equipment
072 | verb | transfer tanks
072 | verb | transfer fighter jets
072 | verb | transfer ammunition
072 | verb | transfer artillery shells
072 | verb | transfer air defence systems
072 | verb | transfer air defense systems
072 | verb | transfer air defences
072 | verb | transfer air defenses
072 | verb | transfer missiles
072 | verb | arm _
072 | verb | rearm _
072 | verb | equip _
072 | verb | train troops
072 | verb | train soldiers
072 | verb | train [its] forces
072 | verb | train _ forces
072 | verb | train _ troops
072 | verb | train _ soldiers
072 | verb | train _ pilots
072 | verb | send military advisers to _
072 | verb | send military advisors to _
072 | verb | deploy military advisers to _
072 | verb | provide training to _
072 | verb | provide military training to _
072 | verb | provide security assistance to _
072 | verb | approve military aid for _
072 | verb | approve [an] arms package for _
072 | verb | approve [a] weapons package for _
072 | verb | unveil [a] military aid package for _
072 | verb | announce [a] military aid package for _
072 | verb | announce [a] new military aid package for _
072 | verb | announce [a] new weapons package for _
072 | verb | approve [a] new military aid package
072 | verb | announce military aid for _
072 | verb | approve [the] delivery of
072 | verb | approve [the] transfer of
072 | verb | authorise [the] transfer of
072 | verb | authorize [the] transfer of
072 | verb | clear [the] transfer of
072 | verb | approve arms sales to _
072 | verb | approve weapons sales to _
072 | noun | delivery of weapons to _
072 | noun | delivery of arms to _
072 | noun | shipment of weapons to _
072 | noun | shipment of arms to _
072 | noun | supply of weapons to _
072 | noun | supply of arms to _
072 | noun | transfer of weapons to _
072 | noun | transfer of arms to _
072 | noun | provision of weapons to _
072 | noun | military aid to _
072 | noun | military assistance to _
072 | noun | arms shipment to _
072 | noun | weapons package for _
072 | noun | military aid package for _
072 | noun | security assistance to _

# 073 Provide humanitarian aid
073 | verb | provide humanitarian aid to _
073 | verb | provide humanitarian assistance to _
073 | verb | provide humanitarian supplies to _
073 | verb | provide relief to _
073 | verb | provide relief supplies to _
073 | verb | provide food aid to _
073 | verb | provide food to _
073 | verb | provide medical supplies to _
073 | verb | provide medicine to _
073 | verb | provide medicines to _
073 | verb | provide vaccines to _
073 | verb | provide emergency aid to _
073 | verb | provide emergency relief to _
073 | verb | provide tents to _
073 | verb | provide blankets to _
073 | verb | provide rescue teams to _
073 | verb | provide rescuers to _
073 | verb | provide aid convoys to _
073 | verb | provide [an] aid convoy to _
073 | verb | provide fuel to _
073 | verb | provide water to _
073 | verb | provide disaster relief to _
073 | verb | provide shelter to _
073 | verb | send humanitarian aid to _
073 | verb | send humanitarian assistance to _
073 | verb | send humanitarian supplies to _
073 | verb | send relief to _
073 | verb | send relief supplies to _
073 | verb | send food aid to _
073 | verb | send food to _
073 | verb | send medical supplies to _
073 | verb | send medicine to _
073 | verb | send medicines to _
073 | verb | send vaccines to _
073 | verb | send emergency aid to _
073 | verb | send emergency relief to _
073 | verb | send tents to _
073 | verb | send blankets to _
073 | verb | send rescue teams to _
073 | verb | send rescuers to _
073 | verb | send aid convoys to _
073 | verb | send [an] aid convoy to _
073 | verb | send fuel to _
073 | verb | send water to _
073 | verb | send disaster relief to _
073 | verb | send shelter to _
073 | verb | deliver humanitarian aid to _
073 | verb | deliver humanitarian assistance to _
073 | verb | deliver humanitarian supplies to _
073 | verb | deliver relief to _
073 | verb | deliver relief supplies to _
073 | verb | deliver food aid to _
073 | verb | deliver food to _
073 | verb | deliver medical supplies to _
073 | verb | deliver medicine to _
073 | verb | deliver medicines to _
073 | verb | deliver vaccines to _
073 | verb | deliver emergency aid to _
073 | verb | deliver emergency relief to _
073 | verb | deliver tents to _
073 | verb | deliver blankets to _
073 | verb | deliver rescue teams to _
073 | verb | deliver rescuers to _
073 | verb | deliver aid convoys to _
073 | verb | deliver [an] aid convoy to _
073 | verb | deliver fuel to _
073 | verb | deliver water to _
073 | verb | deliver disaster relief to _
073 | verb | deliver shelter to _
073 | verb | dispatch humanitarian aid to _
073 | verb | dispatch humanitarian assistance to _
073 | verb | dispatch humanitarian supplies to _
073 | verb | dispatch relief to _
073 | verb | dispatch relief supplies to _
073 | verb | dispatch food aid to _
073 | verb | dispatch food to _
073 | verb | dispatch medical supplies to _
073 | verb | dispatch medicine to _
073 | verb | dispatch medicines to _
073 | verb | dispatch vaccines to _
073 | verb | dispatch emergency aid to _
073 | verb | dispatch emergency relief to _
073 | verb | dispatch tents to _
073 | verb | dispatch blankets to _
073 | verb | dispatch rescue teams to _
073 | verb | dispatch rescuers to _
073 | verb | dispatch aid convoys to _
073 | verb | dispatch [an] aid convoy to _
073 | verb | dispatch fuel to _
073 | verb | dispatch water to _
073 | verb | dispatch disaster relief to _
073 | verb | dispatch shelter to _
073 | verb | airlift humanitarian aid to _
073 | verb | airlift humanitarian assistance to _
073 | verb | airlift humanitarian supplies to _
073 | verb | airlift relief to _
073 | verb | airlift relief supplies to _
073 | verb | airlift food aid to _
073 | verb | airlift food to _
073 | verb | airlift medical supplies to _
073 | verb | airlift medicine to _
073 | verb | airlift medicines to _
073 | verb | airlift vaccines to _
073 | verb | airlift emergency aid to _
073 | verb | airlift emergency relief to _
073 | verb | airlift tents to _
073 | verb | airlift blankets to _
073 | verb | airlift rescue teams to _
073 | verb | airlift rescuers to _
073 | verb | airlift aid convoys to _
073 | verb | airlift [an] aid convoy to _
073 | verb | airlift fuel to _
073 | verb | airlift water to _
073 | verb | airlift disaster relief to _
073 | verb | airlift shelter to _
073 | verb | airdrop humanitarian aid to _
073 | verb | airdrop humanitarian assistance to _
073 | verb | airdrop humanitarian supplies to _
073 | verb | airdrop relief to _
073 | verb | airdrop relief supplies to _
073 | verb | airdrop food aid to _
073 | verb | airdrop food to _
073 | verb | airdrop medical supplies to _
073 | verb | airdrop medicine to _
073 | verb | airdrop medicines to _
073 | verb | airdrop vaccines to _
073 | verb | airdrop emergency aid to _
073 | verb | airdrop emergency relief to _
073 | verb | airdrop tents to _
073 | verb | airdrop blankets to _
073 | verb | airdrop rescue teams to _
073 | verb | airdrop rescuers to _
073 | verb | airdrop aid convoys to _
073 | verb | airdrop [an] aid convoy to _
073 | verb | airdrop fuel to _
073 | verb | airdrop water to _
073 | verb | airdrop disaster relief to _
073 | verb | airdrop shelter to _
073 | verb | ship humanitarian aid to _
073 | verb | ship humanitarian assistance to _
073 | verb | ship humanitarian supplies to _
073 | verb | ship relief to _
073 | verb | ship relief supplies to _
073 | verb | ship food aid to _
073 | verb | ship food to _
073 | verb | ship medical supplies to _
073 | verb | ship medicine to _
073 | verb | ship medicines to _
073 | verb | ship vaccines to _
073 | verb | ship emergency aid to _
073 | verb | ship emergency relief to _
073 | verb | ship tents to _
073 | verb | ship blankets to _
073 | verb | ship rescue teams to _
073 | verb | ship rescuers to _
073 | verb | ship aid convoys to _
073 | verb | ship [an] aid convoy to _
073 | verb | ship fuel to _
073 | verb | ship water to _
073 | verb | ship disaster relief to _
073 | verb | ship shelter to _
073 | verb | donate humanitarian aid to _
073 | verb | donate humanitarian assistance to _
073 | verb | donate humanitarian supplies to _
073 | verb | donate relief to _
073 | verb | donate relief supplies to _
073 | verb | donate food aid to _
073 | verb | donate food to _
073 | verb | donate medical supplies to _
073 | verb | donate medicine to _
073 | verb | donate medicines to _
073 | verb | donate vaccines to _
073 | verb | donate emergency aid to _
073 | verb | donate emergency relief to _
073 | verb | donate tents to _
073 | verb | donate blankets to _
073 | verb | donate rescue teams to _
073 | verb | donate rescuers to _
073 | verb | donate aid convoys to _
073 | verb | donate [an] aid convoy to _
073 | verb | donate fuel to _
073 | verb | donate water to _
073 | verb | donate disaster relief to _
073 | verb | donate shelter to _
073 | verb | distribute humanitarian aid to _
073 | verb | distribute humanitarian assistance to _
073 | verb | distribute humanitarian supplies to _
073 | verb | distribute relief to _
073 | verb | distribute relief supplies to _
073 | verb | distribute food aid to _
073 | verb | distribute food to _
073 | verb | distribute medical supplies to _
073 | verb | distribute medicine to _
073 | verb | distribute medicines to _
073 | verb | distribute vaccines to _
073 | verb | distribute emergency aid to _
073 | verb | distribute emergency relief to _
073 | verb | distribute tents to _
073 | verb | distribute blankets to _
073 | verb | distribute rescue teams to _
073 | verb | distribute rescuers to _
073 | verb | distribute aid convoys to _
073 | verb | distribute [an] aid convoy to _
073 | verb | distribute fuel to _
073 | verb | distribute water to _
073 | verb | distribute disaster relief to _
073 | verb | distribute shelter to _
073 | verb | provide humanitarian aid
073 | verb | provide humanitarian assistance
073 | verb | send humanitarian aid
073 | verb | deliver humanitarian aid
073 | verb | send relief
073 | verb | deliver relief
073 | verb | airdrop aid
073 | verb | airdrop food
073 | verb | airdrop aid to _
073 | verb | air-drop aid
073 | verb | air-drop food
073 | verb | airlift aid
073 | verb | distribute aid
073 | verb | distribute food
073 | verb | distribute relief
073 | verb | distribute [humanitarian] aid
073 | verb | send rescue teams
073 | verb | dispatch rescue teams
073 | verb | dispatch [a] rescue team
073 | verb | send [a] rescue team to _
073 | verb | open [a] field hospital
073 | verb | set up [a] field hospital
073 | verb | evacuate civilians
073 | verb | evacuate [the] wounded
073 | verb | provide [emergency] shelter
073 | verb | send [a] hospital ship to _
073 | verb | deliver aid
073 | verb | deliver aid to _
073 | noun | delivery of aid to _
073 | noun | delivery of humanitarian aid to _
073 | noun | delivery of food to _
073 | noun | airdrop of aid
073 | noun | airdrop of food
073 | noun | aid convoy to _
073 | noun | aid shipment to _
073 | noun | humanitarian aid to _
073 | noun | humanitarian assistance to _
073 | noun | relief for _
073 | noun | food aid to _
073 | noun | shipment of aid to _
073 | noun | convoy of aid

# 074 Provide military protection or peacekeeping
074 | verb | deploy peacekeepers to _
074 | verb | send peacekeepers to _
074 | verb | deploy peacekeepers
074 | verb | send peacekeepers
074 | verb | deploy peacekeeping troops to _
074 | verb | deploy peacekeeping forces to _
074 | verb | send peacekeeping troops to _
074 | verb | contribute troops to
074 | verb | contribute peacekeepers to
074 | verb | deploy [a] peacekeeping mission
074 | verb | deploy [a] peacekeeping force
074 | verb | extend [the] peacekeeping mission
074 | verb | extend [the] mandate of [the] peacekeeping mission
074 | verb | renew [the] mandate of
074 | verb | extend [the] mandate of
074 | verb | establish [a] no-fly zone
074 | verb | impose [a] no-fly zone
074 | verb | impose [a] no-fly zone over
074 | verb | enforce [a] no-fly zone
074 | verb | establish [a] safe zone
074 | verb | create [a] safe zone
074 | verb | provide security guarantees to _
074 | verb | give security guarantees to _
074 | verb | extend [its] nuclear umbrella to _
074 | verb | protect _
074 | verb | escort _
074 | verb | provide protection to _
074 | verb | provide [an] escort to
074 | verb | send troops to protect
074 | verb | deploy troops to protect
074 | verb | station peacekeepers
074 | verb | guarantee [the] security of
074 | verb | defend _ against attack
074 | verb | shoot down drones over _
074 | verb | intercept missiles fired at _
074 | verb | provide air cover for
074 | verb | provide air cover to _
074 | verb | patrol [the] skies over _
074 | verb | police [the] airspace of
074 | verb | deploy [a] stabilisation force
074 | verb | deploy [a] stabilization force
074 | verb | deploy [an] international force
074 | verb | lead [a] peacekeeping mission
074 | verb | authorise [a] peacekeeping mission
074 | verb | authorize [a] peacekeeping mission
074 | noun | peacekeeping mission to _
074 | noun | peacekeeping mission in _
074 | noun | deployment of peacekeepers
074 | noun | deployment of peacekeeping troops
074 | noun | deployment of peacekeeping forces
074 | noun | no-fly zone over _
074 | noun | security guarantees for _
074 | noun | security guarantee for _
074 | noun | protection for _

# 075 Grant asylum
075 | verb | grant asylum to _
075 | verb | grant _ asylum
075 | verb | give asylum to _
075 | verb | give _ asylum
075 | verb | offer asylum to _
075 | verb | offer _ asylum
075 | verb | grant political asylum to _
075 | verb | grant _ political asylum
075 | verb | grant refuge to _
075 | verb | give refuge to _
075 | verb | shelter _
075 | verb | take in refugees
075 | verb | accept refugees
075 | verb | admit refugees
075 | verb | resettle refugees
075 | verb | provide sanctuary to _
075 | verb | give sanctuary to _
075 | verb | grant sanctuary to _
075 | verb | grant refugee status to _
075 | verb | approve [the] asylum request of
075 | verb | approve [the] asylum application of
075 | verb | approve asylum for _
075 | verb | grant humanitarian protection to _
075 | verb | take in asylum seekers
075 | verb | accept asylum seekers
075 | verb | welcome refugees
075 | noun | asylum for _
075 | noun | asylum to _
075 | noun | refuge for _
075 | noun | sanctuary for _
075 | noun | political asylum for _

# 080 Yield, not specified below
080 | verb | yield
080 | verb | yield to _
080 | verb | yield to pressure
080 | verb | back down
080 | verb | back down on
080 | verb | give in
080 | verb | give in to _
080 | verb | give in to pressure
080 | verb | give way
080 | verb | give way to
080 | verb | cave in
080 | verb | cave in to
080 | verb | relent
080 | verb | make concessions
080 | verb | make [a] concession
080 | verb | make concessions to _
080 | verb | bow to pressure
080 | verb | bow to [the] demands of
080 | verb | bow to demands
080 | verb | capitulate
080 | verb | capitulate to
080 | verb | comply with
080 | verb | accept [the] demands
080 | verb | accept [the] demands of
080 | verb | meet [the] demands
080 | verb | meet [the] demands of
080 | verb | accept defeat
080 | verb | back off
080 | verb | climb down
080 | verb | climb down on
080 | verb | retreat from
080 | verb | soften [its] stance
080 | verb | soften [its] position
080 | verb | drop [its] opposition to
080 | verb | drop [its] objections to
080 | verb | withdraw [its] objections
080 | verb | lift [its] veto
080 | verb | drop [its] veto
080 | verb | abandon [its] claim
080 | verb | abandon [its] claims
080 | verb | drop [its] claim
080 | verb | drop [its] claims
080 | verb | relinquish [its] claim
080 | verb | renounce [its] claim
080 | verb | cede
080 | verb | cede control of
080 | verb | cede territory
080 | verb | hand over control of
080 | verb | comply
080 | verb | acquiesce
080 | verb | acquiesce to
080 | verb | agree to [the] demands
080 | verb | agree to [the] demands of
080 | verb | accede to [the] demands
080 | verb | accede to [the] demands of
080 | verb | accede to [the] request
080 | verb | give ground
080 | verb | yield ground
080 | verb | concede [the] point
080 | verb | bend to [the] will of
080 | verb | fold under pressure
080 | verb | accept [the] ultimatum
080 | verb | accept [the] terms
080 | verb | back away from [its] demands
080 | noun | concession to _
080 | noun | climbdown on
080 | noun | climbdown over
080 | noun | capitulation to _
080 | noun | retreat on

# 081 Ease administrative sanctions, not specified below
081 | verb | lift [the] restrictions on
081 | verb | ease [the] restrictions on
081 | verb | relax [the] restrictions on
081 | verb | loosen [the] restrictions on
081 | verb | lift [the] ban on
081 | verb | end [the] ban on
081 | verb | lift [the] travel ban
081 | verb | lift [the] travel ban on _
081 | verb | lift [the] visa ban
081 | verb | lift [the] visa ban on
081 | verb | ease visa restrictions
081 | verb | ease [the] visa regime
081 | verb | lift [the] entry ban on
081 | verb | lift [the] exit ban on
081 | verb | lift restrictions
081 | verb | ease restrictions
081 | verb | relax restrictions
081 | verb | loosen restrictions
081 | verb | revoke [the] ban
081 | verb | drop [the] charges against
081 | verb | drop charges against
081 | verb | restore [the] passport of
081 | verb | restore [the] citizenship of
081 | verb | reinstate [the] licence of
081 | verb | reinstate [the] license of
081 | verb | restore [the] licence of
081 | verb | restore [the] license of
081 | verb | renew [the] licence of
081 | verb | renew [the] license of
081 | verb | lift [the] sanctions on [the] official
081 | verb | remove _ from [the] no-fly list
081 | verb | lift [the] house arrest of
081 | verb | end [the] house arrest of
081 | verb | release _ from house arrest
081 | verb | lift [the] restrictions on movement
081 | verb | lift [the] travel restrictions
081 | verb | ease [the] travel restrictions
081 | verb | lift [the] lockdown
081 | noun | lifting of [the] restrictions on
081 | noun | easing of [the] restrictions on
081 | noun | lifting of [the] ban on
081 | noun | relaxation of [the] restrictions on
081 | noun | lifting of [the] travel ban

# 0811 Ease restrictions on political freedoms
0811 | verb | lift media restrictions
0811 | verb | ease media restrictions
0811 | verb | lift [the] restrictions on [the] media
0811 | verb | lift [the] restrictions on [the] press
0811 | verb | lift [the] restrictions on journalists
0811 | verb | lift [the] restrictions on protests
0811 | verb | lift [the] restrictions on assembly
0811 | verb | lift [the] restrictions on free speech
0811 | verb | restore press freedom
0811 | verb | allow free speech
0811 | verb | allow protests
0811 | verb | legalise protests
0811 | verb | legalize protests
0811 | verb | permit protests
0811 | verb | allow demonstrations
0811 | verb | permit demonstrations
0811 | verb | lift [the] ban on protests
0811 | verb | lift [the] ban on demonstrations
0811 | verb | lift [the] ban on rallies
0811 | verb | lift [the] ban on gatherings
0811 | verb | lift [the] ban on public gatherings
0811 | verb | unblock social media
0811 | verb | lift [the] social media ban
0811 | verb | lift [the] ban on social media
0811 | verb | restore access to social media
0811 | verb | reopen [the] newspaper
0811 | verb | reopen [the] newspapers
0811 | verb | allow [the] newspaper to reopen
0811 | verb | restore [the] licence of [the] broadcaster
0811 | verb | restore [the] license of [the] broadcaster
0811 | verb | relax censorship
0811 | verb | ease censorship
0811 | verb | end censorship
0811 | verb | abolish censorship
0811 | verb | lift censorship
0811 | verb | unblock websites
0811 | verb | unblock [the] website
0811 | verb | restore [the] internet
0811 | verb | restore internet access
0811 | verb | restore internet service
0811 | verb | restore mobile internet
0811 | verb | end [the] internet shutdown
0811 | verb | end [the] internet blackout
0811 | verb | lift [the] internet blackout
0811 | verb | allow independent media
0811 | verb | lift [the] media blackout
0811 | verb | lift [the] news blackout
0811 | verb | allow foreign journalists in
0811 | verb | lift [the] foreign agent label
0811 | verb | repeal [the] foreign agent law
0811 | verb | scrap [the] foreign agent law
0811 | noun | lifting of [the] media restrictions
0811 | noun | restoration of internet access
0811 | noun | restoration of [the] internet
0811 | noun | end of censorship
0811 | noun | lifting of [the] social media ban

# 0812 Ease ban on political parties or politicians
0812 | verb | lift [the] ban on [the] party
0812 | verb | lift [the] ban on political parties
0812 | verb | lift [the] ban on opposition parties
0812 | verb | lift [the] ban on [the] opposition
0812 | verb | unban
0812 | verb | unban _
0812 | verb | legalise [the] party
0812 | verb | legalize [the] party
0812 | verb | legalise [the] opposition
0812 | verb | legalize [the] opposition
0812 | verb | legalise political parties
0812 | verb | legalize political parties
0812 | verb | legalise _
0812 | verb | legalize _
0812 | verb | reinstate _
0812 | verb | lift [the] ban on _
0812 | verb | restore [the] registration of
0812 | verb | allow _ to run
0812 | verb | allow _ to stand
0812 | verb | allow _ to contest
0812 | verb | clear _ to run
0812 | verb | clear _ to stand
0812 | verb | register [the] party
0812 | verb | register _ as [a] candidate
0812 | verb | lift [the] political ban on
0812 | verb | restore [the] political rights of
0812 | verb | lift [the] election ban on
0812 | verb | readmit _
0812 | verb | allow [the] opposition to contest
0812 | verb | restore [the] eligibility of
0812 | verb | allow _ to return from exile
0812 | verb | allow exiled politicians to return
0812 | verb | reinstate [the] party
0812 | verb | reverse [the] disqualification of
0812 | verb | overturn [the] ban on
0812 | noun | unbanning of
0812 | noun | legalisation of [the] party
0812 | noun | legalization of [the] party
0812 | noun | lifting of [the] ban on [the] party
0812 | noun | reinstatement of

# 0813 Ease curfew
0813 | verb | lift [the] curfew
0813 | verb | ease [the] curfew
0813 | verb | relax [the] curfew
0813 | verb | end [the] curfew
0813 | verb | shorten [the] curfew
0813 | verb | scrap [the] curfew
0813 | verb | cancel [the] curfew
0813 | verb | reduce curfew hours
0813 | verb | lift [the] curfew on
0813 | verb | lift [the] curfew in
0813 | verb | suspend [the] curfew
0813 | verb | remove [the] curfew
0813 | verb | roll back [the] curfew
0813 | verb | partially lift [the] curfew
0813 | verb | lift [the] night curfew
0813 | verb | ease [the] night curfew
0813 | verb | lift [the] nighttime curfew
0813 | verb | shorten curfew hours
0813 | noun | lifting of [the] curfew
0813 | noun | easing of [the] curfew
0813 | noun | end of [the] curfew
0813 | noun | relaxation of [the] curfew

# 0814 Ease state of emergency or martial law
0814 | verb | lift [the] state of emergency
0814 | verb | end [the] state of emergency
0814 | verb | revoke [the] state of emergency
0814 | verb | cancel [the] state of emergency
0814 | verb | scrap [the] state of emergency
0814 | verb | lift [the] emergency
0814 | verb | lift martial law
0814 | verb | end martial law
0814 | verb | revoke martial law
0814 | verb | rescind martial law
0814 | verb | lift emergency rule
0814 | verb | end emergency rule
0814 | verb | lift [the] emergency decree
0814 | verb | repeal [the] emergency law
0814 | verb | repeal [the] emergency laws
0814 | verb | lift [the] emergency laws
0814 | verb | end [the] emergency
0814 | verb | let [the] state of emergency expire
0814 | verb | lift [the] state of siege
0814 | verb | end [the] state of siege
0814 | verb | lift [the] state of exception
0814 | verb | end [the] state of exception
0814 | verb | end direct rule
0814 | verb | revoke [the] emergency powers
0814 | verb | rescind [the] state of emergency
0814 | noun | lifting of [the] state of emergency
0814 | noun | lifting of martial law
0814 | noun | end of martial law
0814 | noun | end of [the] state of emergency
0814 | noun | repeal of [the] emergency law

# 082 Ease political dissent
082 | verb | call off [the] protest
082 | verb | call off [the] protests
082 | verb | call off [the] strike
082 | verb | end [the] strike
082 | verb | end [the] protest
082 | verb | end [the] protests
082 | verb | end [the] hunger strike
082 | verb | end [the] sit-in
082 | verb | call off [the] sit-in
082 | verb | suspend [the] protest
082 | verb | suspend [the] protests
082 | verb | suspend [the] strike
082 | verb | halt [the] protests
082 | verb | halt [the] strike
082 | verb | abandon [the] strike
082 | verb | abandon [the] protests
082 | verb | return to work
082 | verb | go back to work
082 | verb | disperse
082 | verb | leave [the] streets
082 | verb | clear [the] square
082 | verb | end [the] demonstrations
082 | verb | break off [the] hunger strike
082 | verb | end [the] blockade of [the] road
082 | verb | lift [the] road blockades
082 | verb | remove [the] roadblocks
082 | verb | dismantle [the] barricades
082 | verb | dismantle [the] protest camp
082 | verb | leave [the] square
082 | verb | call off [the] march
082 | verb | cancel [the] protest
082 | verb | cancel [the] rally
082 | verb | cancel [the] march
082 | verb | postpone [the] protest
082 | verb | postpone [the] strike
082 | verb | end [the] walkout
082 | verb | call off [the] walkout
082 | verb | end [the] occupation of [the] building
082 | verb | vacate [the] building
082 | verb | vacate [the] square
082 | noun | end of [the] strike
082 | noun | end of [the] protests
082 | noun | end of [the] hunger strike
082 | noun | suspension of [the] protests
082 | noun | suspension of [the] strike

# 083 Accede to requests or demands for political reform, not specified below
083 | verb | accede to demands for reform
083 | verb | accede to demands for reforms
083 | verb | accede to [the] demands for political reform
083 | verb | implement reforms
083 | verb | introduce reforms
083 | verb | enact reforms
083 | verb | undertake reforms
083 | verb | adopt reforms
083 | verb | pass reforms
083 | verb | approve reforms
083 | verb | launch reforms
083 | verb | carry out reforms
083 | verb | bow to demands for reform
083 | verb | give in to demands for reform
083 | verb | meet demands for reform
083 | verb | accept demands for reform
083 | verb | yield to demands for reform
083 | verb | announce reforms
083 | verb | unveil reforms
083 | verb | introduce political reforms
083 | verb | implement political reforms
083 | verb | enact political reforms
083 | verb | pass [the] reform bill
083 | verb | adopt [the] reform package
083 | verb | approve [the] reform package
083 | noun | introduction of reforms
083 | noun | implementation of reforms

# 0831 Accede to demands for change in leadership
0831 | verb | resign
0831 | verb | resign as
0831 | verb | resign from
0831 | verb | step down
0831 | verb | step down as
0831 | verb | step down from
0831 | verb | step aside
0831 | verb | quit as
0831 | verb | quit his/her/its/their post
0831 | verb | quit office
0831 | verb | quit [the] government
0831 | verb | leave office
0831 | verb | relinquish power
0831 | verb | give up power
0831 | verb | hand over power
0831 | verb | cede power
0831 | verb | transfer power
0831 | verb | hand power to
0831 | verb | transfer power to
0831 | verb | cede power to
0831 | verb | yield power to
0831 | verb | tender his/her/their resignation
0831 | verb | tender [the] resignation
0831 | verb | submit his/her/their resignation
0831 | verb | submit [a] resignation
0831 | verb | hand in his/her/their resignation
0831 | verb | announce his/her/their resignation
0831 | verb | offer his/her/their resignation
0831 | verb | abdicate
0831 | verb | abdicate [the] throne
0831 | verb | call early elections
0831 | verb | call [a] snap election
0831 | verb | call snap elections
0831 | verb | accept [the] resignation of
0831 | verb | accept _ resignation
0831 | verb | relinquish [the] presidency
0831 | verb | give up [the] presidency
0831 | verb | leave power
0831 | verb | concede defeat
0831 | verb | concede [the] election
0831 | verb | resign en masse
0831 | verb | resign over
0831 | verb | step down over
0831 | verb | step down amid
0831 | verb | quit over
0831 | verb | stand down as
0831 | verb | sack _
0831 | verb | dismiss [the] government
0831 | verb | dismiss [the] prime minister
0831 | verb | dismiss [the] cabinet
0831 | verb | dissolve [the] government
0831 | verb | fire [the] minister
0831 | verb | sack [the] minister
0831 | verb | reshuffle [the] cabinet
0831 | verb | oust [the] prime minister
0831 | noun | resignation of
0831 | noun | resignation as
0831 | noun | resignation from
0831 | noun | abdication of
0831 | noun | departure from office
0831 | noun | ouster of

# 0832 Accede to demands for change in policy
0832 | verb | reverse [its] decision
0832 | verb | reverse [the] decision
0832 | verb | reverse course
0832 | verb | change course
0832 | verb | back down on
0832 | verb | back away from
0832 | verb | backtrack on
0832 | verb | make [a] u-turn on
0832 | verb | perform [a] u-turn on
0832 | verb | do [a] u-turn on
0832 | verb | scrap [the] plan
0832 | verb | drop [the] plan
0832 | verb | abandon [the] plan
0832 | verb | shelve [the] plan
0832 | verb | scrap [its] plan
0832 | verb | drop [its] plan
0832 | verb | abandon [its] plan
0832 | verb | shelve [its] plans
0832 | verb | drop [its] plans
0832 | verb | scrap [its] plans
0832 | verb | withdraw [the] bill
0832 | verb | withdraw [the] law
0832 | verb | withdraw [the] decree
0832 | verb | withdraw [the] proposal
0832 | verb | scrap [the] law
0832 | verb | repeal [the] law
0832 | verb | repeal
0832 | verb | revoke [the] decision
0832 | verb | rescind [the] decision
0832 | verb | rescind
0832 | verb | revoke [the] decree
0832 | verb | overturn [the] decision
0832 | verb | suspend [the] law
0832 | verb | suspend [the] plan
0832 | verb | put [the] plan on hold
0832 | verb | put [the] project on hold
0832 | verb | halt [the] project
0832 | verb | cancel [the] project
0832 | verb | freeze [the] plan
0832 | verb | freeze [the] project
0832 | verb | water down [the] bill
0832 | verb | water down [the] plan
0832 | verb | amend [the] law
0832 | verb | scrap [the] tax
0832 | verb | drop [the] tax
0832 | verb | reverse [the] price hike
0832 | verb | roll back [the] price hike
0832 | verb | cancel [the] price hike
0832 | verb | lower fuel prices
0832 | verb | cut fuel prices
0832 | verb | restore [the] subsidies
0832 | verb | reinstate [the] subsidies
0832 | verb | back down over
0832 | verb | climb down over
0832 | verb | bow to public pressure
0832 | noun | reversal of
0832 | noun | u-turn on
0832 | noun | repeal of
0832 | noun | withdrawal of [the] bill
0832 | noun | withdrawal of [the] law
0832 | noun | withdrawal of [the] decree
0832 | noun | scrapping of
0832 | noun | cancellation of [the] plan
0832 | noun | shelving of
0832 | noun | climbdown over

# 0833 Accede to demands for rights
0833 | verb | grant rights to
0833 | verb | grant [more] rights to
0833 | verb | grant [equal] rights to
0833 | verb | restore [the] rights of
0833 | verb | recognise [the] rights of
0833 | verb | recognize [the] rights of
0833 | verb | grant citizenship to _
0833 | verb | extend voting rights to
0833 | verb | grant voting rights to
0833 | verb | recognise minority rights
0833 | verb | recognize minority rights
0833 | verb | legalise same-sex marriage
0833 | verb | legalize same-sex marriage
0833 | verb | guarantee [the] rights of
0833 | verb | enshrine [the] rights of
0833 | verb | enshrine rights
0833 | verb | grant equal rights to
0833 | verb | lift [the] ban on women driving
0833 | verb | allow women to drive
0833 | verb | allow women to vote
0833 | verb | allow girls to attend school
0833 | verb | allow girls to return to school
0833 | verb | reopen schools for girls
0833 | verb | allow freedom of worship
0833 | verb | grant religious freedom
0833 | verb | end discrimination against
0833 | verb | abolish [the] death penalty
0833 | verb | recognise [the] language of
0833 | verb | recognize [the] language of
0833 | verb | grant official status to
0833 | verb | restore [the] citizenship of
0833 | verb | grant land rights to
0833 | verb | recognise indigenous rights
0833 | verb | recognize indigenous rights

# 0834 Accede to demands for change in institutions, regime
0834 | verb | amend [the] constitution
0834 | verb | change [the] constitution
0834 | verb | adopt [a] new constitution
0834 | verb | approve [a] new constitution
0834 | verb | hold [a] referendum on
0834 | verb | hold [a] constitutional referendum
0834 | verb | dissolve [the] parliament
0834 | verb | dissolve parliament
0834 | verb | dissolve [the] legislature
0834 | verb | dissolve [the] national assembly
0834 | verb | grant autonomy to _
0834 | verb | grant independence to _
0834 | verb | restore democracy
0834 | verb | restore civilian rule
0834 | verb | hand power to civilians
0834 | verb | hand over power to [a] civilian government
0834 | verb | return power to civilians
0834 | verb | restore [the] constitution
0834 | verb | reinstate [the] constitution
0834 | verb | restore [the] parliament
0834 | verb | reinstate [the] parliament
0834 | verb | form [a] transitional government
0834 | verb | form [a] unity government
0834 | verb | form [a] national unity government
0834 | verb | form [a] government of national unity
0834 | verb | decentralise
0834 | verb | decentralize
0834 | verb | devolve power to
0834 | verb | devolve powers to
0834 | verb | abolish [the] monarchy
0834 | verb | introduce multiparty democracy
0834 | verb | legalise multiparty politics
0834 | verb | legalize multiparty politics
0834 | verb | establish [a] transitional council
0834 | verb | reform [the] electoral law
0834 | verb | reform [the] electoral system
0834 | verb | overhaul [the] judiciary
0834 | verb | hold [a] referendum
0834 | verb | hold [a] referendum on independence
0834 | verb | establish [a] federal system
0834 | verb | create [a] federal system
0834 | noun | referendum on
0834 | noun | constitutional referendum on
0834 | noun | dissolution of parliament
0834 | noun | dissolution of [the] parliament
0834 | noun | adoption of [a] new constitution

# 084 Return, release, not specified below
084 | verb | return _ to
084 | verb | hand back
084 | verb | give back
084 | verb | return [the] captured
084 | verb | return [the] seized
084 | verb | hand back [the] seized
084 | verb | restore _ to
084 | verb | send back
084 | verb | return [the] confiscated
084 | verb | release [the] confiscated
084 | noun | return of
084 | noun | release of
084 | noun | handover of
084 | noun | handback of

# 0841 Return, release person(s)
0841 | verb | release [the] hostages
0841 | verb | release [the] hostage
0841 | verb | release [the] prisoners
0841 | verb | release [the] prisoner
0841 | verb | release [the] detainees
0841 | verb | release [the] detainee
0841 | verb | release [the] political prisoners
0841 | verb | release [the] captives
0841 | verb | release [the] captive
0841 | verb | release [the] crew
0841 | verb | release [the] crew members
0841 | verb | release [the] journalist
0841 | verb | release [the] journalists
0841 | verb | release [the] activist
0841 | verb | release [the] activists
0841 | verb | release [the] abductees
0841 | verb | release [the] kidnapped
0841 | verb | release [the] sailors
0841 | verb | release [the] soldiers
0841 | verb | release [the] fishermen
0841 | verb | release [the] students
0841 | verb | release [the] protesters
0841 | verb | release [the] dissident
0841 | verb | release [the] dissidents
0841 | verb | release [the] opposition leader
0841 | verb | release [the] prisoners of war
0841 | verb | release [the] POWs
0841 | verb | release [the] civilians
0841 | verb | release [the] aid workers
0841 | verb | release [the] migrants
0841 | verb | release [the] women and children
0841 | verb | release [the] remaining hostages
0841 | verb | release [the] Israeli hostages
0841 | verb | release [the] Palestinian prisoners
0841 | verb | release [the] Ukrainian prisoners
0841 | verb | release [the] Russian prisoners
0841 | verb | release [the] American
0841 | verb | release [the] Americans
0841 | verb | release [the] citizens
0841 | verb | free [the] hostages
0841 | verb | free [the] hostage
0841 | verb | free [the] prisoners
0841 | verb | free [the] prisoner
0841 | verb | free [the] detainees
0841 | verb | free [the] detainee
0841 | verb | free [the] political prisoners
0841 | verb | free [the] captives
0841 | verb | free [the] captive
0841 | verb | free [the] crew
0841 | verb | free [the] crew members
0841 | verb | free [the] journalist
0841 | verb | free [the] journalists
0841 | verb | free [the] activist
0841 | verb | free [the] activists
0841 | verb | free [the] abductees
0841 | verb | free [the] kidnapped
0841 | verb | free [the] sailors
0841 | verb | free [the] soldiers
0841 | verb | free [the] fishermen
0841 | verb | free [the] students
0841 | verb | free [the] protesters
0841 | verb | free [the] dissident
0841 | verb | free [the] dissidents
0841 | verb | free [the] opposition leader
0841 | verb | free [the] prisoners of war
0841 | verb | free [the] POWs
0841 | verb | free [the] civilians
0841 | verb | free [the] aid workers
0841 | verb | free [the] migrants
0841 | verb | free [the] women and children
0841 | verb | free [the] remaining hostages
0841 | verb | free [the] Israeli hostages
0841 | verb | free [the] Palestinian prisoners
0841 | verb | free [the] Ukrainian prisoners
0841 | verb | free [the] Russian prisoners
0841 | verb | free [the] American
0841 | verb | free [the] Americans
0841 | verb | free [the] citizens
0841 | verb | release _
0841 | verb | free _
0841 | verb | release _ from detention
0841 | verb | release _ from custody
0841 | verb | release _ from prison
0841 | verb | release _ from jail
0841 | verb | free _ from prison
0841 | verb | set _ free
0841 | verb | set free
0841 | verb | let _ go
0841 | verb | exchange prisoners with _
0841 | verb | swap prisoners with _
0841 | verb | exchange prisoners
0841 | verb | swap prisoners
0841 | verb | carry out [a] prisoner exchange
0841 | verb | carry out [a] prisoner swap
0841 | verb | conduct [a] prisoner exchange
0841 | verb | conduct [a] prisoner swap
0841 | verb | complete [a] prisoner swap
0841 | verb | complete [a] prisoner exchange
0841 | verb | hand over prisoners
0841 | verb | hand over [the] hostages
0841 | verb | hand over [the] captives
0841 | verb | repatriate prisoners
0841 | verb | repatriate [the] prisoners
0841 | verb | repatriate [the] bodies
0841 | verb | return [the] bodies
0841 | verb | hand over [the] bodies
0841 | verb | return [the] remains
0841 | verb | hand over [the] remains
0841 | verb | grant amnesty to _
0841 | verb | grant [an] amnesty to
0841 | verb | release _ on bail
0841 | verb | free _ on bail
0841 | verb | grant bail to _
0841 | verb | acquit _
0841 | verb | release _ on parole
0841 | verb | parole _
0841 | verb | order [the] release of
0841 | verb | order _ released
0841 | verb | release [the] remaining
0841 | verb | free [the] remaining
0841 | verb | hand _ over to [the] Red Cross
0841 | verb | return [the] abducted
0841 | verb | return [the] children
0841 | verb | repatriate [the] children
0841 | verb | send home [the] prisoners
0841 | noun | release of _
0841 | noun | release of hostages
0841 | noun | release of prisoners
0841 | noun | release of detainees
0841 | noun | release of captives
0841 | noun | release of political prisoners
0841 | noun | prisoner exchange with _
0841 | noun | prisoner swap with _
0841 | noun | exchange of prisoners
0841 | noun | swap of prisoners
0841 | noun | handover of prisoners
0841 | noun | handover of hostages
0841 | noun | freeing of
0841 | noun | return of hostages
0841 | noun | acquittal of
0841 | noun | amnesty for
0841 | noun | prisoner exchange between
0841 | noun | prisoner swap between

# 0842 Return, release property
0842 | verb | release [the] seized
0842 | verb | release [the] tanker
0842 | verb | release [the] ship
0842 | verb | release [the] vessel
0842 | verb | release [the] cargo
0842 | verb | release [the] aircraft
0842 | verb | release [the] plane
0842 | verb | release [the] impounded
0842 | verb | release [the] confiscated
0842 | verb | release [the] looted
0842 | verb | release [the] stolen
0842 | verb | release [the] property
0842 | verb | release [the] assets
0842 | verb | release [the] territory
0842 | verb | release [the] land
0842 | verb | release [the] islands
0842 | verb | release [the] artefacts
0842 | verb | release [the] artifacts
0842 | verb | release [the] frozen assets
0842 | verb | release [the] seized tanker
0842 | verb | release [the] seized ship
0842 | verb | release [the] seized vessel
0842 | verb | release [the] fishing boat
0842 | verb | release [the] fishing boats
0842 | verb | return [the] seized
0842 | verb | return [the] tanker
0842 | verb | return [the] ship
0842 | verb | return [the] vessel
0842 | verb | return [the] cargo
0842 | verb | return [the] aircraft
0842 | verb | return [the] plane
0842 | verb | return [the] impounded
0842 | verb | return [the] confiscated
0842 | verb | return [the] looted
0842 | verb | return [the] stolen
0842 | verb | return [the] property
0842 | verb | return [the] assets
0842 | verb | return [the] territory
0842 | verb | return [the] land
0842 | verb | return [the] islands
0842 | verb | return [the] artefacts
0842 | verb | return [the] artifacts
0842 | verb | return [the] frozen assets
0842 | verb | return [the] seized tanker
0842 | verb | return [the] seized ship
0842 | verb | return [the] seized vessel
0842 | verb | return [the] fishing boat
0842 | verb | return [the] fishing boats
0842 | verb | hand back [the] seized
0842 | verb | hand back [the] tanker
0842 | verb | hand back [the] ship
0842 | verb | hand back [the] vessel
0842 | verb | hand back [the] cargo
0842 | verb | hand back [the] aircraft
0842 | verb | hand back [the] plane
0842 | verb | hand back [the] impounded
0842 | verb | hand back [the] confiscated
0842 | verb | hand back [the] looted
0842 | verb | hand back [the] stolen
0842 | verb | hand back [the] property
0842 | verb | hand back [the] assets
0842 | verb | hand back [the] territory
0842 | verb | hand back [the] land
0842 | verb | hand back [the] islands
0842 | verb | hand back [the] artefacts
0842 | verb | hand back [the] artifacts
0842 | verb | hand back [the] frozen assets
0842 | verb | hand back [the] seized tanker
0842 | verb | hand back [the] seized ship
0842 | verb | hand back [the] seized vessel
0842 | verb | hand back [the] fishing boat
0842 | verb | hand back [the] fishing boats
0842 | verb | repatriate [the] artefacts
0842 | verb | repatriate [the] artifacts
0842 | verb | restitute
0842 | verb | return [the] looted artefacts
0842 | verb | return [the] looted artifacts
0842 | verb | return [the] Benin Bronzes
0842 | verb | return [the] stolen artefacts
0842 | verb | return [the] stolen artifacts
0842 | verb | return [the] remains
0842 | verb | return [the] relics
0842 | verb | return _ property
0842 | verb | release _ tanker
0842 | verb | release _ ship
0842 | verb | release _ vessel
0842 | verb | return [the] seized property
0842 | verb | hand back control of
0842 | verb | return [the] occupied territories
0842 | verb | give back [the] territory
0842 | noun | return of [the] seized
0842 | noun | return of property
0842 | noun | restitution of
0842 | noun | repatriation of artefacts
0842 | noun | repatriation of artifacts
0842 | noun | release of [the] tanker
0842 | noun | release of [the] ship
0842 | noun | release of [the] vessel
0842 | noun | return of [the] territory
0842 | noun | return of [the] islands
0842 | noun | return of [the] artefacts
0842 | noun | return of [the] artifacts

# 085 Ease economic sanctions, boycott, embargo
085 | verb | lift [the] sanctions
085 | verb | lift sanctions on _
085 | verb | lift sanctions against _
085 | verb | lift [the] sanctions on _
085 | verb | lift [the] sanctions against _
085 | verb | lift [some] sanctions
085 | verb | lift [the] embargo
085 | verb | lift [the] embargo on _
085 | verb | lift [the] arms embargo
085 | verb | lift [the] tariffs
085 | verb | lift [the] tariffs on _
085 | verb | lift [the] economic sanctions
085 | verb | lift [the] oil embargo
085 | verb | ease [the] sanctions
085 | verb | ease sanctions on _
085 | verb | ease sanctions against _
085 | verb | ease [the] sanctions on _
085 | verb | ease [the] sanctions against _
085 | verb | ease [some] sanctions
085 | verb | ease [the] embargo
085 | verb | ease [the] embargo on _
085 | verb | ease [the] arms embargo
085 | verb | ease [the] tariffs
085 | verb | ease [the] tariffs on _
085 | verb | ease [the] economic sanctions
085 | verb | ease [the] oil embargo
085 | verb | relax [the] sanctions
085 | verb | relax sanctions on _
085 | verb | relax sanctions against _
085 | verb | relax [the] sanctions on _
085 | verb | relax [the] sanctions against _
085 | verb | relax [some] sanctions
085 | verb | relax [the] embargo
085 | verb | relax [the] embargo on _
085 | verb | relax [the] arms embargo
085 | verb | relax [the] tariffs
085 | verb | relax [the] tariffs on _
085 | verb | relax [the] economic sanctions
085 | verb | relax [the] oil embargo
085 | verb | remove [the] sanctions
085 | verb | remove sanctions on _
085 | verb | remove sanctions against _
085 | verb | remove [the] sanctions on _
085 | verb | remove [the] sanctions against _
085 | verb | remove [some] sanctions
085 | verb | remove [the] embargo
085 | verb | remove [the] embargo on _
085 | verb | remove [the] arms embargo
085 | verb | remove [the] tariffs
085 | verb | remove [the] tariffs on _
085 | verb | remove [the] economic sanctions
085 | verb | remove [the] oil embargo
085 | verb | end [the] sanctions
085 | verb | end sanctions on _
085 | verb | end sanctions against _
085 | verb | end [the] sanctions on _
085 | verb | end [the] sanctions against _
085 | verb | end [some] sanctions
085 | verb | end [the] embargo
085 | verb | end [the] embargo on _
085 | verb | end [the] arms embargo
085 | verb | end [the] tariffs
085 | verb | end [the] tariffs on _
085 | verb | end [the] economic sanctions
085 | verb | end [the] oil embargo
085 | verb | scrap [the] sanctions
085 | verb | scrap sanctions on _
085 | verb | scrap sanctions against _
085 | verb | scrap [the] sanctions on _
085 | verb | scrap [the] sanctions against _
085 | verb | scrap [some] sanctions
085 | verb | scrap [the] embargo
085 | verb | scrap [the] embargo on _
085 | verb | scrap [the] arms embargo
085 | verb | scrap [the] tariffs
085 | verb | scrap [the] tariffs on _
085 | verb | scrap [the] economic sanctions
085 | verb | scrap [the] oil embargo
085 | verb | suspend [the] sanctions
085 | verb | suspend sanctions on _
085 | verb | suspend sanctions against _
085 | verb | suspend [the] sanctions on _
085 | verb | suspend [the] sanctions against _
085 | verb | suspend [some] sanctions
085 | verb | suspend [the] embargo
085 | verb | suspend [the] embargo on _
085 | verb | suspend [the] arms embargo
085 | verb | suspend [the] tariffs
085 | verb | suspend [the] tariffs on _
085 | verb | suspend [the] economic sanctions
085 | verb | suspend [the] oil embargo
085 | verb | roll back [the] sanctions
085 | verb | roll back sanctions on _
085 | verb | roll back sanctions against _
085 | verb | roll back [the] sanctions on _
085 | verb | roll back [the] sanctions against _
085 | verb | roll back [some] sanctions
085 | verb | roll back [the] embargo
085 | verb | roll back [the] embargo on _
085 | verb | roll back [the] arms embargo
085 | verb | roll back [the] tariffs
085 | verb | roll back [the] tariffs on _
085 | verb | roll back [the] economic sanctions
085 | verb | roll back [the] oil embargo
085 | verb | waive [the] sanctions
085 | verb | waive sanctions on _
085 | verb | waive sanctions against _
085 | verb | waive [the] sanctions on _
085 | verb | waive [the] sanctions against _
085 | verb | waive [some] sanctions
085 | verb | waive [the] embargo
085 | verb | waive [the] embargo on _
085 | verb | waive [the] arms embargo
085 | verb | waive [the] tariffs
085 | verb | waive [the] tariffs on _
085 | verb | waive [the] economic sanctions
085 | verb | waive [the] oil embargo
085 | verb | loosen [the] sanctions
085 | verb | loosen sanctions on _
085 | verb | loosen sanctions against _
085 | verb | loosen [the] sanctions on _
085 | verb | loosen [the] sanctions against _
085 | verb | loosen [some] sanctions
085 | verb | loosen [the] embargo
085 | verb | loosen [the] embargo on _
085 | verb | loosen [the] arms embargo
085 | verb | loosen [the] tariffs
085 | verb | loosen [the] tariffs on _
085 | verb | loosen [the] economic sanctions
085 | verb | loosen [the] oil embargo
085 | verb | drop [the] sanctions
085 | verb | drop sanctions on _
085 | verb | drop sanctions against _
085 | verb | drop [the] sanctions on _
085 | verb | drop [the] sanctions against _
085 | verb | drop [some] sanctions
085 | verb | drop [the] embargo
085 | verb | drop [the] embargo on _
085 | verb | drop [the] arms embargo
085 | verb | drop [the] tariffs
085 | verb | drop [the] tariffs on _
085 | verb | drop [the] economic sanctions
085 | verb | drop [the] oil embargo
085 | verb | grant [a] sanctions waiver
085 | verb | issue [a] sanctions waiver
085 | verb | grant [a] waiver
085 | verb | issue [a] waiver to
085 | verb | end [the] boycott
085 | verb | call off [the] boycott
085 | verb | end [the] boycott of
085 | verb | unfreeze [the] assets
085 | verb | unfreeze [the] assets of _
085 | verb | unfreeze _ assets
085 | verb | unfreeze [the] funds
085 | verb | release [the] frozen assets
085 | verb | release [the] frozen funds
085 | verb | lift [the] asset freeze
085 | verb | lift [the] asset freeze on
085 | verb | lift [the] import ban
085 | verb | lift [the] export ban
085 | verb | lift [the] ban on imports
085 | verb | lift [the] ban on exports
085 | verb | lift [the] trade restrictions
085 | verb | ease [the] trade restrictions
085 | verb | remove _ from [the] sanctions list
085 | verb | remove _ from [the] blacklist
085 | verb | remove _ from [the] terrorism list
085 | verb | remove _ from [the] list of state sponsors of terrorism
085 | verb | delist _
085 | verb | lift [the] restrictions on exports
085 | verb | lift [the] restrictions on imports
085 | verb | resume trade with _
085 | verb | grant [a] licence to trade with
085 | verb | grant [a] license to trade with
085 | verb | issue [a] general licence
085 | verb | issue [a] general license
085 | verb | exempt _ from sanctions
085 | verb | grant [an] exemption from sanctions
085 | noun | lifting of [the] sanctions
085 | noun | lifting of sanctions on _
085 | noun | easing of [the] sanctions
085 | noun | easing of sanctions on _
085 | noun | sanctions relief for _
085 | noun | removal of [the] sanctions
085 | noun | end of [the] sanctions
085 | noun | lifting of [the] embargo
085 | noun | lifting of [the] arms embargo
085 | noun | unfreezing of [the] assets
085 | noun | lifting of [the] tariffs
085 | noun | sanctions waiver for _

# 086 Allow international involvement, not specified below
086 | verb | allow [a] UN mission
086 | verb | accept [a] UN mission
086 | verb | allow international involvement
086 | verb | accept [a] fact-finding mission
086 | verb | allow [a] fact-finding mission
086 | verb | admit [a] fact-finding mission
086 | verb | allow investigators
086 | verb | admit investigators
086 | verb | allow [UN] investigators
086 | verb | give access to
086 | verb | grant access to
086 | verb | open [its] borders to
086 | verb | allow [the] UN to
086 | verb | invite [the] UN to
086 | verb | invite [international] investigators
086 | verb | accept [an] international investigation
086 | verb | allow [an] international investigation
086 | verb | grant visas to [UN] investigators
086 | verb | allow [the] International Criminal Court to
086 | verb | accept [the] jurisdiction of
086 | verb | allow foreign journalists
086 | verb | admit foreign journalists
086 | verb | welcome [the] UN mission
086 | verb | accept [an] international presence
086 | verb | allow [an] international presence

# 0861 Receive deployment of peacekeepers
0861 | verb | accept peacekeepers
0861 | verb | allow peacekeepers
0861 | verb | admit peacekeepers
0861 | verb | receive peacekeepers
0861 | verb | welcome peacekeepers
0861 | verb | host peacekeepers
0861 | verb | allow [the] deployment of peacekeepers
0861 | verb | accept [the] deployment of peacekeepers
0861 | verb | approve [the] deployment of peacekeepers
0861 | verb | consent to [the] deployment of peacekeepers
0861 | verb | allow [a] peacekeeping force
0861 | verb | accept [a] peacekeeping force
0861 | verb | allow [a] peacekeeping mission
0861 | verb | accept [a] peacekeeping mission
0861 | verb | accept [a] UN force
0861 | verb | accept international troops
0861 | verb | accept [an] international force
0861 | verb | allow [an] international force
0861 | verb | accept [a] stabilisation force
0861 | verb | accept [a] stabilization force
0861 | verb | welcome [the] peacekeeping force
0861 | verb | accept [the] UN peacekeepers
0861 | verb | allow [the] UN peacekeepers
0861 | verb | accept [a] multinational force
0861 | verb | allow [a] multinational force
0861 | verb | consent to [the] deployment of

# 0862 Receive inspectors
0862 | verb | allow inspectors
0862 | verb | admit inspectors
0862 | verb | let inspectors in
0862 | verb | accept inspectors
0862 | verb | receive inspectors
0862 | verb | host inspectors
0862 | verb | allow [the] inspectors
0862 | verb | allow inspections
0862 | verb | accept inspections
0862 | verb | grant inspectors access
0862 | verb | give inspectors access
0862 | verb | allow [UN] inspectors
0862 | verb | admit [UN] inspectors
0862 | verb | allow [IAEA] inspectors
0862 | verb | admit [IAEA] inspectors
0862 | verb | allow observers
0862 | verb | admit observers
0862 | verb | accept observers
0862 | verb | invite observers
0862 | verb | allow monitors
0862 | verb | accept monitors
0862 | verb | admit monitors
0862 | verb | allow [international] observers
0862 | verb | allow [international] monitors
0862 | verb | invite [international] observers
0862 | verb | permit inspections
0862 | verb | permit inspectors
0862 | verb | open [its] sites to inspectors
0862 | verb | open [its] facilities to inspectors
0862 | verb | grant access to inspectors
0862 | verb | cooperate with [the] inspectors
0862 | verb | cooperate with [the] IAEA
0862 | verb | allow snap inspections
0862 | verb | allow [the] IAEA access
0862 | verb | grant [the] IAEA access
0862 | verb | allow [the] IAEA to
0862 | verb | reinstall [the] surveillance cameras
0862 | verb | allow [the] inspectors back
0862 | verb | readmit inspectors
0862 | verb | readmit [the] inspectors
0862 | verb | invite [election] observers

# 0863 Allow delivery of humanitarian aid
0863 | verb | allow aid in
0863 | verb | allow aid into
0863 | verb | let aid in
0863 | verb | let aid into
0863 | verb | allow aid deliveries
0863 | verb | allow [humanitarian] aid into
0863 | verb | allow [the] delivery of aid
0863 | verb | allow [the] delivery of [humanitarian] aid
0863 | verb | allow humanitarian access
0863 | verb | grant humanitarian access
0863 | verb | allow aid convoys
0863 | verb | allow [an] aid convoy
0863 | verb | let aid convoys in
0863 | verb | let aid convoys through
0863 | verb | allow aid trucks
0863 | verb | let aid trucks in
0863 | verb | let aid trucks into
0863 | verb | let aid trucks through
0863 | verb | open [a] humanitarian corridor
0863 | verb | open humanitarian corridors
0863 | verb | establish [a] humanitarian corridor
0863 | verb | open [the] border crossing
0863 | verb | open [the] border crossings
0863 | verb | reopen [the] border crossing
0863 | verb | reopen [the] border crossings
0863 | verb | reopen [the] crossing
0863 | verb | open [the] crossing
0863 | verb | allow aid workers
0863 | verb | admit aid workers
0863 | verb | allow [the] entry of aid
0863 | verb | allow fuel into
0863 | verb | allow food into
0863 | verb | allow humanitarian deliveries
0863 | verb | facilitate [the] delivery of aid
0863 | verb | lift [the] restrictions on aid
0863 | verb | permit aid deliveries
0863 | verb | allow aid to enter
0863 | verb | allow aid to reach
0863 | verb | let aid reach
0863 | verb | allow [the] UN to deliver aid
0863 | verb | allow [more] aid into
0863 | verb | allow [more] trucks into
0863 | verb | reopen [the] Rafah crossing
0863 | verb | open [the] Rafah crossing
0863 | verb | allow aid flights

# 087 De-escalate military engagement
087 | verb | withdraw troops
087 | verb | withdraw [its] troops
087 | verb | withdraw [its] troops from
087 | verb | withdraw forces
087 | verb | withdraw [its] forces
087 | verb | withdraw [its] forces from
087 | verb | pull out troops
087 | verb | pull out [its] troops
087 | verb | pull [its] troops out of
087 | verb | pull back troops
087 | verb | pull back [its] troops
087 | verb | pull back [its] forces
087 | verb | pull back from
087 | verb | pull back
087 | verb | pull out of
087 | verb | reduce [its] troops
087 | verb | cut troops
087 | verb | cut [its] troops
087 | verb | scale back military operations
087 | verb | scale back [its] operations
087 | verb | scale down operations
087 | verb | draw down troops
087 | verb | draw down forces
087 | verb | draw down [its] forces
087 | verb | withdraw from
087 | verb | move troops back
087 | verb | stand down
087 | verb | stand down [its] forces
087 | verb | lower [the] alert level
087 | verb | de-escalate
087 | verb | de-escalate tensions
087 | verb | ease tensions
087 | verb | defuse tensions
087 | verb | reduce tensions
087 | verb | halt [its] offensive
087 | verb | halt [the] offensive
087 | verb | halt [the] attacks
087 | verb | halt [its] attacks
087 | verb | halt [the] strikes
087 | verb | halt [its] airstrikes
087 | verb | halt [the] airstrikes
087 | verb | halt [the] bombing
087 | verb | suspend [the] bombing
087 | verb | suspend [its] offensive
087 | verb | suspend airstrikes
087 | verb | suspend [the] airstrikes
087 | verb | suspend military operations
087 | verb | halt military operations
087 | verb | pause [its] offensive
087 | verb | pause military operations
087 | verb | pause [the] attacks
087 | verb | demilitarise
087 | verb | demilitarize
087 | verb | demilitarise [the] zone
087 | verb | demilitarize [the] zone
087 | verb | denuclearise
087 | verb | denuclearize
087 | verb | dismantle [its] nuclear programme
087 | verb | dismantle [its] nuclear program
087 | verb | dismantle [its] nuclear weapons
087 | verb | destroy [its] chemical weapons
087 | verb | hand over [its] chemical weapons
087 | verb | remove [its] missiles from
087 | verb | freeze [its] nuclear programme
087 | verb | freeze [its] nuclear program
087 | verb | halt [its] nuclear programme
087 | verb | halt [its] nuclear program
087 | verb | suspend [its] nuclear tests
087 | verb | halt [its] missile tests
087 | verb | halt missile launches
087 | verb | end [its] military operation
087 | verb | end [its] military operations
087 | verb | end [the] occupation of
087 | verb | end [its] occupation of
087 | verb | withdraw [its] warships
087 | verb | withdraw [its] aircraft carrier
087 | verb | pull back [its] warships
087 | verb | reduce [its] military presence
087 | verb | scale down [its] military presence
087 | verb | remove [its] troops from
087 | verb | relocate troops away from
087 | verb | pull [its] forces back
087 | verb | withdraw [its] heavy weapons
087 | verb | pull back heavy weapons
087 | verb | withdraw heavy weapons
087 | verb | move heavy weapons back
087 | verb | establish [a] demilitarised zone
087 | verb | dismantle [its] checkpoints
087 | verb | remove [the] checkpoints
087 | verb | take down [the] checkpoints
087 | noun | withdrawal of troops
087 | noun | withdrawal of forces
087 | noun | withdrawal of [its] troops
087 | noun | withdrawal of [its] forces
087 | noun | pullout of troops
087 | noun | pullout from _
087 | noun | pull-out from _
087 | noun | drawdown of troops
087 | noun | drawdown of forces
087 | noun | de-escalation of
087 | noun | demilitarisation of
087 | noun | demilitarization of
087 | noun | disarmament of
087 | noun | withdrawal of heavy weapons
087 | noun | troop withdrawal from _

# 0871 Declare truce, ceasefire
0871 | verb | declare [a] ceasefire
0871 | verb | declare [a] cease-fire
0871 | verb | declare [a] truce
0871 | verb | declare [a] unilateral ceasefire
0871 | verb | declare [a] unilateral cease-fire
0871 | verb | declare [a] humanitarian ceasefire
0871 | verb | declare [a] humanitarian cease-fire
0871 | verb | declare [a] humanitarian truce
0871 | verb | declare [a] humanitarian pause
0871 | verb | declare [a] temporary ceasefire
0871 | verb | declare [a] temporary cease-fire
0871 | verb | declare [a] temporary truce
0871 | verb | declare [a] permanent ceasefire
0871 | verb | declare [a] permanent cease-fire
0871 | verb | declare [an] armistice
0871 | verb | declare [a] holiday truce
0871 | verb | declare [an] Easter truce
0871 | verb | declare [a] Christmas truce
0871 | verb | declare [a] partial ceasefire
0871 | verb | declare [a] partial cease-fire
0871 | verb | declare [a] ceasefire with _
0871 | verb | declare [a] cease-fire with _
0871 | verb | declare [a] truce with _
0871 | verb | announce [a] ceasefire
0871 | verb | announce [a] cease-fire
0871 | verb | announce [a] truce
0871 | verb | announce [a] unilateral ceasefire
0871 | verb | announce [a] unilateral cease-fire
0871 | verb | announce [a] humanitarian ceasefire
0871 | verb | announce [a] humanitarian cease-fire
0871 | verb | announce [a] humanitarian truce
0871 | verb | announce [a] humanitarian pause
0871 | verb | announce [a] temporary ceasefire
0871 | verb | announce [a] temporary cease-fire
0871 | verb | announce [a] temporary truce
0871 | verb | announce [a] permanent ceasefire
0871 | verb | announce [a] permanent cease-fire
0871 | verb | announce [an] armistice
0871 | verb | announce [a] holiday truce
0871 | verb | announce [an] Easter truce
0871 | verb | announce [a] Christmas truce
0871 | verb | announce [a] partial ceasefire
0871 | verb | announce [a] partial cease-fire
0871 | verb | announce [a] ceasefire with _
0871 | verb | announce [a] cease-fire with _
0871 | verb | announce [a] truce with _
0871 | verb | agree [a] ceasefire
0871 | verb | agree [a] cease-fire
0871 | verb | agree [a] truce
0871 | verb | agree [a] unilateral ceasefire
0871 | verb | agree [a] unilateral cease-fire
0871 | verb | agree [a] humanitarian ceasefire
0871 | verb | agree [a] humanitarian cease-fire
0871 | verb | agree [a] humanitarian truce
0871 | verb | agree [a] humanitarian pause
0871 | verb | agree [a] temporary ceasefire
0871 | verb | agree [a] temporary cease-fire
0871 | verb | agree [a] temporary truce
0871 | verb | agree [a] permanent ceasefire
0871 | verb | agree [a] permanent cease-fire
0871 | verb | agree [an] armistice
0871 | verb | agree [a] holiday truce
0871 | verb | agree [an] Easter truce
0871 | verb | agree [a] Christmas truce
0871 | verb | agree [a] partial ceasefire
0871 | verb | agree [a] partial cease-fire
0871 | verb | agree [a] ceasefire with _
0871 | verb | agree [a] cease-fire with _
0871 | verb | agree [a] truce with _
0871 | verb | agree on [a] ceasefire
0871 | verb | agree on [a] cease-fire
0871 | verb | agree on [a] truce
0871 | verb | agree on [a] unilateral ceasefire
0871 | verb | agree on [a] unilateral cease-fire
0871 | verb | agree on [a] humanitarian ceasefire
0871 | verb | agree on [a] humanitarian cease-fire
0871 | verb | agree on [a] humanitarian truce
0871 | verb | agree on [a] humanitarian pause
0871 | verb | agree on [a] temporary ceasefire
0871 | verb | agree on [a] temporary cease-fire
0871 | verb | agree on [a] temporary truce
0871 | verb | agree on [a] permanent ceasefire
0871 | verb | agree on [a] permanent cease-fire
0871 | verb | agree on [an] armistice
0871 | verb | agree on [a] holiday truce
0871 | verb | agree on [an] Easter truce
0871 | verb | agree on [a] Christmas truce
0871 | verb | agree on [a] partial ceasefire
0871 | verb | agree on [a] partial cease-fire
0871 | verb | agree on [a] ceasefire with _
0871 | verb | agree on [a] cease-fire with _
0871 | verb | agree on [a] truce with _
0871 | verb | reach [a] ceasefire
0871 | verb | reach [a] cease-fire
0871 | verb | reach [a] truce
0871 | verb | reach [a] unilateral ceasefire
0871 | verb | reach [a] unilateral cease-fire
0871 | verb | reach [a] humanitarian ceasefire
0871 | verb | reach [a] humanitarian cease-fire
0871 | verb | reach [a] humanitarian truce
0871 | verb | reach [a] humanitarian pause
0871 | verb | reach [a] temporary ceasefire
0871 | verb | reach [a] temporary cease-fire
0871 | verb | reach [a] temporary truce
0871 | verb | reach [a] permanent ceasefire
0871 | verb | reach [a] permanent cease-fire
0871 | verb | reach [an] armistice
0871 | verb | reach [a] holiday truce
0871 | verb | reach [an] Easter truce
0871 | verb | reach [a] Christmas truce
0871 | verb | reach [a] partial ceasefire
0871 | verb | reach [a] partial cease-fire
0871 | verb | reach [a] ceasefire with _
0871 | verb | reach [a] cease-fire with _
0871 | verb | reach [a] truce with _
0871 | verb | call [a] ceasefire
0871 | verb | call [a] cease-fire
0871 | verb | call [a] truce
0871 | verb | call [a] unilateral ceasefire
0871 | verb | call [a] unilateral cease-fire
0871 | verb | call [a] humanitarian ceasefire
0871 | verb | call [a] humanitarian cease-fire
0871 | verb | call [a] humanitarian truce
0871 | verb | call [a] humanitarian pause
0871 | verb | call [a] temporary ceasefire
0871 | verb | call [a] temporary cease-fire
0871 | verb | call [a] temporary truce
0871 | verb | call [a] permanent ceasefire
0871 | verb | call [a] permanent cease-fire
0871 | verb | call [an] armistice
0871 | verb | call [a] holiday truce
0871 | verb | call [an] Easter truce
0871 | verb | call [a] Christmas truce
0871 | verb | call [a] partial ceasefire
0871 | verb | call [a] partial cease-fire
0871 | verb | call [a] ceasefire with _
0871 | verb | call [a] cease-fire with _
0871 | verb | call [a] truce with _
0871 | verb | order [a] ceasefire
0871 | verb | order [a] cease-fire
0871 | verb | order [a] truce
0871 | verb | order [a] unilateral ceasefire
0871 | verb | order [a] unilateral cease-fire
0871 | verb | order [a] humanitarian ceasefire
0871 | verb | order [a] humanitarian cease-fire
0871 | verb | order [a] humanitarian truce
0871 | verb | order [a] humanitarian pause
0871 | verb | order [a] temporary ceasefire
0871 | verb | order [a] temporary cease-fire
0871 | verb | order [a] temporary truce
0871 | verb | order [a] permanent ceasefire
0871 | verb | order [a] permanent cease-fire
0871 | verb | order [an] armistice
0871 | verb | order [a] holiday truce
0871 | verb | order [an] Easter truce
0871 | verb | order [a] Christmas truce
0871 | verb | order [a] partial ceasefire
0871 | verb | order [a] partial cease-fire
0871 | verb | order [a] ceasefire with _
0871 | verb | order [a] cease-fire with _
0871 | verb | order [a] truce with _
0871 | verb | implement [a] ceasefire
0871 | verb | implement [a] cease-fire
0871 | verb | implement [a] truce
0871 | verb | implement [a] unilateral ceasefire
0871 | verb | implement [a] unilateral cease-fire
0871 | verb | implement [a] humanitarian ceasefire
0871 | verb | implement [a] humanitarian cease-fire
0871 | verb | implement [a] humanitarian truce
0871 | verb | implement [a] humanitarian pause
0871 | verb | implement [a] temporary ceasefire
0871 | verb | implement [a] temporary cease-fire
0871 | verb | implement [a] temporary truce
0871 | verb | implement [a] permanent ceasefire
0871 | verb | implement [a] permanent cease-fire
0871 | verb | implement [an] armistice
0871 | verb | implement [a] holiday truce
0871 | verb | implement [an] Easter truce
0871 | verb | implement [a] Christmas truce
0871 | verb | implement [a] partial ceasefire
0871 | verb | implement [a] partial cease-fire
0871 | verb | implement [a] ceasefire with _
0871 | verb | implement [a] cease-fire with _
0871 | verb | implement [a] truce with _
0871 | verb | observe [a] ceasefire
0871 | verb | observe [a] cease-fire
0871 | verb | observe [a] truce
0871 | verb | observe [a] unilateral ceasefire
0871 | verb | observe [a] unilateral cease-fire
0871 | verb | observe [a] humanitarian ceasefire
0871 | verb | observe [a] humanitarian cease-fire
0871 | verb | observe [a] humanitarian truce
0871 | verb | observe [a] humanitarian pause
0871 | verb | observe [a] temporary ceasefire
0871 | verb | observe [a] temporary cease-fire
0871 | verb | observe [a] temporary truce
0871 | verb | observe [a] permanent ceasefire
0871 | verb | observe [a] permanent cease-fire
0871 | verb | observe [an] armistice
0871 | verb | observe [a] holiday truce
0871 | verb | observe [an] Easter truce
0871 | verb | observe [a] Christmas truce
0871 | verb | observe [a] partial ceasefire
0871 | verb | observe [a] partial cease-fire
0871 | verb | observe [a] ceasefire with _
0871 | verb | observe [a] cease-fire with _
0871 | verb | observe [a] truce with _
0871 | verb | sign [a] ceasefire
0871 | verb | sign [a] cease-fire
0871 | verb | sign [a] truce
0871 | verb | sign [a] unilateral ceasefire
0871 | verb | sign [a] unilateral cease-fire
0871 | verb | sign [a] humanitarian ceasefire
0871 | verb | sign [a] humanitarian cease-fire
0871 | verb | sign [a] humanitarian truce
0871 | verb | sign [a] humanitarian pause
0871 | verb | sign [a] temporary ceasefire
0871 | verb | sign [a] temporary cease-fire
0871 | verb | sign [a] temporary truce
0871 | verb | sign [a] permanent ceasefire
0871 | verb | sign [a] permanent cease-fire
0871 | verb | sign [an] armistice
0871 | verb | sign [a] holiday truce
0871 | verb | sign [an] Easter truce
0871 | verb | sign [a] Christmas truce
0871 | verb | sign [a] partial ceasefire
0871 | verb | sign [a] partial cease-fire
0871 | verb | sign [a] ceasefire with _
0871 | verb | sign [a] cease-fire with _
0871 | verb | sign [a] truce with _
0871 | verb | accept [a] ceasefire
0871 | verb | accept [a] cease-fire
0871 | verb | accept [a] truce
0871 | verb | accept [a] unilateral ceasefire
0871 | verb | accept [a] unilateral cease-fire
0871 | verb | accept [a] humanitarian ceasefire
0871 | verb | accept [a] humanitarian cease-fire
0871 | verb | accept [a] humanitarian truce
0871 | verb | accept [a] humanitarian pause
0871 | verb | accept [a] temporary ceasefire
0871 | verb | accept [a] temporary cease-fire
0871 | verb | accept [a] temporary truce
0871 | verb | accept [a] permanent ceasefire
0871 | verb | accept [a] permanent cease-fire
0871 | verb | accept [an] armistice
0871 | verb | accept [a] holiday truce
0871 | verb | accept [an] Easter truce
0871 | verb | accept [a] Christmas truce
0871 | verb | accept [a] partial ceasefire
0871 | verb | accept [a] partial cease-fire
0871 | verb | accept [a] ceasefire with _
0871 | verb | accept [a] cease-fire with _
0871 | verb | accept [a] truce with _
0871 | verb | agree to [a] ceasefire
0871 | verb | agree to [a] cease-fire
0871 | verb | agree to [a] truce
0871 | verb | agree to [a] unilateral ceasefire
0871 | verb | agree to [a] unilateral cease-fire
0871 | verb | agree to [a] humanitarian ceasefire
0871 | verb | agree to [a] humanitarian cease-fire
0871 | verb | agree to [a] humanitarian truce
0871 | verb | agree to [a] humanitarian pause
0871 | verb | agree to [a] temporary ceasefire
0871 | verb | agree to [a] temporary cease-fire
0871 | verb | agree to [a] temporary truce
0871 | verb | agree to [a] permanent ceasefire
0871 | verb | agree to [a] permanent cease-fire
0871 | verb | agree to [an] armistice
0871 | verb | agree to [a] holiday truce
0871 | verb | agree to [an] Easter truce
0871 | verb | agree to [a] Christmas truce
0871 | verb | agree to [a] partial ceasefire
0871 | verb | agree to [a] partial cease-fire
0871 | verb | agree to [a] ceasefire with _
0871 | verb | agree to [a] cease-fire with _
0871 | verb | agree to [a] truce with _
0871 | verb | respect [the] ceasefire
0871 | verb | respect [the] cease-fire
0871 | verb | abide by [the] ceasefire
0871 | verb | abide by [the] cease-fire
0871 | verb | honour [the] ceasefire
0871 | verb | honor [the] cease-fire
0871 | verb | respect [the] truce
0871 | verb | abide by [the] truce
0871 | verb | honour [the] truce
0871 | verb | honor [the] truce
0871 | verb | hold fire
0871 | verb | cease fire
0871 | verb | cease hostilities
0871 | verb | halt hostilities
0871 | verb | extend [the] ceasefire
0871 | verb | extend [the] cease-fire
0871 | verb | extend [the] truce
0871 | verb | renew [the] ceasefire
0871 | verb | renew [the] cease-fire
0871 | verb | restore [the] ceasefire
0871 | verb | restore [the] cease-fire
0871 | verb | restore [the] truce
0871 | verb | pause fighting
0871 | verb | pause [the] fighting
0871 | verb | halt fighting
0871 | verb | halt [the] fighting
0871 | verb | stop fighting
0871 | verb | stop [the] fighting
0871 | verb | end hostilities
0871 | verb | lay down [the] guns
0871 | verb | stop firing
0871 | verb | hold [its] fire
0871 | verb | silence [the] guns
0871 | noun | ceasefire with _
0871 | noun | cease-fire with _
0871 | noun | ceasefire between
0871 | noun | cease-fire between
0871 | noun | ceasefire in
0871 | noun | cease-fire in
0871 | noun | truce with _
0871 | noun | truce between
0871 | noun | truce in
0871 | noun | armistice with _
0871 | noun | armistice between
0871 | noun | cessation of hostilities
0871 | noun | pause in fighting
0871 | noun | pause in [the] fighting
0871 | noun | humanitarian pause in
0871 | noun | ceasefire deal with _
0871 | noun | cease-fire deal with _
0871 | noun | truce deal with _

# 0872 Ease military blockade
0872 | verb | lift [the] blockade
0872 | verb | lift [the] blockade of
0872 | verb | lift [the] blockade on
0872 | verb | ease [the] blockade
0872 | verb | ease [the] blockade of
0872 | verb | ease [the] blockade on
0872 | verb | end [the] blockade
0872 | verb | end [the] blockade of
0872 | verb | relax [the] blockade
0872 | verb | lift [the] siege
0872 | verb | lift [the] siege of
0872 | verb | end [the] siege
0872 | verb | end [the] siege of
0872 | verb | lift [the] naval blockade
0872 | verb | ease [the] naval blockade
0872 | verb | reopen [the] ports
0872 | verb | reopen [the] port
0872 | verb | unblock [the] ports
0872 | verb | unblock [the] port
0872 | verb | allow ships to pass
0872 | verb | reopen [the] airspace
0872 | verb | reopen [the] border
0872 | verb | reopen [the] border with _
0872 | verb | allow [free] passage
0872 | verb | grant safe passage to
0872 | verb | allow safe passage for
0872 | verb | open [a] safe corridor
0872 | verb | reopen [the] strait
0872 | verb | reopen [the] roads
0872 | verb | open [the] roads
0872 | verb | allow grain ships to leave
0872 | verb | allow [the] export of grain
0872 | verb | reopen [the] sea lanes
0872 | verb | lift [the] closure of
0872 | verb | lift [the] restrictions on movement
0872 | noun | lifting of [the] blockade
0872 | noun | easing of [the] blockade
0872 | noun | end of [the] blockade
0872 | noun | lifting of [the] siege
0872 | noun | end of [the] siege
0872 | noun | reopening of [the] border
0872 | noun | reopening of [the] ports

# 0873 Demobilize armed forces
0873 | verb | demobilise
0873 | verb | demobilize
0873 | verb | demobilise [its] forces
0873 | verb | demobilize [its] forces
0873 | verb | demobilise [its] troops
0873 | verb | demobilize [its] troops
0873 | verb | demobilise [its] fighters
0873 | verb | demobilize [its] fighters
0873 | verb | demobilise fighters
0873 | verb | demobilize fighters
0873 | verb | disband
0873 | verb | disband [its] militia
0873 | verb | disband [the] militia
0873 | verb | disband [the] army
0873 | verb | disband [its] armed wing
0873 | verb | disarm
0873 | verb | disarm [its] fighters
0873 | verb | lay down their/its arms
0873 | verb | lay down arms
0873 | verb | lay down weapons
0873 | verb | lay down their/its weapons
0873 | verb | put down their/its arms
0873 | verb | hand over their/its weapons
0873 | verb | hand over weapons
0873 | verb | hand in their/its weapons
0873 | verb | hand in weapons
0873 | verb | surrender their/its weapons
0873 | verb | surrender weapons
0873 | verb | give up their/its arms
0873 | verb | give up their/its weapons
0873 | verb | give up arms
0873 | verb | decommission weapons
0873 | verb | decommission [its] weapons
0873 | verb | dismantle [its] militia
0873 | verb | downsize [the] army
0873 | verb | reduce [the] size of [its] army
0873 | verb | cut [the] size of [its] army
0873 | verb | discharge soldiers
0873 | verb | integrate fighters into [the] army
0873 | verb | send troops home
0873 | verb | end conscription
0873 | verb | release reservists
0873 | verb | demobilise reservists
0873 | verb | demobilize reservists
0873 | verb | stand down [its] militia
0873 | verb | dissolve [its] armed wing
0873 | noun | demobilisation of
0873 | noun | demobilization of
0873 | noun | disbandment of
0873 | noun | decommissioning of
0873 | noun | disarmament of fighters
0873 | noun | disarmament of [the] militia

# 0874 Retreat or surrender militarily
0874 | verb | retreat
0874 | verb | retreat from
0874 | verb | surrender
0874 | verb | surrender to _
0874 | verb | abandon [their] positions
0874 | verb | abandon [its] positions
0874 | verb | abandon [the] city
0874 | verb | abandon [the] town
0874 | verb | withdraw from [the] city
0874 | verb | withdraw from [the] town
0874 | verb | raise [the] white flag
0874 | verb | fall back
0874 | verb | beat [a] retreat
0874 | verb | sound [the] retreat
0874 | verb | give up [the] fight
0874 | verb | abandon [the] fight
0874 | verb | pull out of [the] city
0874 | verb | pull out of [the] town
0874 | verb | flee [the] city
0874 | verb | flee their/its positions
0874 | verb | lay down arms and surrender
0874 | verb | surrender [the] city
0874 | verb | hand over [the] city
0874 | verb | capitulate to _
0874 | verb | give up [the] city
0874 | verb | evacuate [its] positions
0874 | verb | retreat across
0874 | verb | withdraw across [the] river
0874 | noun | retreat from
0874 | noun | surrender of
0874 | noun | surrender to _
0874 | noun | capitulation of
0874 | noun | withdrawal from [the] city
0874 | noun | retreat of
