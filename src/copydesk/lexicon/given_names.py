"""Given names: the table that says a line under a headline names a person (pure data)."""

from __future__ import annotations

__all__ = ["GIVEN_NAMES"]

# The given names, written as a block of words (one table, easy to read and extend).
_GIVEN_NAMES_TEXT = """
    aaron abby abdul abdullah abigail adam adrian ahmed ahmad aidan aiden alan alastair albert
    alex alexander alexandra alexis alfred ali alice alicia alison allan allison alyssa amanda
    amber amelia amit amy ana andre andrea andreas andrew andy angela angelo angus anil anita
    ann anna anne annie anthony antonio april arjun arthur ashley audrey austin barbara barry
    ben benjamin bernard beth betty bill billy blake bob bobby bonnie brad bradley brandon
    brenda brendan brent brett brian bridget bruce bryan caitlin calvin cameron carl carla
    carlos carol caroline carolyn carrie catherine cathy charles charlie charlotte chris
    christian christina christine christopher chuck claire clare clark claudia colin connie
    conor craig cynthia dale dan dana daniel danielle danny darren dave david dean deborah
    debbie debra denis dennis derek diana diane dina dominic don donald donna doug douglas
    duncan dylan ed eddie edward eileen elaine eleanor elena elizabeth ellen emily emma eric
    erica erik erin ethan eugene eva evan fiona fleur frances francesca francis frank fred
    gabriel gareth gary gavin gemma geoff geoffrey george gerald gerry gil gillian gina glen
    glenn gordon grace graham grant greg gregory hannah harold harry hassan heather helen
    henry holly howard hugh ian isaac isabel jack jackie jacob jacqueline jake james jamie
    jan jane janet janice jason jay jean jeff jeffrey jen jennifer jenny jeremy jerry jess
    jessica jill jim jimmy jo joan joanna joe joel john johnny jon jonathan jonny jordan jose
    joseph josh joshua joy joyce juan judith judy julia julian julie justin karen kate
    katherine kathleen kathryn kathy katie keith kelly ken kenneth kevin kim kirsty kris
    kristen kumar kurt kyle larry laura lauren laurence lee leo leon lewis liam linda lindsay
    lisa liz lois lorna louis louise lucy luis luke lydia lynn maggie malcolm manuel marc
    marcus margaret maria marie marilyn mario mark martha martin mary matt matthew maureen
    max megan melanie melissa michael michelle mike miles mitchell mohammed mohammad molly
    monica nancy naomi natalie nathan neil nick nicholas nicola nicole nigel nina noah norma
    oliver olivia oscar owen pamela patricia patrick paul paula pauline peter phil philip
    phillip priya rachel rahul raj rajesh ralph ravi ray raymond rebecca richard rick rita
    rob robert robin roger ron ronald rose ross roy ruth ryan sally sam samantha samuel sandra
    sara sarah scott sean shane shannon sharon shaun sheila simon sophie stan stanley stella
    stephanie stephen steve steven stuart sue sunil susan suzanne tanya ted teresa terry
    theresa thomas tim timothy tina toby todd tom tommy tony tracy trevor valerie vanessa
    veronica vicky victor victoria vijay vincent vipul virginia walter wayne wendy william
    willie yvonne zoe hans igor ivan lars marco marcos olga omar pablo pat patti pedro pierre
    sergio sven yusuf
"""
# More given names of the languages news sites write in (issue #19): a writer's name under a
# headline is read by its given name, and 444 names missed one writer in three on the WCXB
# dev pages. Words that are also common English words ("hope", "summer", "will") are left
# out: a menu's "Summer Sale" is no writer.
_MORE_GIVEN_NAMES_TEXT = """
    aaliyah abel abraham ada adele adeline adriana adrienne agnes aisha akira alain alana
    alba alberto alec alejandra alejandro alessandra alessandro alexa alexandre alfonso
    alfredo alina alisha alistair allie alma alvin amal amani amara ambrose amelie amina
    amir amrita anastasia anders andrei andres andrzej aneesh angelica angelina angie anika
    anish anjali ankit annabel annabelle annette anshul anton antoine antonia anya archie
    ariana ariel arlene armando arnold arturo arun arvind asha ashish ashok ashton astrid
    aubrey audra aurora ava avery axel ayesha barney barrett bart basil beatrice beatriz
    becky belinda benedict benny bernadette bernie bertrand bethany beverly bianca blair
    blanca boris brady brandi brandy brendon brianna bridgette brigitte britney brittany
    brock brooke bryce caleb callum camila camille candace candice cara carina carissa carlo
    carly carmen carole carson carter casey cassandra cassidy catalina catarina cecilia
    cedric celeste celia cesar chad chandler chandra charity charlene chelsea cheryl chester
    chiara chloe christa christie christoph christy ciara cindy claude claudio clayton
    clifford clint clinton cody cole colleen collin connor constance cora corey cory
    courtney cristina curtis cyril dagmar daisy dallas damian damien damon dane daniela
    daphne darcy daria darius darlene darrell darryl daryl deanna debora declan deepak
    deirdre delia delphine demi denise derrick desmond devin devon dexter diego dieter
    dimitri dinesh dmitri dmitry dolores dominique donovan dora doreen doris dorothy drew
    duane dustin dwayne dwight eamon eamonn ebony eddy edgar edith edmund eduardo edwin
    efrain elias elijah elisa elisabeth elise eliza ella ellie elliot elliott eloise elsa
    elvira emeka emil emilia emilio emmanuel enrique erich erika ernest ernesto esther
    estelle ethel etienne eugenia eunice evelyn ewan fabian fabio faisal farah farid fatima
    federico felicia felicity felipe felix fernando filip finn fleming flora florence floyd
    forrest francesco francine francisco franco francois frankie franz freddie frederick
    frida gabriela gabriella gabrielle gail garrett garry gaurav genevieve geraldine gerard
    gerardo gerhard gianluca gilbert gilles giorgio giovanni giulia giuseppe gladys glenda
    gloria graeme greta gretchen guillaume gunnar gustavo gwen gwendolyn hailey haley hamid
    hamish hana hank hannes harriet harrison harvey hayden hector heidi heinz helena helga
    herbert herman hilary hillary hiroshi hollie horace hubert hugo humberto hunter hussein
    ibrahim ignacio ilana ilya imogen imran ines ingrid irene irving isabella isabelle
    isaiah ismail ivana jacek jackson jacques jaime jakob jamal jameson jana janine jared
    jarrod jasmine jasper javier jayne jeanette jeanne jeannie jenna jennie jesse jessie
    jesus joanne jocelyn jodi jodie joey johan johanna johannes jolene jonas jorge josef
    josefina josephine josie juanita jude jules juliana julien juliet julio junaid justine
    kaitlyn kamala kara karan kareem karim karin karina karl karla kasey katarina katharine
    katrina kayla keira kelsey kendall kendra kenji kenny kerry kieran kimberly kirk kirsten
    krista kristin kristina kristine krystal lacey lana latoya laurel lauri laurie layla
    leah leanne leonard leonardo leslie lester lila lillian lina lionel lloyd logan lola
    lorenzo loretta lori lorraine lourdes luca lucas lucia luciano lucille luigi luisa luka
    lukas lupe luz mackenzie madeleine madeline madison magdalena mahmoud maja mandy manish
    manoj mara marcel marcela marcia margarita margo mari mariana marianne maribel marina
    marion marisa marissa marjorie marlene marsha marshall marta martina marty marvin maryam
    mason mateo mathew mathias matias matilda mattias maurice mauricio maxine maxwell maya
    meera mehmet mei melinda melvin meredith mia micah michele miguel mikhail milan mildred
    milo mindy miranda miriam mitch mohamed mohsen mona morgan moses muhammad muriel murray
    myles myra nadia nadine naveen neha nelson nia niall nico nicolas nicolai nikhil niki
    nikita nikki nikolai nils noel nora noreen norman ollie orlando otto padraig paige paolo
    parker pascal patrice patty pavel peggy penelope percy perry petra philippe phoebe pia
    pietro piotr polly pooja prakash pradeep pranav preeti preston priscilla quentin quinn
    rafael raheem rahim rajiv ramesh ramon rana randall randy raquel rashid raul reba reggie
    regina reginald reid renee rhonda ricardo ricky riley rina rishi roberta roberto robyn
    rocco rod rodney rodrigo rohan rohit roland rolf roman romain ronan ronnie rory rosa
    rosalind rosemary rosie rowan roxanne ruben rudy rupert russ russell ryder sabrina
    sachin sadie salma salvador sameer samir sandeep sanjay santiago santos sarita sasha
    saul savannah scarlett sebastian selena selina serena sergei sergey seth seymour shahid
    shanice shanna sharma shauna shawn shawna sheldon shelby shelley sheri sherri sherry
    shirley shreya shruti sian sidney sienna silvia simone siobhan sofia sondra sonia sonja
    sonya spencer stacey stacy stefan stefanie stefano steffi stephan sudhir suhail sujata
    sumit sunita suresh susanna susie suzie sylvia tabitha tamara tami tammy tania tara
    tariq tatiana taylor teddy terence teri terrence tessa thea theo theodore thierry
    tiffany tobias tomas tommaso toni tonya tori travis trent trey tricia trina trisha
    tristan troy tucker tyler ulrich ursula valentina valentin valeria vance vera verna
    vicki vickie vikram vince viola viviana vivian vivienne vladimir wade wallace wanda
    warren wendell wes wesley whitney wilbur wilhelm willa wilma winston wolfgang xavier
    yasmin yolanda yuki yuri yvette zach zachary zack zane zara zelda ziad zoltan jiri
    takashi hiroko yuko naoko haruki akiko satoshi hideo kazuo ahmet mustafa murat emre elif
    zeynep ayse fatma hakan burak selin oguz olumide oluwaseun chinedu ngozi adebayo kwame
    kofi ama abena thabo sipho lerato nomvula themba
"""
# Given names of the many languages the web writes in, beyond the lists above (issue #19,
# feat/authors-10): Slavic, Baltic, Hungarian, Romanian, Nordic, German, Dutch, French, Spanish,
# Portuguese, Italian, Indian, Arabic, Persian, Turkish, West, East and South African, Irish,
# Welsh, Japanese and Chinese names, and English diminutives. Written from common knowledge of
# names, not from any page; words that are also English words or a month's short form
# ("Jan", "Jun", "Min", "Can", "Lily") are left out.
_WIDER_GIVEN_NAMES_TEXT = """
    marek tomasz pawel paweł krzysztof grzegorz wojciech michal michał lukasz łukasz jakub
    bartosz katarzyna agnieszka malgorzata małgorzata beata ewa halina zofia dorota monika
    aleksandra aleksander dariusz janusz jaroslaw jarosław zbigniew stanislaw stanisław
    radoslaw radek mateusz kamil maciej rafal rafał szymon wiktor wiktoria natalia oksana
    olena oleksandr oleksii taras bohdan yulia iryna svetlana tatyana natasha anatoly alexei
    alexey andrey vasily nikolay dmitriy yevgeny evgeny vadim valery galina lyudmila ludmila
    ekaterina yekaterina katerina kateryna milos miloš nenad dragan goran zoran branko dusan
    dušan jelena marija milica nikola bojan vesna petr ondrej ondřej vaclav václav zdenek
    lenka tereza laszlo lászló istvan istván gabor gábor tamas tamás attila csaba zsofia
    zsófia katalin eszter mihai ionut ioana alexandru cristian bogdan florin radu vlad sorin
    mihaela raluca kristoffer christoffer henrik magnus sigrid bjorn björn freya solveig
    kjell mikael mikkel rasmus jesper morten mette lotte annika elin linnea ebba stina oskar
    fredrik knut jens soren søren tove birgitta jürgen juergen uwe jörg joerg klaus matthias
    florian maximilian moritz katrin katja anja sabine susanne ute birgit ulrike heike silke
    kerstin jutta friedrich gunther günter horst manfred rainer dirk bram daan sander joost
    pieter wouter maarten thijs sanne femke anouk ilse marieke eline françois sylvie
    nathalie veronique véronique sandrine celine céline aurelie aurélie manon juliette
    margaux margot clementine clémentine benoit benoît olivier laurent mathieu matthieu
    thibault thibaut yannick yves herve hervé gaelle gaëlle solene solène emilie émilie
    elodie élodie joaquin joaquín alvaro álvaro gonzalo mariano agustin agustín facundo
    lucía ximena jimena sofía mercedes pilar rocio rocío guadalupe joao joão tiago thiago
    goncalo gonçalo paulo fernanda leticia letícia larissa renata inês matteo davide
    riccardo alessia ilaria federica paola kavya ananya aditi aditya akash abhishek ajay
    anand anuj aarav ayush deepika divya harsh harish hemant jayant kiran kishore krishna
    kunal lakshmi madhuri mahesh manisha meenakshi mohan mukesh nandini nitin nisha pankaj
    parveen pavan poonam prateek pratik priyanka rakesh ritu saurabh sangeeta shalini
    shivani shweta siddharth smita sneha sonali sudha swati tanvi tarun usha varun vinay
    vineet vivek zoya ishaan ishita kabir riya khaled khalid tarek youssef yousef hamza
    bilal nour noor leila yasmine amira mariam zainab zahra mehdi farhad parisa shirin
    nasrin arash babak ozan onur serkan gizem ebru esra merve ozge özge chidinma chiamaka
    chinonso chukwuemeka ifeoma nneka obinna uche ugochi adaeze funmilayo folake tunde
    babatunde oluwafemi temitope tolulope yetunde segun femi kunle amaka kemi abimbola kwesi
    kojo akosua efua abdoulaye mamadou moussa fatou aminata ibrahima ousmane cheikh thandiwe
    zanele lindiwe bongani sizwe nokuthula wanjiru wanjiku njeri kamau otieno achieng akinyi
    wambui kiersten kirstie lillie maddy maddie kenzie mckenzie makenzie jaimie kristy
    kristi kayleigh kaylee kylie bree brianne brielle ashlyn ashleigh aileen alanna annalise
    ainsley hadley kinsley bryony tamsin hattie jemima georgina rebekah becca rhys dafydd
    gethin owain iwan aled huw cillian oisin oisín cian darragh eoin fergus seamus séamus
    lorcan aoife niamh saoirse sinead sinéad orla grainne gráinne caoimhe roisin róisín
    haruto yuto kenta takeshi taro makoto naoki sakura yoko keiko kaori mariko hui ying xin
    hao jie lei ming qing lawrence sophia levi asher ezra jayden grayson kai wyatt josiah
    jaxon everett nolan easton silas ryker bennett beckett emmett gideon weston colton
    paisley addison skylar zoey madelyn serenity everly bella meg nicky ashlee kari tracey
    lynne jillian lindsey meghan pete nate
"""
#: Common given names. A line that is only a name (``Jane Doe`` under the headline) is read
#: as a byline only when every name opens with one of these: under a headline, two
#: capitalised words are as often a menu row (``Story Tools``), an outlet (``Harbour Sun``)
#: or a team as a writer. Extend with ``add_byline_words("given_names", ...)``.
GIVEN_NAMES: tuple[str, ...] = tuple(
    dict.fromkeys((_GIVEN_NAMES_TEXT + _MORE_GIVEN_NAMES_TEXT + _WIDER_GIVEN_NAMES_TEXT).split())
)

# Given names that say a person's gender (issue #20): a pronoun never stands for a person
# whose given name shows the other gender ("Hillary Clinton" for "he"). Only names borne
# almost always by one gender in English-language news; names given to both (Chris, Jordan,
# Kelly, Lee, Robin, Jean) are in neither list.
_FEMININE_GIVEN_NAMES_TEXT = """
    abby abigail adele adriana agnes alexandra alice alicia alison allison alyssa amanda
    amber amelia amy ana anastasia andrea angela angelica angelina anita ann anna anne
    annette annie ashley audrey barbara beatrice becky belinda beth betsy betty
    beverly bianca bonnie brenda bridget brittany brooke caitlin camila camille candace
    carla carly carmen carol carole caroline carolyn cassandra catherine cathy cecilia
    celia chantal charlene charlotte chelsea cheryl chloe christina christine cindy claire
    clare claudia colleen connie constance cynthia daisy danielle daphne darlene deborah
    debbie debra deirdre denise diana diane dina dolores donna dora doris dorothy edith
    eileen elaine eleanor elena elisabeth elise eliza elizabeth ella ellen eloise emily
    emma erica erika erin esther ethel eva evelyn fatima fiona florence frances francesca
    gabriela gabrielle gail gemma geraldine gillian gina gladys gloria grace greta
    gretchen gwen hannah harriet heather heidi helen helena hilary hillary holly ida
    ilana imogen ingrid irene iris isabel isabella isabelle jacqueline jane janet janice
    janine jasmine jeanette jeanne jennifer jenny jessica jill joan joanna joanne jocelyn
    josephine joy joyce judith judy julia julie juliet karen karin kate katherine
    kathleen kathryn kathy katie katrina kellyanne kirsten kirsty kristen kristin
    laura lauren leah linda lisa liz lois loretta lorna lorraine louise
    lucy lydia lynn madeleine maggie mallory marcia margaret maria marie marilyn marion
    marsha martha mary maureen maxine megan meghan melania melanie melinda melissa
    meredith michele michelle mildred miriam molly monica nadia nancy naomi natalie
    natasha nicola nicole nina nora norma olga olivia pamela patricia patti paula
    pauline peggy penelope penny phyllis priscilla rachel rebecca regina renee rhonda
    rita roberta rosa rosalind rose rosemary ruth sally samantha sandra sara sarah
    sharon sheila shirley silvia sofia sonia sophia sophie stacey stella stephanie sue
    susan susanne suzanne sylvia tamara tammy tanya teresa theresa tiffany tina tracey
    ursula valerie vanessa vera veronica vicky victoria virginia vivian wanda wendy
    yolanda yvonne zoe
"""
_MASCULINE_GIVEN_NAMES_TEXT = """
    aaron abdul abraham adam adrian ahmed alan albert alberto alejandro alexander alfred
    allen alvin andre andrew andy angelo anthony antonio arnold arthur barack barry ben
    benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent
    brett brian bruce bryan calvin carl carlos chad charles charlie chuck clarence
    clifford clint colin craig curtis dale dan daniel danny darren dave david dean dennis
    derek dick don donald doug douglas duncan dwight earl ed eddie edgar edward edwin
    elijah elliot emmanuel eric ernest ethan eugene evan felix fernando francis francisco
    frank franklin fred frederick gary gavin geoffrey george gerald gordon graham greg
    gregory harold harry harvey hector henry herbert howard hugh ian isaac ivan jack jacob
    jake james jared jason jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel
    john johnny jon jonathan jorge jose joseph josh joshua juan justin karl keith ken
    kenneth kevin kurt kyle lamar larry lawrence leo leon leonard lewis liam
    lloyd louis luis luke malcolm marco marcus mario mark martin marvin matt matthew
    maurice max michael miguel mike mitch mitchell mohammed mohammad muhammad nathan
    neil nicholas nick nigel noah norman oliver omar oscar owen patrick paul pedro peter
    phil philip phillip pierre rafael ralph ramon randall randy raymond reince reza
    ricardo richard rick ricky rob robert roberto roger roland ron ronald ross roy rudy
    russell ryan salvador samuel scott sean sergei sergio seth shaun sheldon simon
    stanley stephen steve steven stuart ted terrence thomas tim timothy todd tom tommy
    tony travis trevor troy tyler victor vincent vladimir walter warren wayne wesley
    william willie xavier zachary
"""

#: Given names borne by women, lower case: ``she`` may stand for a person named so, ``he``
#: not (the lexicon's ``feminine_given_names``).
FEMININE_GIVEN_NAMES: tuple[str, ...] = tuple(_FEMININE_GIVEN_NAMES_TEXT.split())
#: Given names borne by men, lower case: ``he`` may stand for a person named so, ``she`` not
#: (the lexicon's ``masculine_given_names``).
MASCULINE_GIVEN_NAMES: tuple[str, ...] = tuple(_MASCULINE_GIVEN_NAMES_TEXT.split())
