# ruff: noqa: E501
"""Build a synthetic multi-site corpus of whole-page news text dumps.

Each page is one story set into the template of a fictional news site. The
output is meant for evaluating per-site boilerplate *learning*: lines that
recur on many pages of one host (navigation, footers, share bars, newsletter
boxes, bylines, copyright lines, ...) should become drop rules, while the
story paragraphs (written to ``<id>.expected.txt``) must survive.

Usage::

    python tests/data/sites/build.py OUT_DIR [--seed N]

Writes ``corpus.jsonl``, ``<id>.txt``, ``<id>.expected.txt``, ``sites.json``
and ``manifest.json`` into OUT_DIR. Output is deterministic for a given seed.
See README.md next to this file for the sites, the traps and how the expected
texts were decided.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

# fmt: off
FIRST = [
    "Maria", "James", "Aisha", "Tomas", "Grace", "Daniel", "Priya", "Marcus", "Elena", "Owen",
    "Nadia", "Victor", "Hannah", "Luis", "Keiko", "Samuel", "Rosa", "Ethan", "Fatima", "Gregory",
    "Lena", "Andre", "Beatrice", "Colin", "Deborah", "Felix", "Ingrid", "Jamal", "Karen", "Leo",
    "Miriam", "Noah", "Olga", "Patrick", "Rachel", "Stefan", "Tara", "Umar", "Vivian", "Walter",
    "Yolanda", "Zachary", "Carmen", "Dmitri", "Helen", "Isaac", "Joanna", "Kwame",
]
LAST = [
    "Gonzalez", "Whitaker", "Okafor", "Lindqvist", "Brennan", "Castillo", "Nakamura", "Hughes",
    "Petrov", "Dalton", "Haddad", "Moreau", "Sullivan", "Reyes", "Fischer", "Adeyemi", "Caldwell",
    "Novak", "Ramirez", "Thornton", "Iverson", "Kowalski", "Mendez", "Oduya", "Pruitt", "Quinlan",
    "Rasmussen", "Sato", "Tremblay", "Underwood", "Vance", "Waller", "Yilmaz", "Zimmerman",
    "Abernathy", "Bishop", "Coleman", "Delgado", "Easton", "Ferraro", "Garland", "Holloway",
    "Ingram", "Jensen", "Kerr", "Lowell", "Marsh", "Nguyen", "Osborne", "Prescott", "Rowe",
    "Sinclair", "Tate", "Varga", "Weston", "Yates", "Ashford", "Bauer", "Crane", "Duval",
]
TOWNS = [
    "Riverton", "Maple Falls", "Eastbrook", "Cedar Hollow", "Port Alden", "Westmere",
    "Fallon Ridge", "Ashby", "Grantham", "Millbrook", "Stony Point", "Larkspur", "Havenport",
    "Elm Grove", "Kettle Bay", "North Haddon", "Sandown", "Whitby Hills", "Copper Springs",
    "Oakhurst", "Redwater", "Bellhaven", "Tamsworth", "Calder", "Pine Hollow", "Greystone",
    "Marlow", "Fenwick", "Dunmore", "Silver Lake", "Hartwell", "Quarry Hill", "Lindell", "Ottersby",
    "Wrenford", "Brightwater",
]
COUNTIES = [
    "Alden", "Harlan", "Mercer", "Tolland", "Bexley", "Corwin", "Dunham", "Everly",
]
STATES = [
    "Ore.", "Wash.", "Mich.", "Ohio", "Maine", "Minn.", "Vt.", "Colo.", "Wis.", "Idaho",
]
STREETS = [
    "Main Street", "Harbor Road", "Route 9", "Elm Avenue", "Mill Street", "Water Street",
    "Commerce Drive", "Lakeshore Boulevard", "Station Road", "Church Street", "Bridge Street",
    "Ferry Lane", "Orchard Way", "Depot Street", "Quarry Road", "Union Avenue",
]
WEEKDAYS = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
MASCOTS = [
    "Hawks", "Pirates", "Miners", "Wildcats", "Falcons", "Lumberjacks", "Storm", "Rams",
]
RIVERS = [
    "Alder River", "Cold Creek", "Tannery Brook", "Willow River", "Black Fork", "Sable River",
]
# fmt: on

# --------------------------------------------------------------------------
# Story topics: headline templates, lead sentences, further sentences
# --------------------------------------------------------------------------

# Sentence templates may start with "NN|": the lead angles (indexes into "leads") they fit.
# Headline i-th prefix works the same way. Unprefixed sentences fit every angle.
TOPICS: dict[str, dict[str, list[str] | str]] = {
    "council": {
        "section": "local",
        "tags": ["city council", "budget", "{town}"],
        "org": ["{town} City Council", "{town} Board of Selectmen", "{county} County Commission"],
        "role1": ["council member", "commissioner", "mayor", "city manager"],
        "role2": ["retired teacher", "restaurant owner", "finance director", "planning director"],
        "headlines": [
            "0|{org} approves {money} budget after long debate",
            "0|{town} budget passes {vf}-{va}, taxes set to rise",
            "1|{town} leaders delay vote on {street} rezoning",
            "1|Rezoning of {street} put on hold in {town}",
            "2|Residents pack hall as {org} weighs new parking fees",
            "2|{town} parking fee plan draws crowd, criticism",
        ],
        "leads": [
            "The {org} voted {vf}-{va} on {day} night to approve a {money} spending plan for the coming fiscal year, ending weeks of debate over road repairs and staffing.",
            "Members of the {org} postponed a decision on {day} about whether to rezone a stretch of {street}, saying they needed more time to review public comments.",
            "A proposal to raise parking fees in downtown {town} drew a standing-room-only crowd to the {org} meeting on {day}.",
        ],
        "rest": [
            "The meeting ran for more than {n1} hours, and {n2} residents signed up to speak during the public comment period.",
            "0|{p1}, a {role1} who has served since {year0}, said the city could not keep putting off repairs to aging water lines.",
            "“We have been talking about this for years, and the bill is only getting bigger,” {p1l} said.",
            "0|Under the plan, property taxes would rise by about {pct} percent, adding roughly ${n3} a year to the bill on a typical home in {town}.",
            "{p2}, a {role2} who lives near {street}, urged the board to slow down and hold another hearing before the final vote.",
            "Several speakers questioned whether anyone had studied the effect on small businesses along {street}.",
            "01|City staff estimated the work would take {n1} years to complete and would be paid for in part with state grants worth {money2}.",
            "The {org} is expected to take up the remaining items at its next regular meeting on {month} {dom}.",
            "{p1l} described the proposal as a compromise that had been reworked {n1} times since the spring.",
            "A separate measure to extend library hours in {town} passed without discussion on a {vf}-{va} vote.",
            "12|Opponents have collected about {n4} signatures on a petition asking for the issue to be put before voters in {year}.",
            "02|“Nobody up here likes raising fees, but the alternative is closing a fire station,” said {p3}, who chairs the finance committee.",
            "0|The last time {town} raised its tax rate was in {year0}, according to budget documents reviewed by reporters.",
            "2|The new rates would take effect in {month} and would bring in about {money2} a year, according to city estimates.",
        ],
    },
    "weather": {
        "section": "weather",
        "tags": ["weather", "storm", "power outages"],
        "org": [
            "{county} County Emergency Management",
            "{town} Public Works",
            "the National Weather Service office in {town2}",
        ],
        "role1": [
            "emergency management director",
            "meteorologist",
            "public works director",
            "fire chief",
        ],
        "role2": ["homeowner", "farmer", "shop owner", "school principal"],
        "headlines": [
            "0|Storm knocks out power to {n4} homes across {county} County",
            "0|Thousands without power after storm sweeps {county} County",
            "1|Flood warning issued for {river} as heavy rain continues",
            "1|{river} expected to crest above flood stage near {town2}",
            "2|Cleanup begins in {town} after {n2} mph winds topple trees",
        ],
        "leads": [
            "A fast-moving storm swept through {county} County on {day}, knocking out power to about {n4} homes and businesses and bringing down trees across {street} in {town}.",
            "Forecasters issued a flood warning for the {river} on {day} after more than {n1} inches of rain fell in less than a day.",
            "Crews in {town} spent {day} clearing fallen limbs and downed lines after wind gusts of up to {n2} mph raked the area overnight.",
        ],
        "rest": [
            "02|Utility officials said most customers should have service back by {day2}, though some rural areas could wait longer.",
            "{p1}, the {role1} for {county} County, said no serious injuries had been reported as of {time}.",
            "“This one came through faster than anybody expected,” {p1l} said.",
            "1|The {river} was expected to crest about {n1} feet above flood stage near {town2} late {day2}.",
            "02|{p2}, a {role2} on {street}, said a maple tree had fallen across the driveway shortly after midnight.",
            "Schools in {town} and {town2} canceled classes, and several roads remained closed because of debris and standing water.",
            "The storm was the {ordinal} major weather event to hit {county} County since {month}, according to {org}.",
            "02|A warming center opened at the {town} community center and served {n2} people overnight.",
            "02|Officials asked residents to stay away from downed lines and to report outages by phone rather than by visiting utility offices in {town}.",
            "01|Rainfall totals ranged from {n1} inches in {town2} to nearly {n1b} inches in the hills north of {town}.",
            "1|“We had water coming in under the door by four in the morning,” said {p3}, who has lived in {town} for {n2} years.",
            "Insurance adjusters were expected to begin visiting damaged properties in {county} County by the end of the week.",
        ],
    },
    "schools": {
        "section": "education",
        "tags": ["schools", "education", "{town}"],
        "org": [
            "the {town} School Board",
            "{town} Public Schools",
            "the {county} Regional School District",
        ],
        "role1": ["superintendent", "school board chair", "principal", "teachers union president"],
        "role2": ["parent", "high school senior", "bus driver", "music teacher"],
        "headlines": [
            "0|{town} school board weighs closing {n1} elementary schools",
            "0|Enrollment in {town} schools drops for {ordinal} straight year",
            "1|Teachers in {town} reach tentative contract deal",
            "1|Strike averted as {town} teachers, district agree on pay",
            "2|New start times for {town} high school spark debate",
        ],
        "leads": [
            "Members of the {town} School Board heard from dozens of parents on {day} as the district considered closing {n1} elementary schools to close a {money} budget gap.",
            "Teachers in {town} reached a tentative agreement with the district late {day}, averting a strike that had been set to begin the following week.",
            "A plan to push back high school start times in {town} by {n2} minutes drew sharp reactions from parents and coaches at a forum on {day}.",
        ],
        "rest": [
            "0|Enrollment in {town} has fallen by about {pct} percent over the past decade, leaving several buildings half empty.",
            "{p1}, the district's {role1}, said no final decision would be made before {month}.",
            "“These are hard conversations, and we are not going to rush them,” {p1l} said.",
            "1|The proposed contract would raise starting pay to ${n5} and add {n1} planning days to the school calendar.",
            "02|{p2}, a {role2}, said the changes would upend family schedules across {town}.",
            "0|Under the plan, students at {school} would move to a renovated building on {street} beginning next fall.",
            "1|Union members are expected to vote on the agreement on {day2}, and {org} will take it up at its {month} meeting.",
            "0|The district has spent {money2} on repairs to leaking roofs and boilers at {school} since {year0}.",
            "2|Research cited by the district found that teenagers who started class later slept about {n2} minutes more a night.",
            "0|“My kids have walked to {school} their whole lives, and now you want to put them on a bus,” said {p3}.",
            "2|A survey sent to families in {town} drew {n4} responses, with a slight majority favoring the change.",
            "1|“We asked for respect, and I think this contract shows it,” said {p3}, who teaches fourth grade at {school}.",
        ],
    },
    "sports": {
        "section": "sports",
        "tags": ["high school sports", "{mascot}", "{town}"],
        "org": ["{town} High School", "{town} Central", "{town} Academy"],
        "role1": ["head coach", "athletic director", "assistant coach"],
        "role2": ["senior guard", "junior forward", "senior captain", "sophomore guard"],
        "headlines": [
            "0|{town} {mascot} edge {town2} {score_a}-{score_b} to reach state final",
            "0|{mascot} headed to state final after win over {town2}",
            "1|{p1l} steps down after {n2} seasons leading {town} program",
            "2|Late basket lifts {town} past rival {town2}",
        ],
        "leads": [
            "The {town} {mascot} held on for a {score_a}-{score_b} win over {town2} on {day} night, sending the program to its first state final since {year0}.",
            "{p1}, who led the {town} {mascot} for {n2} seasons, announced on {day} that the coming year would be the last.",
            "A basket in the final seconds by {p2l} gave {town} a {score_a}-{score_b} win over rival {town2} on {day}.",
        ],
        "rest": [
            "02|{p2}, a {role2}, finished with {n2} points and made the go-ahead play with {n1} minutes left.",
            "02|“These kids never stopped believing, even when we were down at the half,” said {p1l}, the {role1}.",
            "02|{town2} had beaten {town} twice during the regular season, including a lopsided game in {month}.",
            "0|The {mascot} will face the winner of the other semifinal on {day2} at {venue}.",
            "{p1l} has won {n3} games at {org}, the most in school history.",
            "02|The crowd of about {n4} filled the bleachers at {venue} and spilled onto the track.",
            "1|{p3}, the athletic director, said a search for a new coach would begin after the season ends in {month}.",
            "{town} lost {n1} starters to graduation last spring but returned most of its bench.",
            "0|“I told them before the game that nobody expected us to be here, and that is fine,” {p2l} said.",
            "0|Tickets for the final will go on sale at {org} on {day2} morning.",
            "The {mascot} finished the regular season with a {score_a}-{n1} record in league play.",
            "1|“I have been doing this since I was {n2}, and it is time to let somebody else have a turn,” {p1l} said.",
        ],
    },
    "business": {
        "section": "business",
        "tags": ["business", "jobs", "{town}"],
        "org": ["{company}", "{company} Inc.", "the {town} Chamber of Commerce"],
        "role1": ["owner", "chief executive", "plant manager", "founder"],
        "role2": ["longtime customer", "employee", "neighbor", "landlord"],
        "headlines": [
            "0|{company} to add {n3} jobs at {town} plant",
            "0|{company} plans {money} expansion on {street}",
            "1|Family-owned {shop} on {street} closes after {n2} years",
            "2|New grocery store to open in {town} this {month}",
            "2|Empty {street} storefront in {town} to become grocery store",
        ],
        "leads": [
            "{company} will add about {n3} jobs at its plant in {town} as part of a {money} expansion announced on {day}.",
            "After {n2} years on {street}, the {shop} that generations of {town} residents knew by name will close its doors at the end of {month}.",
            "A regional grocery chain plans to open a store on {street} in {town} this {month}, filling a space that has sat empty since {year0}.",
        ],
        "rest": [
            "0|{p1}, the company's {role1}, said the expansion would roughly double production by {year}.",
            "0|“{town} has been good to us, and we wanted to grow here rather than somewhere else,” {p1l} said.",
            "0|The new positions will pay an average of ${n2} an hour, according to a filing with the state.",
            "02|{p2}, the economic development director for {town}, said the project qualified for a property tax break worth {money2}.",
            "1|Customers lined up on {day} to say goodbye and buy what was left on the shelves.",
            "1|The building on {street} has been sold to a developer who plans to convert the upper floors into {n2} apartments.",
            "2|Vacancy rates in downtown {town} have fallen to about {pct} percent, the lowest in a decade.",
            "1|“It is bittersweet, but it is time,” said {p3}, whose grandparents opened the {shop}.",
            "02|Construction is expected to begin in {month} and finish by the end of {year}.",
            "0|{company} employs about {n4} people across {n1} sites in the region.",
            "12|Rising costs for shipping and insurance squeezed margins at small shops along {street} over the past {n1} years.",
            "2|Residents of {town} have had to drive about {n2} minutes to buy fresh produce since the last grocery closed.",
        ],
    },
    "crime": {
        "section": "news",
        "tags": ["police", "crime", "{town}"],
        "org": [
            "{town} police",
            "the {county} County Sheriff's Office",
            "the {town} Police Department",
        ],
        "role1": ["police chief", "sheriff", "detective sergeant", "police spokesperson"],
        "role2": ["neighbor", "store clerk", "witness", "property manager"],
        "headlines": [
            "0|Man arrested after chase ends on {street} in {town}",
            "1|Police investigate string of car break-ins in {town}",
            "1|Thieves target unlocked cars near {street}, police say",
            "2|{town} woman charged in {money2} fraud case",
        ],
        "leads": [
            "A {n2}-year-old man was arrested on {day} after leading officers on a chase that ended when his car struck a utility pole on {street} in {town}.",
            "Police in {town} are investigating at least {n2} car break-ins reported over the past {n1} weeks in neighborhoods near {street}.",
            "A {town} woman has been charged with stealing about {money2} from a nonprofit where she kept the books, {org} said on {day}.",
        ],
        "rest": [
            "0|{p1}, the {role1}, said no officers were hurt and that the driver was treated at a hospital for minor injuries.",
            "0|The man faces charges including reckless driving and failing to stop for police, according to court records filed in {county} County.",
            "1|Most of the vehicles had been left unlocked, and thieves took cash, phones and at least {n1} handguns, {p1l} said.",
            "1|“We are asking people to lock their cars, even in the driveway,” {p1l} said.",
            "0|{p2}, a {role2} who lives on {street}, said the crash shook the windows shortly after {time} and smoke rose from the car.",
            "2|Investigators said the thefts took place over {n1} years and were discovered during a routine audit in {month}.",
            "2|She is scheduled to appear in {county} County District Court on {day2}.",
            "1|Surveillance video released by {org} shows a man in a dark hooded sweatshirt walking between parked cars on {street}.",
            "The case remains under investigation, and more charges are possible, {p1l} said.",
            "1|{p3}, who runs a shop nearby, said the neighborhood around {street} had been quiet until this spring.",
            "02|Bail was set at ${n5} at an arraignment on {day2}.",
            "2|The nonprofit's board said in a statement that it had added new financial controls and was cooperating with {org}.",
        ],
    },
    "health": {
        "section": "health",
        "tags": ["health", "hospital", "{county} County"],
        "org": [
            "{town} General Hospital",
            "{county} County Health Department",
            "{town} Regional Medical Center",
        ],
        "role1": [
            "chief medical officer",
            "public health director",
            "hospital president",
            "nurse manager",
        ],
        "role2": ["patient", "nurse", "pharmacist", "family doctor"],
        "headlines": [
            "0|{org} to close maternity unit, citing staffing shortages",
            "1|Flu cases climb in {county} County ahead of holidays",
            "1|Health officials urge flu shots as cases double in {county} County",
            "2|New clinic on {street} aims to cut wait times in {town}",
        ],
        "leads": [
            "{org} will stop delivering babies at the end of {month}, hospital leaders said on {day}, citing a shortage of nurses and anesthesiologists.",
            "Flu cases in {county} County have more than doubled over the past {n1} weeks, health officials said on {day}, urging residents to get vaccinated.",
            "A walk-in clinic that opened on {street} this week is meant to take pressure off the emergency room at {org}, its operators said.",
        ],
        "rest": [
            "0|{p1}, the {role1}, said the hospital had tried for {n2} months to recruit enough staff to keep the unit open.",
            "0|“We did not make this decision lightly,” {p1l} said.",
            "0|Expectant parents in {town} will now have to drive about {n2} miles to the nearest hospital with a maternity ward.",
            "1|The department recorded {n3} confirmed cases in the most recent week, compared with {n2} at the same point last year.",
            "2|{p2}, a {role2} in {town}, said waits of {n1} hours or more had become common on weekends.",
            "2|The clinic on {street} will be open from 8 a.m. to 8 p.m. daily and will accept most insurance plans.",
            "12|State health officials said the region's hospitals were running at about {pct} percent of capacity.",
            "A community meeting about the changes is scheduled for {day2} at {time} in the {town} public library.",
            "2|“People need to know where to go when it is not an emergency,” said {p3}, who helped plan the clinic.",
            "1|Vaccines are available at pharmacies and at free clinics on {day2} mornings at the {town} senior center.",
            "1|{p1}, the county's {role1}, said children and older adults accounted for most hospital admissions.",
        ],
    },
    "transport": {
        "section": "news",
        "tags": ["transportation", "roads", "{town}"],
        "org": [
            "the {county} County Transit Authority",
            "the state Department of Transportation",
            "{town} Public Works",
        ],
        "role1": [
            "transit director",
            "project engineer",
            "public works director",
            "agency spokesperson",
        ],
        "role2": ["commuter", "nurse", "delivery driver", "college student"],
        "headlines": [
            "0|{street} bridge in {town} to close for {n1} months of repairs",
            "0|{town} commuters face detours as bridge work begins",
            "1|Ferry service to {town2} resumes after {n1}-year pause",
            "2|Bus fares in {county} County to rise {pct} percent in {month}",
        ],
        "leads": [
            "The {street} bridge in {town} will close to traffic on {day2} for about {n1} months of repairs, {org} said on {day}.",
            "Ferry service between {town} and {town2} will resume in {month} after a {n1}-year suspension, {org} announced on {day}.",
            "Bus fares across {county} County will rise by {pct} percent beginning in {month}, the transit board decided on {day}.",
        ],
        "rest": [
            "0|{p1}, the {role1}, said inspectors found corrosion in the steel beams that support the deck.",
            "0|Drivers will be detoured along {street2}, which could add {n2} minutes to a typical commute.",
            "0|“We know this is a headache, and we will try to finish as early as we can,” {p1l} said.",
            "1|Repairs to the ferry's hull and engines cost {money}, paid mostly by a state grant.",
            "1|{p2}, a {role2} from {town2}, said the suspension had forced a long drive around the bay twice a day.",
            "1|Boats will leave every {n2} minutes during the morning and evening rush.",
            "12|The agency said ridership had recovered to about {pct} percent of its level before {year0}.",
            "2|A one-way adult fare will rise to ${fare}, while discounts for seniors and students will stay the same.",
            "0|Construction crews will work overnight on weekends to limit delays on {street}, according to {org}.",
            "12|“It is the only way across for a lot of people who do not own a car,” said {p3}, who rides the route daily.",
            "0|The project is part of a {money2} program to repair {n2} bridges across the region by {year}.",
            "2|{p2}, a {role2} who rides the bus from {town2}, said the increase would cost about ${n2} more a month.",
        ],
    },
    "environment": {
        "section": "local",
        "tags": ["environment", "{river}", "parks"],
        "org": [
            "the {river} Watershed Council",
            "the state Department of Environmental Quality",
            "{town} Parks and Recreation",
        ],
        "role1": ["executive director", "biologist", "parks director", "water quality manager"],
        "role2": ["volunteer", "angler", "kayaker", "birdwatcher"],
        "headlines": [
            "0|Volunteers pull {n2} tons of trash from {river}",
            "1|Salmon return to {river} after dam removal near {town}",
            "2|{town} to buy {n3} acres for new nature preserve",
            "2|Forest along {river} to become {town} nature preserve",
        ],
        "leads": [
            "More than {n3} volunteers spent {day} hauling tires, shopping carts and plastic from the banks of the {river} near {town}.",
            "For the first time in decades, salmon have been spotted spawning in the upper {river}, two years after a dam near {town} was torn down.",
            "{town} will buy {n3} acres of forest and wetland along the {river} to create a nature preserve, officials said on {day}.",
        ],
        "rest": [
            "0|{p1}, the {role1} of {org}, said the cleanup had grown every year since it began in {year0}.",
            "0|“You would not believe what people throw in a river,” {p1l} said.",
            "1|Crews counted {n2} adult fish in a single stretch of the {river} in {month}, according to {org}.",
            "1|{p2}, who has fished the {river} for {n2} years, said the change had been remarkable.",
            "2|The purchase will cost {money}, most of it covered by a state conservation grant and private donations.",
            "State records show water temperatures in parts of the {river} have risen by about {n1} degrees since the 1990s.",
            "2|Trails and a small parking lot on {street} are expected to open to the public by {year}.",
            "12|“This is what it looked like when my grandfather was a boy,” said {p3}, a {role2} from {town}.",
            "The council plans to plant about {n4} trees along the {river} over the next {n1} years to shade the water.",
            "0|Organizers said the haul included {n2} tires and a rusted safe that no one could open near {town2}.",
        ],
    },
    "arts": {
        "section": "arts",
        "tags": ["arts", "festival", "{town}"],
        "org": [
            "the {town} Arts Council",
            "the {county} County Cultural Trust",
            "the {town} Historical Society",
        ],
        "role1": ["artistic director", "festival organizer", "museum curator", "gallery owner"],
        "role2": ["painter", "muralist", "sculptor", "set designer"],
        "headlines": [
            "0|{town} music festival returns to {venue} with {n2} bands",
            "1|Historic {venue} reopens after {money} restoration",
            "1|Hidden murals uncovered as {town}'s {venue} reopens",
            "2|Mural on {street} celebrates {town}'s mill workers",
        ],
        "leads": [
            "The {town} music festival returns to the {venue} this weekend with {n2} bands on three stages, organizers said on {day}.",
            "The {venue}, closed since {year0}, reopened on {day} after a {money} restoration that uncovered murals hidden for decades.",
            "A new mural stretching {n2} feet along a wall on {street} honors the workers who once filled the mills of {town}.",
        ],
        "rest": [
            "0|{p1}, the {role1}, said ticket sales had already passed last year's total.",
            "1|“We wanted people to walk in and feel like they had stepped back a hundred years,” {p1l} said.",
            "2|{p2}, a {role2} from {town2}, spent {n1} months on the project, working mostly at night.",
            "01|Tickets cost ${n2} for adults, and children under {n1} get in free.",
            "1|The restoration was paid for with {money2} in donations and a grant from {org}.",
            "1|Performances will run through {month} on {day} and {day2} evenings.",
            "0|The festival drew about {n4} visitors last year, filling hotels in {town} and {town2}.",
            "2|“My grandmother worked at the mill on {street} for {n2} years, and I wanted her in it,” said {p3}.",
            "0|Food trucks and a craft market will line {street} during the event.",
            "1|Organizers said the {venue} would host {n2} shows in its first season back.",
            "2|The colors were chosen to match old photographs held by {org}, the artist said.",
        ],
    },
}

GENERIC = [
    "“It is a big deal for a place the size of {town},” {p2l} said.",
    "Officials did not immediately respond to a request for comment on {day} about {town}.",
    "{town} has about {n4} residents and sits roughly {n2} miles from the {county} County seat.",
    "Further details were expected to be released later in the week, {p1l} said.",
    "“We want people in {town} to know that we heard them,” said {p3}.",
    "A public information session is scheduled for {time} {day2} at the {town} community center.",
    "{p2l} said the concerns raised in {month} had not gone away.",
]

HARBOR_CLOSING = "The Harbor Herald will update this story as more information becomes available."
VALLEY_TIPLINE = "Anyone with information is asked to call Valley Crime Stoppers at 555-0199."
LAKESIDE_TAGLINE = "Lakeside Ledger staff contributed to this report."

SCHOOL_NAMES = [
    "Lincoln Elementary",
    "Oak Street School",
    "Riverside Middle School",
    "Hillcrest Elementary",
    "Washburn School",
]
VENUES = [
    "Grand Theater",
    "Palace Hall",
    "Riverside Pavilion",
    "Orpheum",
    "Memorial Field",
    "Civic Arena",
]
SHOPS = ["hardware store", "bakery", "bookstore", "diner", "shoe store", "pharmacy"]
COMPANIES = [
    "Northline Tools",
    "Brightwell Foods",
    "Cascade Composites",
    "Harrow Paper",
    "Keystone Plastics",
    "Summit Fabrication",
    "Ironwood Cabinets",
    "Alder Bay Seafood",
]
ORDINALS = ["second", "third", "fourth", "fifth"]


@dataclass
class Story:
    sid: str
    topic: str
    headline: str
    paragraphs: list[str]
    ctx: dict[str, str]
    wire: str = ""  # agency name for wire stories
    wire_author: str = ""


def _ctx(rng: random.Random, topic: str) -> dict[str, str]:
    t = TOPICS[topic]
    names = rng.sample(range(len(LAST)), 3)
    firsts = rng.sample(FIRST, 3)
    towns = rng.sample(TOWNS, 2)
    ctx = {
        "town": towns[0],
        "town2": towns[1],
        "county": rng.choice(COUNTIES),
        "street": rng.choice(STREETS),
        "street2": rng.choice(STREETS),
        "river": rng.choice(RIVERS),
        "day": rng.choice(WEEKDAYS),
        "day2": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS),
        "dom": str(rng.randint(2, 28)),
        "year": str(rng.randint(2024, 2027)),
        "year0": str(rng.randint(1979, 2019)),
        "time": rng.choice(["7 p.m.", "6:30 p.m.", "10 a.m.", "noon", "9 p.m.", "5:45 a.m."]),
        "n1": str(rng.randint(2, 6)),
        "n1b": str(rng.randint(7, 9)),
        "n2": str(rng.randint(11, 96)),
        "n3": str(rng.randint(110, 980)),
        "n4": f"{rng.randint(1, 48)},{rng.randint(0, 999):03d}",
        "n5": f"{rng.randint(12, 95)},{rng.choice(['000', '500', '250', '750'])}",
        "pct": str(rng.randint(3, 42)),
        "money": f"${rng.randint(1, 48)}.{rng.randint(1, 9)} million",
        "money2": f"${rng.randint(110, 990)},000",
        "fare": f"{rng.randint(2, 4)}.{rng.choice(['25', '50', '75'])}",
        "vf": str(rng.randint(4, 7)),
        "va": str(rng.randint(0, 3)),
        "score_a": str(rng.randint(14, 72)),
        "score_b": "",
        "ordinal": rng.choice(ORDINALS),
        "mascot": rng.choice(MASCOTS),
        "school": rng.choice(SCHOOL_NAMES),
        "venue": rng.choice(VENUES),
        "shop": rng.choice(SHOPS),
        "company": rng.choice(COMPANIES),
        "role1": rng.choice(t["role1"]),
        "role2": rng.choice(t["role2"]),
    }
    ctx["score_b"] = str(int(ctx["score_a"]) - rng.randint(1, 9))
    for i, (li, fi) in enumerate(zip(names, firsts, strict=True), start=1):
        ctx[f"p{i}"] = f"{fi} {LAST[li]}"
        ctx[f"p{i}l"] = LAST[li]
    ctx["org"] = rng.choice(t["org"]).format(**ctx)
    return ctx


def _fmt(s: str, ctx: dict[str, str]) -> str:
    out = s.format(**ctx)
    return out[0].upper() + out[1:]


def _angles(s: str) -> tuple[str, str]:
    """Split an optional "NN|" angle prefix off a template."""
    head, sep, tail = s.partition("|")
    if sep and head.isdigit():
        return head, tail
    return "", s


def _fits(s: str, angle: int) -> bool:
    head, _ = _angles(s)
    return not head or str(angle) in head


def _introduce(templates: list[str]) -> list[str]:
    """Use a person's full name at first mention, surname afterwards."""
    out = []
    seen: set[str] = set()
    for s in templates:
        for k in ("p1", "p2", "p3"):
            full, short = "{" + k + "}", "{" + k + "l}"
            if k in seen:
                continue
            i_s, i_f = s.find(short), s.find(full)
            if i_s != -1 and (i_f == -1 or i_s < i_f):
                s = s.replace(short, "\0", 1).replace(full, short).replace("\0", full)
            if i_s != -1 or i_f != -1:
                seen.add(k)
        out.append(s)
    return out


def make_story(rng: random.Random, sid: str, topic: str, used: set[str]) -> Story:
    """One story with 3-8 paragraphs whose lines are not used by any other story."""
    t = TOPICS[topic]
    for _ in range(50):
        ctx = _ctx(rng, topic)
        angle = rng.randrange(len(t["leads"]))
        heads = [_angles(h)[1] for h in t["headlines"] if _fits(h, angle)]
        headline = _fmt(rng.choice(heads), ctx)
        rest = [_angles(s)[1] for s in t["rest"] if _fits(s, angle)]
        generic = rng.sample(GENERIC, 2)
        n_par = rng.randint(3, 8)
        counts = [rng.choice([1, 1, 2, 2, 2, 3, 3, 4]) for _ in range(n_par)]
        counts[0] = rng.choice([1, 1, 2])
        total = min(sum(counts), len(rest) + len(generic) + 1)
        while sum(counts) > total:  # shorten long paragraphs before dropping any
            i = counts.index(max(counts))
            if counts[i] > 1:
                counts[i] -= 1
            else:
                counts.pop()
        picked_i = sorted(rng.sample(range(len(rest)), min(total - 1, len(rest))))
        sentences = [t["leads"][angle]] + [rest[i] for i in picked_i]
        # splice generic sentences in at random later positions
        for g in generic:
            if len(sentences) < total:
                sentences.insert(rng.randint(2, len(sentences)), g)
        sentences = [_fmt(s, ctx) for s in _introduce(sentences)]
        paragraphs: list[str] = []
        pos = 0
        for c in counts:
            if pos >= len(sentences):
                break
            paragraphs.append(" ".join(sentences[pos : pos + c]))
            pos += c
        if len(paragraphs) < 3 or headline in used or any(p in used for p in paragraphs):
            continue
        used.add(headline)
        used.update(paragraphs)
        return Story(sid, topic, headline, paragraphs, ctx)
    raise RuntimeError(f"could not make a unique story for {sid}")


# --------------------------------------------------------------------------
# Site templates
# --------------------------------------------------------------------------


@dataclass
class Site:
    key: str
    name: str
    pages: int
    nav: list[str]
    nav_style: str  # lines | pipe | dot
    layout: list[str]
    byline: str  # staff | pipe | by | upper | storyby | email
    date_style: str
    reporters: list[str]
    photographers: list[str] = field(default_factory=list)
    account: list[str] = field(default_factory=list)
    ticker: str = ""
    share: list[str] = field(default_factory=list)
    share2: list[str] = field(default_factory=list)
    newsletter: list[str] = field(default_factory=list)
    related: str = ""
    footer: list[str] = field(default_factory=list)
    copyright: str = ""  # may contain {year}
    copyright_mode: str = "fixed"  # fixed | page | random
    counters: list[str] = field(default_factory=list)
    caption: str = ""  # inline | split | ""
    posted: str = ""
    tags: str = ""
    ad: str = ""
    readmore: str = ""
    spacing: str = "none"  # none | double | blocks | mixed
    crlf: bool = False
    extra_top: list[str] = field(default_factory=list)
    dek: bool = False
    topics: list[str] = field(default_factory=list)

    @property
    def host(self) -> str:
        return f"www.{self.key}.example"


FULL = [
    "skip",
    "brand",
    "account",
    "nav",
    "ticker",
    "crumbs",
    "headline",
    "dek",
    "byline",
    "date",
    "counter",
    "share",
    "caption",
    "body",
    "tagline",
    "posted",
    "tags",
    "share2",
    "related",
    "newsletter",
    "comments",
    "footer",
]


def make_sites() -> list[Site]:
    return [
        Site(
            key="harbor-herald",
            name="Harbor Herald",
            pages=20,
            nav=[
                "Home",
                "News",
                "Local",
                "Business",
                "Sports",
                "Opinion",
                "Weather",
                "Obituaries",
                "Events",
                "Contact",
            ],
            nav_style="lines",
            layout=[
                "skip",
                "brand",
                "account",
                "nav",
                "ticker",
                "headline",
                "byline",
                "date",
                "share",
                "caption",
                "body",
                "posted",
                "share2",
                "related",
                "newsletter",
                "footer",
            ],
            byline="staff",
            date_style="published",
            reporters=["Maria Gonzalez", "Peter Lindqvist", "Dana Whitfield", "Ray Osei"],
            photographers=["Tom Becker", "Lucy Park"],
            account=["Search", "Log In", "Subscribe"],
            ticker="BREAKING: {h}",
            share=["Share", "Facebook", "Twitter", "Email"],
            share2=["Share this story"],
            newsletter=[
                "Get the Morning Tide newsletter",
                "The day's top Harbor Herald stories, in your inbox by 6 a.m.",
                "Sign up",
            ],
            related="More from Harbor Herald",
            footer=["About Us", "Contact", "Advertise", "Privacy Policy", "Terms of Use"],
            copyright="© 2008-2024 Harbor Herald Media. All rights reserved.",
            counters=["updated"],
            caption="inline",
            posted="Posted in: {section}",
            ad="Advertisement",
            readmore="Read more: {h}",
            spacing="none",
        ),
        Site(
            key="lakeside-ledger",
            name="Lakeside Ledger",
            pages=19,
            nav=["News", "Sports", "Business", "Lake Life", "Opinion", "Obits"],
            nav_style="pipe",
            layout=[
                "brand",
                "nav",
                "account",
                "headline",
                "byline",
                "date",
                "caption",
                "body",
                "tagline",
                "tags",
                "related",
                "comments",
                "footer",
            ],
            byline="pipe",
            date_style="long",
            reporters=["Hannah Brennan", "Colin Mercer", "Sofia Almeida"],
            photographers=["Jack Moran"],
            account=["Subscribe for $1 a week | Log in | e-Edition"],
            related="Related Stories",
            footer=[
                "Contact the Ledger",
                "Submit a news tip",
                "Place a classified ad",
                "Privacy",
                "Terms of Service",
                "Lakeside Ledger is published by Northwoods Media Group.",
            ],
            copyright="© {year} Lakeside Ledger",
            copyright_mode="page",
            counters=[],
            caption="split",
            tags="Tags: {tags}",
            spacing="double",
            crlf=True,
        ),
        Site(
            key="pinecrest-gazette",
            name="Pinecrest Gazette",
            pages=18,
            nav=[
                "Local",
                "State",
                "Sports",
                "Business",
                "Schools",
                "Opinion",
                "Letters",
                "Obituaries",
                "Weather",
                "Classifieds",
                "Jobs",
                "Real Estate",
            ],
            nav_style="lines",
            layout=[
                "brand",
                "account",
                "nav",
                "ticker",
                "crumbs",
                "headline",
                "dek",
                "byline",
                "date",
                "counter",
                "caption",
                "body",
                "share2",
                "related",
                "newsletter",
                "footer",
            ],
            byline="upper",
            date_style="upper",
            reporters=[
                "Walter Crane",
                "Priya Raman",
                "Joel Hatcher",
                "Anne Duval",
                "Miguel Serrano",
            ],
            photographers=["Ellen Sato", "Gary Voss"],
            account=["e-Edition", "Obituaries", "Classifieds", "Subscribe"],
            ticker="Breaking News: {h}",
            share2=["Facebook", "Twitter", "Email", "Print"],
            newsletter=[
                "Sign up for Gazette Daily",
                "Get headlines from the Pinecrest Gazette delivered every weekday.",
            ],
            related="You might also like",
            footer=[
                "Pinecrest Gazette",
                "112 Mill Street, Pinecrest",
                "Phone: 555-0140",
                "About Us",
                "Contact Us",
                "Subscriber Services",
                "Privacy Policy",
                "Terms of Use",
            ],
            copyright="Copyright © {year} Pinecrest Gazette, a division of Tallgrass Publishing",
            copyright_mode="random",
            counters=["page", "hours"],
            caption="inline",
            ad="ADVERTISEMENT",
            readmore="RELATED: {h}",
            spacing="blocks",
            dek=True,
        ),
        Site(
            key="riverbend-courier",
            name="Riverbend Courier",
            pages=17,
            nav=[
                "Home",
                "News",
                "Sports",
                "Entertainment",
                "Life",
                "Opinion",
                "Obituaries",
                "Contests",
            ],
            nav_style="dot",
            layout=[
                "skip",
                "brand",
                "nav",
                "account",
                "ticker",
                "headline",
                "byline",
                "date",
                "share",
                "body",
                "tags",
                "related",
                "newsletter",
                "comments",
                "footer",
            ],
            byline="by",
            date_style="slash",
            reporters=["Leah Morrow", "Kevin Achebe", "Tess Harlan"],
            account=["Sign in", "Subscribe now", "Search"],
            ticker="Trending: {h} · {h2}",
            share=["Share on Facebook", "Share on X", "Email this story", "Copy link"],
            newsletter=[
                "Stay in the know",
                "Sign up for our free Courier Briefing newsletter.",
                "Enter your email address",
                "Subscribe",
            ],
            related="Most Read",
            footer=[
                "Riverbend Courier",
                "About",
                "Careers",
                "Contact",
                "Privacy Policy",
                "Cookie Settings",
                "Accessibility",
            ],
            copyright="© 2024 Riverbend Courier, LLC",
            counters=["read"],
            tags="Tags: {tags}",
            ad="Advertisement",
            readmore="Read more: {h}",
            spacing="mixed",
            extra_top=[
                "We use cookies to give you the best experience. By continuing you agree to our cookie policy.",
                "Accept",
            ],
        ),
        Site(
            key="northfield-tribune",
            name="Northfield Tribune",
            pages=20,
            nav=["News", "Politics", "Business", "Sports", "Arts", "Health", "Opinion"],
            nav_style="pipe",
            layout=[
                "brand",
                "account",
                "nav",
                "crumbs",
                "headline",
                "byline",
                "date",
                "counter",
                "share",
                "caption",
                "body",
                "posted",
                "tags",
                "related",
                "footer",
            ],
            byline="email",
            date_style="iso",
            reporters=["Elliot Park", "Naomi Fischer", "Hector Ruiz", "Claire Dubois"],
            photographers=["Sam Ortega"],
            account=["Subscribe | Sign In | Search"],
            share=["SHARE", "TWEET", "EMAIL"],
            related="Related",
            footer=["About the Tribune", "Corrections", "Ethics Policy", "Contact", "Privacy"],
            copyright="© {year} Northfield Tribune Company",
            copyright_mode="page",
            counters=["updated"],
            caption="split",
            posted="Filed under: {section}",
            tags="Topics: {tags}",
            readmore="SEE ALSO: {h}",
            spacing="none",
        ),
        Site(
            key="coastal-dispatch",
            name="Coastal Dispatch",
            pages=19,
            nav=[
                "Local",
                "Coast",
                "Fishing",
                "Business",
                "Sports",
                "Weather",
                "Opinion",
                "Events",
                "Photos",
            ],
            nav_style="lines",
            layout=[
                "brand",
                "nav",
                "ticker",
                "headline",
                "byline",
                "date",
                "counter",
                "share",
                "caption",
                "body",
                "posted",
                "related",
                "newsletter",
                "comments",
                "footer",
            ],
            byline="staff",
            date_style="long",
            reporters=["Irene Castillo", "Bo Lindgren", "Tamsin Rhodes", "Abdul Karim"],
            photographers=["Nora Fitch", "Will Haskins"],
            ticker="LATEST | {h}",
            share=["Share", "Tweet", "Email", "Print"],
            newsletter=[
                "Dispatch Daily",
                "Coastal news and weather in your inbox every morning.",
                "Sign Up Now",
            ],
            related="Related",
            footer=[
                "Coastal Dispatch",
                "Advertise",
                "Submit an obituary",
                "Contact us",
                "Terms",
                "Privacy",
            ],
            copyright="© {year} Coastal Dispatch. All rights reserved.",
            copyright_mode="random",
            counters=["hours", "comments"],
            caption="inline",
            posted="Posted in {section}",
            ad="Advertisement",
            spacing="double",
        ),
        Site(
            key="valley-sentinel",
            name="Valley Sentinel",
            pages=18,
            nav=["News", "Crime", "Courts", "Schools", "Sports", "Business"],
            nav_style="lines",
            layout=[
                "brand",
                "account",
                "nav",
                "headline",
                "byline",
                "date",
                "caption",
                "body",
                "share2",
                "related",
                "footer",
            ],
            byline="storyby",
            date_style="uk",
            reporters=["Frank Delaney", "Jo Winters", "Ravi Menon"],
            photographers=["Alma Reyes"],
            account=["Log in", "Subscribe"],
            share2=["Share", "Facebook", "Email"],
            related="More Valley News",
            footer=["Valley Sentinel", "Contact", "Privacy", "© Valley Sentinel Newspapers"],
            copyright="",
            counters=[],
            caption="split",
            ad="Story continues below advertisement",
            spacing="blocks",
            crlf=True,
            topics=["crime"] * 6,
        ),
        Site(
            key="granite-post",
            name="Granite Post",
            pages=17,
            nav=[
                "Top Stories",
                "Local",
                "Region",
                "Outdoors",
                "Sports",
                "Business",
                "Opinion",
                "Obituaries",
                "Calendar",
                "Weather",
                "Photos",
                "Video",
                "Podcasts",
                "Games",
                "Puzzles",
            ],
            nav_style="lines",
            layout=[
                "skip",
                "account",
                "brand",
                "nav",
                "ticker",
                "headline",
                "byline",
                "date",
                "counter",
                "share",
                "body",
                "posted",
                "tags",
                "related",
                "newsletter",
                "footer",
            ],
            byline="pipe",
            date_style="published",
            reporters=["Greta Holm", "Isaac Brandt", "Lydia Okonkwo", "Marcus Hale"],
            account=["Menu", "Search", "Subscribe", "Sign In"],
            ticker="Breaking: {h}",
            share=["Share", "Facebook", "Twitter", "LinkedIn", "Email"],
            newsletter=["Morning Granite", "Sign up for local news every morning."],
            related="More from Granite Post",
            footer=[
                "About",
                "Staff Directory",
                "Advertise",
                "Careers",
                "Contact",
                "Customer Service",
                "Terms",
                "Privacy Policy",
                "Do Not Sell My Personal Information",
            ],
            copyright="Copyright © {year} Granite Post Co.",
            copyright_mode="page",
            counters=["page", "updated"],
            posted="Posted in: {section}",
            tags="Tags: {tags}",
            ad="Advertisement",
            readmore="Read more: {h}",
            spacing="none",
        ),
        Site(
            key="summit-daily-news",
            name="Summit Daily News",
            pages=5,
            nav=["News", "Sports", "Opinion", "Life", "Obits"],
            nav_style="pipe",
            layout=["brand", "nav", "headline", "byline", "date", "body", "related", "footer"],
            byline="by",
            date_style="long",
            reporters=["Hal Jorgensen", "Bea Stanton"],
            related="Related",
            footer=["Summit Daily News", "Contact | Privacy | Terms"],
            copyright="© 2023 Summit Daily News",
            spacing="none",
        ),
        Site(
            key="mill-creek-observer",
            name="Mill Creek Observer",
            pages=4,
            nav=["Home", "News", "Community", "Schools", "Sports", "Opinion", "Calendar", "About"],
            nav_style="lines",
            layout=[
                "brand",
                "nav",
                "headline",
                "byline",
                "date",
                "share",
                "body",
                "tags",
                "footer",
            ],
            byline="staff",
            date_style="slash",
            reporters=["Dot Pembrook", "Eli Strand"],
            share=["Share", "Email"],
            footer=["Mill Creek Observer", "PO Box 12, Mill Creek", "Contact the newsroom"],
            copyright="© {year} Mill Creek Observer",
            copyright_mode="page",
            tags="Tags: {tags}",
            spacing="double",
        ),
        Site(
            key="prairie-voice",
            name="Prairie Voice",
            pages=1,
            nav=["News", "Farm", "Sports", "Opinion", "Obits"],
            nav_style="pipe",
            layout=["brand", "nav", "headline", "byline", "date", "body", "footer"],
            byline="by",
            date_style="long",
            reporters=["Cora Lindahl"],
            footer=["Prairie Voice", "About | Contact | Privacy"],
            copyright="© 2022 Prairie Voice Publishing",
            spacing="none",
        ),
        Site(
            key="eastport-chronicle",
            name="Eastport Chronicle",
            pages=1,
            nav=["Home", "Local", "Sports", "Business", "Opinion", "Obituaries", "Weather"],
            nav_style="lines",
            layout=[
                "brand",
                "account",
                "nav",
                "ticker",
                "headline",
                "byline",
                "date",
                "share",
                "caption",
                "body",
                "related",
                "newsletter",
                "footer",
            ],
            byline="staff",
            date_style="published",
            reporters=["Nils Harper"],
            photographers=["Ada Kim"],
            account=["Search", "Log In", "Subscribe"],
            ticker="BREAKING: {h}",
            share=["Share", "Facebook", "Twitter", "Email"],
            newsletter=["Sign up for our newsletter", "Sign up"],
            related="Related",
            footer=["About Us", "Contact", "Privacy Policy", "Terms of Use"],
            copyright="© 2024 Eastport Chronicle. All rights reserved.",
            caption="inline",
            ad="Advertisement",
            spacing="blocks",
        ),
        Site(
            key="oakmont-times",
            name="Oakmont Times",
            pages=1,
            nav=["News", "Sports", "Arts", "Opinion"],
            nav_style="dot",
            layout=["brand", "nav", "headline", "byline", "date", "body", "tags", "footer"],
            byline="pipe",
            date_style="iso",
            reporters=["June Castellano"],
            footer=["Oakmont Times", "Privacy", "Terms"],
            copyright="© 2021 Oakmont Times",
            tags="Tags: {tags}",
            spacing="double",
            crlf=True,
        ),
        Site(
            key="bayside-bulletin",
            name="Bayside Bulletin",
            pages=1,
            nav=["Local", "Harbor", "Sports", "Business", "Community"],
            nav_style="lines",
            layout=[
                "brand",
                "nav",
                "headline",
                "byline",
                "date",
                "share",
                "body",
                "posted",
                "footer",
            ],
            byline="upper",
            date_style="upper",
            reporters=["Otto Grieve"],
            share=["Share", "Email"],
            footer=["Bayside Bulletin", "Contact", "Privacy"],
            copyright="© 2023 Bayside Bulletin",
            posted="Posted in: {section}",
            spacing="none",
        ),
    ]


# --------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------

# Wire stories and the sites that carry them (same body on every site).
WIRE_PLAN = [
    ("AP", "weather", ["harbor-herald", "coastal-dispatch", "granite-post"]),
    ("AP", "health", ["lakeside-ledger", "northfield-tribune"]),
    (
        "AP",
        "business",
        ["pinecrest-gazette", "riverbend-courier", "valley-sentinel", "granite-post"],
    ),
    (
        "Continental Press",
        "environment",
        ["coastal-dispatch", "lakeside-ledger", "summit-daily-news"],
    ),
    ("AP", "transport", ["northfield-tribune", "harbor-herald"]),
    ("Continental Press", "crime", ["valley-sentinel", "riverbend-courier", "pinecrest-gazette"]),
    ("AP", "council", ["granite-post", "northfield-tribune", "eastport-chronicle"]),
]
# (site, kind): the site republishes one of its own stories a second time.
DUPLICATES = [("coastal-dispatch", "updated"), ("northfield-tribune", "identical")]


@dataclass
class Page:
    pid: str
    site: Site
    story: Story
    date: dt.datetime
    section: str
    paragraphs: list[str]
    note: str = ""
    reporter: str = ""


def _slug(headline: str) -> str:
    out = []
    for ch in headline.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    slug = "".join(out).strip("-")
    if len(slug) > 70:
        slug = slug[:70].rsplit("-", 1)[0]
    return slug


def _section(site: Site, topic: str) -> str:
    want = TOPICS[topic]["section"]
    navs = {n.lower() for n in site.nav}
    return want if want in navs else "news"


def _date_line(site: Site, d: dt.datetime) -> str:
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    mon = MONTHS[d.month - 1]
    if site.date_style == "long":
        return f"{mon} {d.day}, {d.year}"
    if site.date_style == "upper":
        return f"{mon.upper()} {d.day}, {d.year}"
    if site.date_style == "published":
        ap = "a.m." if d.hour < 12 else "p.m."
        return f"Published: {mon} {d.day}, {d.year} at {h12}:{d.minute:02d} {ap}"
    if site.date_style == "iso":
        return f"{d:%Y-%m-%d %H:%M}"
    if site.date_style == "uk":
        return f"{WEEKDAYS[d.weekday()][:3]} {d.day} {mon[:3]} {d.year} {d.hour:02d}.{d.minute:02d} GMT"
    return f"Posted: {d:%m/%d/%Y} {h12}:{d.minute:02d} {ampm}"


def _byline(site: Site, page: Page, rng: random.Random) -> list[str]:
    story = page.story
    if story.wire:
        name = story.wire_author
        org = "Associated Press" if story.wire == "AP" else story.wire
        if site.byline == "upper":
            return [f"By {name.upper()} {org}"]
        if site.byline == "pipe":
            return [f"{name} | {org}"]
        return [f"By {name}, {org}"]
    name = page.reporter
    if site.byline == "staff":
        return [f"By {name}, {site.name} Staff Writer"]
    if site.byline == "pipe":
        return [f"{name} | {site.name}"]
    if site.byline == "upper":
        return [f"By {name.upper()}"]
    if site.byline == "storyby":
        return [f"Story by {name}"]
    if site.byline == "email":
        user = name.split()[0][0].lower() + name.split()[1].lower()
        return [f"By {name}", f"{user}@{site.key}.example"]
    return [f"By {name}"]


def _counter(kind: str, rng: random.Random) -> str:
    if kind == "page":
        return f"Page 1 of {rng.randint(2, 5)}"
    if kind == "hours":
        return f"Posted {rng.randint(1, 23)} hours ago"
    if kind == "updated":
        return f"Updated {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
    if kind == "comments":
        return f"Comments ({rng.randint(0, 140)})"
    return f"{rng.randint(2, 9)} min read"


CAPTIONS = [
    "{p1} speaks during a meeting in {town} on {day}.",
    "A view of {street} in {town} on {day}.",
    "Crews work near {street} in {town}.",
    "{p2}, left, talks with visitors in {town} on {day}.",
    "People gather outside on {street} in {town}.",
]
DEKS = [
    "Officials say a decision could come by {month}.",
    "The change affects residents across {county} County.",
    "Supporters and critics packed the room in {town}.",
]


def render(page: Page, others: list[str], rng: random.Random) -> tuple[str, list[str]]:
    """Return (dump text, body lines) for one page."""
    site, story = page.site, page.story
    blocks: list[list[str]] = []

    def hl() -> str:
        return rng.choice(others)

    for part in site.layout:
        b: list[str] = []
        if part == "skip":
            b = ["Skip to main content"]
        elif part == "brand":
            b = list(site.extra_top) + [site.name]
        elif part == "account":
            b = list(site.account)
        elif part == "nav":
            if site.nav_style == "pipe":
                b = [" | ".join(site.nav)]
            elif site.nav_style == "dot":
                b = [" · ".join(site.nav)]
            else:
                b = list(site.nav)
        elif part == "ticker" and site.ticker:
            h1, h2 = rng.sample(others, 2)
            b = [site.ticker.format(h=h1, h2=h2)]
        elif part == "crumbs":
            b = [f"Home > {page.section.title()} > {story.ctx['town']}"]
        elif part == "headline":
            b = [story.headline]
        elif part == "dek" and site.dek:
            b = [_fmt(rng.choice(DEKS), story.ctx)]
        elif part == "byline":
            b = _byline(site, page, rng)
        elif part == "date":
            b = [_date_line(site, page.date)]
        elif part == "counter":
            b = [_counter(k, rng) for k in site.counters]
        elif part == "share":
            b = list(site.share)
        elif part == "share2":
            b = list(site.share2)
        elif part == "caption" and site.caption and rng.random() < 0.7:
            cap = _fmt(rng.choice(CAPTIONS), story.ctx)
            who = rng.choice(site.photographers) if site.photographers else "Staff"
            if story.wire and rng.random() < 0.5:
                credit = f"{'Associated Press' if story.wire == 'AP' else story.wire} photo"
            else:
                credit = f"{who}/{site.name}"
            if site.caption == "inline":
                b = [f"{cap} (Photo: {credit})"]
            else:
                b = [cap, f"Photo by {credit.replace('/', ' | ')}"]
        elif part == "body":
            paras = page.paragraphs
            ad_at = rng.randint(1, max(1, len(paras) - 1)) if site.ad and len(paras) > 3 else -1
            rm_at = (
                rng.randint(2, len(paras) - 1)
                if site.readmore and len(paras) > 4 and rng.random() < 0.6
                else -1
            )
            for i, p in enumerate(paras):
                if i == ad_at:
                    blocks.append([site.ad])
                if i == rm_at and i != ad_at:
                    blocks.append([site.readmore.format(h=hl())])
                blocks.append([p])
            continue
        elif part == "tagline" and site.key == "lakeside-ledger":
            b = [LAKESIDE_TAGLINE]
        elif part == "posted" and site.posted:
            b = [site.posted.format(section=page.section.title())]
        elif part == "tags" and site.tags:
            tags = [t.format(**story.ctx) for t in TOPICS[story.topic]["tags"]]
            b = [site.tags.format(tags=", ".join(tags))]
        elif part == "related" and site.related:
            n = rng.randint(3, 5)
            b = [site.related] + rng.sample(others, n)
        elif part == "newsletter":
            b = list(site.newsletter)
        elif part == "comments":
            b = [
                f"{rng.randint(0, 90)} Comments"
                if site.key != "coastal-dispatch"
                else "Join the conversation"
            ]
        elif part == "footer":
            b = list(site.footer)
            if site.copyright:
                if site.copyright_mode == "page":
                    year = page.date.year
                elif site.copyright_mode == "random":
                    year = rng.randint(2021, 2024)
                else:
                    year = 0
                b.append(site.copyright.format(year=year))
        if b:
            blocks.append(b)

    spacing = site.spacing
    if spacing == "mixed":
        spacing = rng.choice(["none", "blocks", "double"])
    if spacing == "double":
        lines = [ln for bl in blocks for ln in bl]
        text = "\n\n".join(lines)
    elif spacing == "blocks":
        text = "\n\n".join("\n".join(bl) for bl in blocks)
    else:
        text = "\n".join(ln for bl in blocks for ln in bl)
    text += "\n"
    if site.crlf:
        text = text.replace("\n", "\r\n")
    return text, list(page.paragraphs)


def _wire_story(rng: random.Random, sid: str, agency: str, topic: str, used: set[str]) -> Story:
    story = make_story(rng, sid, topic, used)
    state = rng.choice(STATES)
    tag = "(AP)" if agency == "AP" else "(Continental Press)"
    first = story.paragraphs[0]
    used.discard(first)
    story.paragraphs[0] = f"{story.ctx['town'].upper()}, {state} {tag} — {first}"
    used.add(story.paragraphs[0])
    story.wire = agency
    story.wire_author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return story


def _random_date(rng: random.Random) -> dt.datetime:
    start = dt.datetime(2021, 1, 4, 5, 0)
    return start + dt.timedelta(
        days=rng.randint(0, 1270), hours=rng.randint(0, 16), minutes=rng.randint(0, 59)
    )


def plan_pages(rng: random.Random) -> tuple[list[Site], list[Page]]:
    sites = make_sites()
    used: set[str] = set()
    topic_names = sorted(TOPICS)
    slots: dict[str, list[tuple[Story, str]]] = {s.key: [] for s in sites}

    for i, (agency, topic, carriers) in enumerate(WIRE_PLAN, start=1):
        story = _wire_story(rng, f"wire-{i:02d}", agency, topic, used)
        for key in carriers:
            slots[key].append((story, "syndicated"))

    dup_kinds = dict(DUPLICATES)
    n_local = 0
    for site in sites:
        need = site.pages - len(slots[site.key]) - (1 if site.key in dup_kinds else 0)
        topics = list(site.topics) + [
            rng.choice(topic_names) for _ in range(max(0, need - len(site.topics)))
        ]
        for topic in topics[:need]:
            n_local += 1
            story = make_story(rng, f"story-{n_local:03d}", topic, used)
            if site.key == "harbor-herald" and rng.random() < 0.4:
                story.paragraphs.append(HARBOR_CLOSING)
            if site.key == "valley-sentinel" and topic == "crime":
                story.paragraphs.append(VALLEY_TIPLINE)
            slots[site.key].append((story, "local"))

    pages: list[Page] = []
    for site in sites:
        entries = slots[site.key]
        rng.shuffle(entries)
        site_pages: list[Page] = []
        for story, note in entries:
            d = _random_date(rng)
            section = _section(site, story.topic)
            reporter = rng.choice(site.reporters)
            site_pages.append(
                Page("", site, story, d, section, list(story.paragraphs), note, reporter)
            )
        kind = dup_kinds.get(site.key)
        if kind:
            orig = next(p for p in site_pages if p.note == "local" and len(p.paragraphs) >= 4)
            paras = list(orig.paragraphs)
            d = orig.date
            if kind == "updated":
                # later version: a figure in one paragraph revised, published hours later
                order = sorted(range(1, len(paras)), key=lambda i: abs(i - len(paras) // 2))
                j = next(i for i in order if re.search(r"\b\d{1,3}\b", paras[i]))
                m = re.search(r"\b\d{1,3}\b", paras[j])
                assert m is not None
                new = str(int(m.group()) + rng.randint(2, 9))
                paras[j] = paras[j][: m.start()] + new + paras[j][m.end() :]
                d = d + dt.timedelta(hours=rng.randint(3, 9))
                section = orig.section
            else:
                d = d + dt.timedelta(days=rng.randint(1, 3))
                section = "news" if orig.section != "news" else "local"
            site_pages.append(
                Page("", site, orig.story, d, section, paras, f"duplicate-{kind}", orig.reporter)
            )
        site_pages.sort(key=lambda p: p.date)
        for n, p in enumerate(site_pages, start=1):
            p.pid = f"{site.key}-{n:03d}"
        pages.extend(site_pages)
        assert len(site_pages) == site.pages, (site.key, len(site_pages), site.pages)
    return sites, pages


def build(out_dir: Path, seed: int = 1) -> None:
    rng = random.Random(seed)
    sites, pages = plan_pages(rng)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    site_heads: dict[str, list[str]] = {}
    for p in pages:
        site_heads.setdefault(p.site.key, []).append(p.story.headline)
    all_heads = [p.story.headline for p in pages]
    manifest: dict[str, dict[str, object]] = {}
    with (out_dir / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for p in pages:
            own = [h for h in dict.fromkeys(site_heads[p.site.key]) if h != p.story.headline]
            others = (
                own if len(own) >= 6 else own + [h for h in all_heads if h != p.story.headline][:12]
            )
            text, body = render(p, others, rng)
            url = f"https://{p.site.host}/{p.section}/{p.date:%Y/%m/%d}/{_slug(p.story.headline)}"
            if p.note == "duplicate-updated":
                url += "-updated"
            fh.write(json.dumps({"id": p.pid, "url": url, "text": text}, ensure_ascii=False) + "\n")
            (out_dir / f"{p.pid}.txt").write_bytes(text.encode("utf-8"))
            (out_dir / f"{p.pid}.expected.txt").write_text(
                "\n".join(body) + "\n", encoding="utf-8", newline="\n"
            )
            manifest[p.pid] = {"host": p.site.host, "story": p.story.sid, "kind": p.note}
    (out_dir / "sites.json").write_text(
        json.dumps({s.host: {"pages": s.pages, "single": s.pages == 1} for s in sites}, indent=2)
        + "\n",
        encoding="utf-8",
    )
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    build(args.out_dir, args.seed)


if __name__ == "__main__":
    main()
