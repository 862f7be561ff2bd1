package facts

import (
	"fmt"
	"strings"
	"testing"
)

// brief renders a figure compactly: text=value[-high] unit/category q=qualifier.
func brief(f Figure) string {
	h := ""
	if f.High != nil {
		h = fmt.Sprintf("-%g", *f.High)
	}
	q := ""
	if f.Qualifier != "" {
		q = " q=" + f.Qualifier
	}
	return fmt.Sprintf("%s=%g%s %s/%s%s", f.Text, f.Value, h, f.Unit, f.Category, q)
}

func briefs(text string) []string {
	var out []string
	for _, f := range Extract(text) {
		out = append(out, brief(f))
	}
	return out
}

// TestExtractGrammar covers each feature of the grammar with sentences
// written for this test.
func TestExtractGrammar(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Digits.
		{"separators", "The agency counted 5,000 claims and 12,345,678 visits.", []string{"5,000=5000 claims/count", "12,345,678=1.2345678e+07 visits/count"}},
		{"decimals", "The index rose 1.25 percent to 3.5 points.", []string{"1.25 percent=1.25 percent/percent", "3.5 points=3.5 points/measure"}},
		{"space groups", "Organisers expected 5 000 runners on Sunday.", []string{"5 000=5000 runners/count"}},
		{"no-break space groups", "Organisers expected 12\u00a0500 runners.", []string{"12\u00a0500=12500 runners/count"}},
		{"astronomical units", "The comet passes 0.8 AU from the Sun.", []string{"0.8 AU=0.8 AU/measure"}},
		{"under as a place", "The skier was buried under 4 metres of snow.", []string{"4 metres=4 m/measure"}},
		{"under as a hedge", "The pass is under 4 metres wide.", []string{"under 4 metres=4 m/measure q=under"}},
		{"spans side by side", "They were jailed for 4 years and 30 months respectively.", []string{"4 years=4 year/measure", "30 months=30 month/measure"}},
		{"a zoned clock opening an entry", "Storm latest\n10:50 GMT Two navy vessels joined.\n11:05 GMT 3 aircraft joined.", []string{"Two=2 vessels/count", "3=3 aircraft/count"}},
		{"metres apart after a length", "Rock lies bare at an altitude of 2,450 m. Sales were 2,450 m.", []string{"2,450 m=2450 m/measure", "2,450=2450 m/count"}},
		{"golf scores", "Morota, who led after 54 holes, finished on 12 under; Banks was three over par.", []string{"54=54 holes/count", "12 under=12 under par/measure", "three over par=3 over par/measure"}},
		{"millions before a modifier", "It has 48m monthly users and a 48m wall.", []string{"48m=4.8e+07 users/count", "48m=48 m/measure"}},
		{"a climb to a place", "Banks moves up to 9th in the world rankings.", []string{"9th=9 /ordinal"}},
		{"a score told by its words", "The other tie finished 1-2, and City lost 1-3 in a 1-3 defeat.", []string{"1=1 /count", "2=2 /count", "1=1 /count", "3=3 /count", "1=1 /count", "3=3 /count"}},
		{"a dashed range after between", "Between 20-25 people came, in 1-2 metre waves.", []string{"Between 20-25=20-25 people/count", "1-2 metre=1-2 m/measure"}},
		{"up to as the way a figure moved", "They revised growth up to 0.3% from an initial estimate of 0.2%; fines of up to £500 apply from 2026.", []string{"0.3%=0.3 percent/percent", "0.2%=0.2 percent/percent", "up to £500=500 GBP/money q=up to", "2026=2026 /date"}},
		{"over a period after taken", "It combines exposure taken over 11 days; the repair has taken over six hours.", []string{"11 days=11 day/measure", "over six hours=6 hour/measure q=over"}},
		{"years of the era", "The hoard was buried around AD 160; the fort dates from 3200 BC.", []string{"around AD 160=160 /date q=around", "3200 BC=-3200 /date"}},
		{"numbered stages", "Okonjo won stage 17 and the talks went to round 3, but the leader ended the round 4 per cent down.", []string{"17=17 /ordinal", "3=3 /ordinal", "4 per cent=4 percent/percent"}},
		{"hedges after the figure", "Discounts of 50% or more go to adults aged 60 and over and to families with five or more children.", []string{"50% or more=50 percent/percent q=or more", "60 and over=60 year/measure q=and over", "five or more=5 children/count q=or more"}},
		{"and over as a preposition", "The count rose to 60 and over the weekend to 75.", []string{"60=60 /count", "75=75 /count"}},
		{"a spread from and to", "Tickets cost from £35 to £140, after rising from £30 to £120.", []string{"£35 to £140=35-140 GBP/money", "£30=30 GBP/money", "£120=120 GBP/money"}},
		{"reference markers", "It gathered 140,000 signatures by Wednesday.[3] It fell in 38 areas [12].", []string{"140,000=140000 signatures/count", "38=38 areas/count"}},
		{"a century as a noun's modifier", "Ashcombe made four century breaks; the church is four centuries old.", []string{"four=4 breaks/count", "four centuries=4 century/measure"}},
		{"a game clock", "Brandt equalised at 52:48; the meeting is at 12:30.", []string{"52:48=3168 second/measure", "12:30=1230 /time"}},
		{"ages of a group named by a pronoun", "They are aged between 29 and 51 and face ten years.", []string{"29=29 year/measure", "51=51 year/measure", "ten years=10 year/measure"}},
		{"money as an adjective", "Police offered a 50,000-crown reward and a 10-dollar voucher.", []string{"50,000-crown=50000 CZK/money", "10-dollar=10 USD/money"}},
		{"half of what was named", "It cost £85,000, of which half came from the water company. He played the second half well.", []string{"£85,000=85000 GBP/money", "half=0.5 fraction/percent"}},
		{"grams per km", "Its cars emitted 118.6 g/km, above a target of 109.2 grams per km.", []string{"118.6 g/km=118.6 g/km/measure", "109.2 grams per km=109.2 g/km/measure"}},
		{"a period after a sum and a comma", "The record was ¥9.2 trillion, spent over 29 days; they waited over 29 days.", []string{"¥9.2 trillion=9.2e+12 JPY/money", "29 days=29 day/measure", "over 29 days=29 day/measure q=over"}},
		{"millions after a label", "Key facts\nVisits last year: 162m\nHeight: 30m", []string{"162m=1.62e+08 /count", "30m=30 m/measure"}},
		{"a short verb opening a sentence", "Set 287 to win, Eastmere slipped. Section 12 applies.", []string{"287=287 /count"}},
		{"field event marks", "Holt broke the long jump record with 7.12m in round five, with a tailwind of 1.4m/s. Viewers rose to 7.48m in August.", []string{"7.12m=7.12 m/measure", "five=5 /ordinal", "1.4m/s=1.4 m/s/measure", "7.48m=7.48e+06 /count"}},
		{"golf scores hyphenated", "Achterberg closed with a five-under-par round to finish on 17-under, after 72 holes.", []string{"five-under-par=5 under par/measure", "17-under=17 under par/measure", "72=72 holes/count"}},
		{"a named model placed second", "The Torvik E5 led with 4,318, the Lumen 3 second on 3,902, after a 3 second delay.", []string{"4,318=4318 /count", "3,902=3902 /count", "3 second=3 second/measure"}},
		{"rates per thousand", "The rate rose to 9.8 per 1,000 people; there were 9.8 births per thousand; CO2 hit 421 parts per million.", []string{"9.8=9.8 per 1,000/measure", "9.8=9.8 per 1,000/measure", "421 parts per million=421 ppm/measure"}},
		{"a change from a noun of", "May's figure was revised up from growth of 0.3% to 0.5%.", []string{"0.3%=0.3 percent/percent", "0.5%=0.5 percent/percent"}},
		{"times as many", "Her forces fire 6,000 shells a day and need at least three times as many; costs are four times higher.", []string{"6,000=6000 shells/count", "at least three times=3 times/measure q=at least", "four times=4 times/measure"}},
		{"a span before a clause", "The attack lasted more than an hour before gunships arrived; they met a week before the vote.", []string{"more than an hour=1 hour/measure q=more than"}},
		{"grams glued", "A pipit weighing 11g flew far, on a 5G network; it climbed to altitudes of up to 4,800 m.", []string{"11g=11 g/measure", "up to 4,800 m=4800 m/measure q=up to"}},
		{"pressures", "The pipe burst at 7 bar; the storm fell to 955 millibars, or 955 hPa; tyres need 32 psi; three bars closed.", []string{"7 bar=7 bar/measure", "955 millibars=955 mbar/measure", "955 hPa=955 hPa/measure", "32 psi=32 psi/measure", "three=3 bars/count"}},
		{"times after phone", "He looked at his phone 23 times; call phone 0800 412 776.", []string{"23=23 times/count"}},
		{"release as a verb", "Each side will release 120 detainees, and Release 3 ships.", []string{"120=120 detainees/count"}},
		{"negative", "The economy shrank by -0.4% in the quarter.", []string{"-0.4%=-0.4 percent/percent"}},
		{"minus word", "Overnight the temperature fell to minus 12 degrees Celsius.", []string{"minus 12 degrees Celsius=-12 °C/measure"}},
		// Number words.
		{"words", "Twelve miners and twenty-five guards were rescued.", []string{"Twelve=12 miners/count", "twenty-five=25 guards/count"}},
		{"hundred and", "The ship carried one hundred and five passengers.", []string{"one hundred and five=105 passengers/count"}},
		{"dozen", "Police arrested a dozen protesters and two dozen fans.", []string{"a dozen=12 protesters/count", "two dozen=24 fans/count"}},
		{"half a million", "The storm cut power to half a million homes.", []string{"half a million=500000 homes/count"}},
		{"word scale", "The city has two million residents.", []string{"two million=2e+06 residents/count"}},
		// Vague magnitudes.
		{"dozens", "Dozens of villagers were injured in the blast.", []string{"Dozens=12-120 villagers/casualties"}},
		{"hundreds", "Hundreds of flights were cancelled.", []string{"Hundreds=100-1000 flights/count"}},
		{"thousands", "Thousands of workers marched through the capital.", []string{"Thousands=1000-10000 workers/count"}},
		{"tens of thousands", "Tens of thousands of fans packed the square.", []string{"Tens of thousands=10000-100000 fans/count"}},
		{"hundreds of thousands", "The flood displaced hundreds of thousands of families.", []string{"hundreds of thousands=100000-1e+06 families/count"}},
		{"millions", "Millions of viewers watched the final.", []string{"Millions=1e+06-1e+07 viewers/count"}},
		{"vague money", "The scheme cost millions of dollars.", []string{"millions=1e+06-1e+07 USD/money"}},
		{"vague time", "The ruins are thousands of years old.", []string{"thousands=1000-10000 year/measure"}},
		// Scale words and money.
		{"million", "The firm raised $1.2 million from investors.", []string{"$1.2 million=1.2e+06 USD/money"}},
		{"bn glued", "The deal is worth $2bn.", []string{"$2bn=2e+09 USD/money"}},
		{"k glued", "The striker earns £300k a week.", []string{"£300k=300000 GBP/money"}},
		{"m glued", "The club paid €1.5m for the winger.", []string{"€1.5m=1.5e+06 EUR/money"}},
		{"m as million", "The app has 1.5m users.", []string{"1.5m=1.5e+06 users/count"}},
		{"US$", "Exports reached US$45 billion last year.", []string{"US$45 billion=4.5e+10 USD/money"}},
		{"euros word", "The fine was 300 million euros.", []string{"300 million euros=3e+08 EUR/money"}},
		{"yen", "The bank set aside 2 trillion yen.", []string{"2 trillion yen=2e+12 JPY/money"}},
		{"yuan", "Sales rose to 80 billion yuan.", []string{"80 billion yuan=8e+10 CNY/money"}},
		{"rupees", "The scheme costs 500 crore rupees.", []string{"500 crore rupees=5e+09 INR/money"}},
		{"rupee sign", "The ticket costs ₹1,200.", []string{"₹1,200=1200 INR/money"}},
		{"dollars word", "He was paid 40,000 dollars.", []string{"40,000 dollars=40000 USD/money"}},
		{"cents", "Shares closed at 85 cents.", []string{"85 cents=0.85 USD/money"}},
		{"euro cents", "Tolls rose by 30 euro cents.", []string{"30 euro cents=0.3 EUR/money"}},
		{"pounds as money", "Shares fell 12 pence to 3.41 pounds, and the boat landed 40 pounds of fish.", []string{"12 pence=0.12 GBP/money", "3.41 pounds=3.41 GBP/money", "40 pounds=40 lb/measure"}},
		{"ISO code", "The bond raised EUR 500 million.", []string{"EUR 500 million=5e+08 EUR/money"}},
		// Percent.
		{"percent sign", "Turnout was 62%.", []string{"62%=62 percent/percent"}},
		{"per cent", "Prices rose 4.5 per cent.", []string{"4.5 per cent=4.5 percent/percent"}},
		{"percentage points", "The rate fell 0.25 percentage points.", []string{"0.25 percentage points=0.25 percentage points/percent"}},
		{"basis points", "The bank cut rates by 50 basis points.", []string{"50 basis points=50 basis points/percent"}},
		// Qualifiers.
		{"at least", "At least 40 people died in the fire.", []string{"At least 40=40 people/casualties q=at least"}},
		{"more than", "More than 300 homes were destroyed.", []string{"More than 300=300 homes/count q=more than"}},
		{"nearly", "The project took nearly 9 years.", []string{"nearly 9 years=9 year/measure q=nearly"}},
		{"an estimated", "An estimated 4,000 people attended.", []string{"An estimated 4,000=4000 people/count q=estimated"}},
		{"up to", "Up to 15 cm of snow is expected.", []string{"Up to 15 cm=15 cm/measure q=up to"}},
		{"fewer than", "Fewer than 200 tickets remain.", []string{"Fewer than 200=200 tickets/count q=fewer than"}},
		{"as many as", "As many as 70 ships were stranded.", []string{"As many as 70=70 ships/count q=as many as"}},
		{"about money", "The repairs cost about $4,500.", []string{"about $4,500=4500 USD/money q=about"}},
		{"some", "Some 1,200 soldiers took part.", []string{"Some 1,200=1200 soldiers/count q=some"}},
		{"just over", "Just over half of voters agreed.", []string{"Just over half=0.5 fraction/percent q=just over"}},
		{"over as preposition", "The loan will be repaid over 10 years.", []string{"10 years=10 year/measure"}},
		// Ranges.
		{"to range", "Officials expect 25 to 30 delegates.", []string{"25 to 30=25-30 delegates/count"}},
		{"between range", "Between 200 and 250 workers will lose their jobs.", []string{"Between 200 and 250=200-250 workers/count"}},
		{"dash range", "The forecast is for 10-15 cm of rain.", []string{"10-15 cm=10-15 cm/measure"}},
		{"en dash range", "The study followed 25–30 patients.", []string{"25–30=25-30 patients/count"}},
		{"scaled range", "The plan could cost $1.5 to $2 billion.", []string{"$1.5 to $2 billion=1.5e+09-2e+09 USD/money"}},
		{"percent range", "Growth will be 2% to 3% next year.", []string{"2% to 3%=2-3 percent/percent"}},
		{"from to is two", "Unemployment rose from 4.1% to 4.3%.", []string{"4.1%=4.1 percent/percent", "4.3%=4.3 percent/percent"}},
		// Fractions.
		{"half of", "Half of the budget went to defence.", []string{"Half=0.5 fraction/percent"}},
		{"a third", "About a third of the staff quit.", []string{"About a third=0.3333333333333333 fraction/percent q=about"}},
		{"two-thirds", "Two-thirds of members backed the plan.", []string{"Two-thirds=0.6666666666666666 fraction/percent"}},
		{"one in five", "One in five children lives in poverty.", []string{"One in five=0.2 fraction/percent"}},
		{"slash fraction", "Nearly 3/4 of the ballots were counted.", []string{"Nearly 3/4=0.75 fraction/percent q=nearly"}},
		{"third as ordinal", "She won a third term in office.", []string{"third=3 /ordinal"}},
		// Measures.
		{"km", "The convoy travelled 120 km overnight.", []string{"120 km=120 km/measure"}},
		{"miles", "The fire spread across 40 square miles.", []string{"40 square miles=40 sq mile/measure"}},
		{"hectares", "Farmers lost 3,000 hectares of crops.", []string{"3,000 hectares=3000 hectare/measure"}},
		{"acres", "The estate covers 450 acres.", []string{"450 acres=450 acre/measure"}},
		{"tonnes", "The ship carried 80,000 tonnes of grain.", []string{"80,000 tonnes=80000 tonne/measure"}},
		{"shares as subjects and full marks", "Of the pupils, roughly a third qualify; it was rated 5 out of 5, up 30% in a year; a third runway.", []string{"roughly a third=0.3333333333333333 fraction/percent q=roughly", "5 out of 5=1 fraction/percent", "30%=30 percent/percent", "third=3 /ordinal"}},
		{"grouped digits after a name", "Eastgate recorded 141,300 and Hallam Green 98,750; the Boeing 737 and 1,140 seats spread over 3 tiers.", []string{"141,300=141300 /count", "98,750=98750 /count", "1,140=1140 seats/count", "3=3 tiers/count"}},
		{"sports nouns", "They made 17 three-pointers; he has nine ODI hundreds; the tournament produced 47 centuries; hundreds watched.", []string{"17=17 pointers/count", "nine=9 hundreds/count", "47=47 centuries/count", "hundreds=100-1000 centuries/count"}},
		{"an age hedged and a sea area", "The timbers are over 150 years old; the search covers 900 square nautical miles.", []string{"over 150 years=150 year/measure q=over", "900 square nautical miles=900 sq nautical mile/measure"}},
		{"a share with its noun and a length before a noun", "Patients filled roughly one bed in six; the Rose, a 14 m trawler, sank; one child in 2024 died.", []string{"roughly one bed in six=0.16666666666666666 fraction/percent q=roughly", "14 m=14 m/measure", "one=1 child/count", "2024=2024 /date"}},
		{"sols, kilopascals and megahertz", "Drilling took 14 sols; the cabin lost about 1.4 kPa; signals at 1,100 MHz.", []string{"14 sols=14 sol/measure", "about 1.4 kPa=1.4 kPa/measure q=about", "1,100 MHz=1100 MHz/measure"}},
		{"a share of a million after a hedge", "An estimated quarter of a million passengers were hit; a quarter of the staff left.", []string{"An estimated quarter of a million=250000 passengers/count q=estimated", "a quarter=0.25 fraction/percent"}},
		{"a currency known by its conversion", "Withdrawals reached about 38 billion korvans ($410 million); the limit is 150,000 korvans.", []string{"about 38 billion korvans=3.8e+10 korvan/money q=about", "$410 million=4.1e+08 USD/money", "150,000 korvans=150000 korvan/money"}},
		{"a signed change", "Commonwealth Party; 340; +43\nThey gained +43 seats; call +44 20 7946 0958.", []string{"340=340 /count", "+43=43 /count", "+43=43 seats/count"}},
		{"one of so many", "They have won just one of their last five matches; it is one of the largest.", []string{"one=1 matches/count", "five=5 matches/count"}},
		{"one of the group", "One of the children stepped on it; one of the founders said so; it is one of the largest.", []string{"One=1 children/count"}},
		{"watts, hertz and megapixels", "It has a 120Hz screen, a 50 megapixel camera and 65 W charging; 4 w's.", []string{"120Hz=120 Hz/measure", "50 megapixel=50 megapixel/measure", "65 W=65 W/measure", "4=4 w/count"}},
		{"cubic kilometres", "The glacier lost 0.84 km³ of ice (range 0.71 to 0.97 cubic kilometres).", []string{"0.84 km³=0.84 cubic km/measure", "0.71 to 0.97 cubic kilometres=0.71-0.97 cubic km/measure"}},
		{"micrograms per litre", "Lead reached up to 38 µg/l, and 52 micrograms per litre at one school.", []string{"up to 38 µg/l=38 µg/l/measure q=up to", "52 micrograms per litre=52 µg/l/measure", "one=1 school/count"}},
		{"a game clock into overtime", "Rantala scored 3:41 into overtime, with 0:52 left; the polls close at 9:30.", []string{"3:41=221 second/measure", "0:52=52 second/measure", "9:30=930 /time"}},
		{"set scores without commas", "Navarro beat Lindqvist 6-4 3-6 7-6 in two hours.", []string{"6=6 /count", "4=4 /count", "3=3 /count", "6=6 /count", "7=7 /count", "6=6 /count", "two hours=2 hour/measure"}},
		{"tonne symbol apart", "Each cask weighs about 110 t and the crane lifts 40t.", []string{"about 110 t=110 tonne/measure q=about", "40t=40 tonne/measure"}},
		{"barrels per day", "Output rose to 1.2 million barrels per day.", []string{"1.2 million barrels per day=1.2e+06 barrel/day/measure"}},
		{"barrels", "The tanker holds 2 million barrels.", []string{"2 million barrels=2e+06 barrel/measure"}},
		{"mph", "Gusts reached 90 mph.", []string{"90 mph=90 mph/measure"}},
		{"km/h", "Winds of 150 km/h battered the coast.", []string{"150 km/h=150 km/h/measure"}},
		{"celsius glued", "It was 38C in the shade.", []string{"38C=38 °C/measure"}},
		{"fahrenheit", "The high will be 102 degrees Fahrenheit.", []string{"102 degrees Fahrenheit=102 °F/measure"}},
		{"megawatts", "The plant will produce 600 megawatts.", []string{"600 megawatts=600 MW/measure"}},
		{"MW", "A 50 MW solar farm opened.", []string{"50 MW=50 MW/measure"}},
		{"hours", "The siege lasted 48 hours.", []string{"48 hours=48 hour/measure"}},
		{"years", "He served 17 years in prison.", []string{"17 years=17 year/measure"}},
		{"year-old", "A 34-year-old man was arrested.", []string{"34-year-old=34 year/measure"}},
		{"age commas", "The suspect, 29, was arrested at home.", []string{"29=29 year/measure"}},
		{"feet and inches", "The 6ft 2in striker signed.", []string{"6ft=6 ft/measure", "2in=2 inch/measure"}},
		{"kg", "Customs seized 250 kg of cocaine.", []string{"250 kg=250 kg/measure"}},
		{"litres", "Each family receives 20 litres of water.", []string{"20 litres=20 litre/measure"}},
		{"magnitude", "A magnitude 7.1 quake struck offshore.", []string{"magnitude 7.1=7.1 magnitude/measure"}},
		{"richter", "The quake, measuring 6.2 on the Richter scale, hit at dawn.", []string{"6.2=6.2 magnitude/measure"}},
		{"age decade", "The singer, who is in her 70s, cancelled the tour.", []string{"70s=70-79 year/measure"}},
		{"score win", "The club secured a 3-0 win over Leeds.", []string{"3=3 /count", "0=0 /count"}},
		{"tally", "The bill passed the House by a vote of 218 to 214.", []string{"218=218 /count", "214=214 /count"}},
		{"season", "In the 2019-20 season the club lost £62m.", []string{"2019-20=2019-2020 /date", "£62m=6.2e+07 GBP/money"}},
		{"change then level", "Brent rose 2 cents to $78.40 a barrel.", []string{"2 cents=0.02 USD/money", "$78.40=78.4 USD/money"}},
		{"seven in 10", "Seven in 10 voters backed the plan.", []string{"Seven in 10=0.7 fraction/percent"}},
		{"of its last", "The team has won five of its last six games.", []string{"five=5 games/count", "six=6 games/count"}},
		{"net zero", "The target is net zero emissions by 2050.", []string{"2050=2050 /date"}},
		// Dates, times, ordinals.
		{"year", "The bridge opened in 1998.", []string{"1998=1998 /date"}},
		{"year adjective", "The 2003 invasion changed the region.", []string{"2003=2003 /date"}},
		{"year count", "The firm cut 2000 jobs.", []string{"2000=2000 jobs/count"}},
		{"month day", "The vote is set for Dec. 31.", []string{"Dec. 31=1231 /date"}},
		{"full date", "The law took effect on Dec. 31, 2019.", []string{"Dec. 31, 2019=2.0191231e+07 /date"}},
		{"day month", "Talks resume on 14 February.", []string{"14 February=214 /date"}},
		{"month year", "The plant closed in March 2020.", []string{"March 2020=202003 /date"}},
		{"decade", "Crime peaked in the 1990s.", []string{"1990s=1990-1999 /date"}},
		{"clock am", "The blast happened at 10:30 a.m. local time.", []string{"10:30 a.m.=1030 /time"}},
		{"clock pm", "Polls close at 8 p.m.", []string{"8 p.m.=2000 /time"}},
		{"clock 24h", "The match starts at 14:00 GMT.", []string{"14:00=1400 /time"}},
		{"clock no colon", "Talks resume at 1500 GMT and 0900 local time.", []string{"1500 GMT=1500 /time", "0900 local time=900 /time"}},
		{"clock dot", "He was found at 11.15am.", []string{"11.15am=1115 /time"}},
		{"m as million", "The list rose to a record 7.48m in August: 7.48m patients, 1.2bn people and 300k views.", []string{"7.48m=7.48e+06 /count", "7.48m=7.48e+06 patients/count", "1.2bn=1.2e+09 people/count", "300k=300000 views/count"}},
		{"m as metres", "She jumped 8.95m, waves of up to 7.5m hit a 40m section of the 3.2m sea wall and the surge peaked at 1.4m.", []string{"8.95m=8.95 m/measure", "up to 7.5m=7.5 m/measure q=up to", "40m=40 m/measure", "3.2m=3.2 m/measure", "1.4m=1.4 m/measure"}},
		{"m after stood at", "The list stood at 7.42m while the tower stands at 12.5m and the spire stood 30m tall.", []string{"7.42m=7.42e+06 /count", "12.5m=12.5 m/measure", "30m=30 m/measure"}},
		{"m as metres in races", "She won the 800m title and a 100m final, then fell 30m from a 7.5m-high ramp.", []string{"800m=800 m/measure", "100m=100 m/measure", "30m=30 m/measure", "7.5m=7.5 m/measure"}},
		{"m as a level", "Viewers rose to 25m. A worker fell 30m. The river rose to 5m.", []string{"25m=2.5e+07 /count", "30m=30 m/measure", "5m=5 m/measure"}},
		{"m as million with a noun", "Sponsors paid £2.5m and 2.5m euros, and 1.2m trees were planted.", []string{"£2.5m=2.5e+06 GBP/money", "2.5m euros=2.5e+06 EUR/money", "1.2m=1.2e+06 trees/count"}},
		{"scale glued to a heading", "Waiting list hits 7.48mHealth news", []string{"7.48m=7.48e+06 /count"}},
		{"race time", "Kemboi won in 2:05:12, one second faster than Rono.", []string{"2:05:12=7512 second/measure", "one second=1 second/measure"}},
		{"mile time", "She ran a 3:59.4 mile and a 1:58.42 800 metres.", []string{"3:59.4=239.4 second/measure", "1:58.42=118.42 second/measure", "800 metres=800 m/measure"}},
		{"minutes over 24", "The 10 km race was won in 29:58.", []string{"10 km=10 km/measure", "29:58=1798 second/measure"}},
		{"margins", "Vidal leads the race by 1:24 and finished 0:45 ahead on the stage; the meeting ended by 10:05.", []string{"1:24=84 second/measure", "0:45=45 second/measure", "10:05=1005 /time"}},
		{"more units", "It passed 0.42 astronomical units away at 1.5 km/s after a 15-kiloton blast of 15 kilotons, and he weighed 14 stone.", []string{"0.42 astronomical units=0.42 AU/measure", "1.5 km/s=1.5 km/s/measure", "15-kiloton=15 kilotonne/measure", "15 kilotons=15 kilotonne/measure", "14 stone=14 stone/measure"}},
		{"team given a count", "Turnovers gave the Kings 24 points. Boeing 737 jets flew.", []string{"24=24 points/count"}},
		{"count glued to the next sentence", "The blast kills 7The company said 12 were hurt.", []string{"7=7 /casualties", "12=12 /casualties"}},
		{"change by then level", "Its vote fell by about 410,000 to 1,769,870.", []string{"about 410,000=410000 /count q=about", "1,769,870=1.76987e+06 /count"}},
		{"over a height near a record", "The river rose over 2 metres above its level, just short of the record.", []string{"over 2 metres=2 m/measure q=over"}},
		{"race card prices", "1. Silver Lantern (Rory Keane) 9-2\n2. Marsh Harrier (Tom Gethin) 2-1 fav\nLeeds (Ayling) 2-1 Stoke", []string{"9-2=4.5 odds/measure", "2-1=2 odds/measure", "2=2 /count", "1=1 /count"}},
		{"quarters after a whole", "It won by two and a quarter lengths from a horse beaten two and three-quarter lengths.", []string{"two and a quarter lengths=2.25 length/measure", "two and three-quarter lengths=2.75 length/measure"}},
		{"race gaps in a glued list", "Top four:1. Ferrante 1h31m12.884s2. Halvorsen +4.317s3. Bessard +11.052s4. Tanaka +23.790sThe fastest lap", []string{"four=4 /count", "+4.317s=4.317 second/measure", "+11.052s=11.052 second/measure", "+23.790s=23.79 second/measure"}},
		{"masses of bodies", "The planet is about 1.4 Earth masses and the star 2.1 solar masses.", []string{"about 1.4 Earth masses=1.4 Earth mass/measure q=about", "2.1 solar masses=2.1 solar mass/measure"}},
		{"nights counted", "MPs claimed for 212 nights, and roads close on 10 nights.", []string{"212=212 nights/count", "10=10 nights/count"}},
		{"micrograms per cubic metre with symbols", "PM2.5 averaged 12.6 µg/m³, and 38 per centA 74-year-old said so.", []string{"12.6 µg/m³=12.6 µg/m³/measure", "38 per cent=38 percent/percent", "74-year-old=74 year/measure"}},
		{"micrograms", "PM2.5 reached 265 micrograms per cubic metre, and doses of 50 mcg.", []string{"265 micrograms per cubic metre=265 µg/m³/measure", "50 mcg=50 µg/measure"}},
		{"rand and ringgit glued to their sums", "It burned R1.4 billion, about R900 million a stage, and RM350m; the R2 road.", []string{"R1.4 billion=1.4e+09 ZAR/money", "about R900 million=9e+08 ZAR/money q=about", "RM350m=3.5e+08 MYR/money"}},
		{"metres apart before a dimension", "Residents climbed tsunami towers 15 m tall, and CHF 87m was paid.", []string{"15 m=15 m/measure", "CHF 87m=8.7e+07 CHF/money"}},
		{"one after an adjective", "The previous one happened 30 km east; the camp has only one latrine, and the driver, who is 46, was hurt.", []string{"30 km=30 km/measure", "one=1 latrine/count", "46=46 year/measure"}},
		{"one as an object pronoun", "The trust wants every primary school to have one. One school has none, and it bought one, 1 in all.", []string{"One=1 school/count", "1=1 school/count"}},
		{"over a course after a time, a year when", "The chase lasted about 9 minutes over 7 miles, in a year when the firm was fined £14m; the second time in a year that it happened.", []string{"about 9 minutes=9 minute/measure q=about", "7 miles=7 mile/measure", "£14m=1.4e+07 GBP/money", "second=2 /ordinal", "a year=1 year/measure"}},
		{"seat as a verb", "A ballroom can seat 120 guests; take seat 14 on gate 3.", []string{"120=120 guests/count"}},
		{"circa", "Reserves are c. £19m, and ca. 300 staff and circa 1,000 fans; Fresno, CA 93721.", []string{"c. £19m=1.9e+07 GBP/money q=circa", "ca. 300=300 staff/count q=circa", "circa 1,000=1000 fans/count q=circa"}},
		{"over as a place", "Scientists flew over 1,020 reefs, and over 300 were bleached; the cap will go up to £18.", []string{"1,020=1020 reefs/count", "over 300=300 reefs/count q=over", "£18=18 GBP/money"}},
		{"over a route", "Traffic was diverted over two other bridges, adding up to 40 minutes.", []string{"two=2 bridges/count", "up to 40 minutes=40 minute/measure q=up to"}},
		{"a list glued item to item", "Ballot result:14,800 members balloted61% turnout87% voted yes", []string{"14,800=14800 members/count", "61%=61 percent/percent", "87%=87 percent/percent"}},
		{"over as a particle", "Kalvria handed over 157 detainees and received over 155; the jackpot rolled over 27 times.", []string{"157=157 detainees/count", "over 155=155 detainees/count q=over", "27=27 times/count"}},
		{"a count after an age range", "Those arrested are aged between 19 and 61, and 12 of them remain in custody.", []string{"between 19 and 61=19-61 year/measure", "12=12 /count"}},
		{"intervals and margins of error", "Three-weekly bin collections start, every three weeks; the margin of error is plus or minus 3.1 percentage points.", []string{"Three-weekly=3 week/measure", "three weeks=3 week/measure", "plus or minus 3.1 percentage points=3.1 percentage points/percent q=plus or minus"}},
		{"up to an hour", "Diversions add up to an hour, more than an hour in all; an hour later it rained.", []string{"up to an hour=1 hour/measure q=up to", "more than an hour=1 hour/measure q=more than"}},
		{"odds with a scale", "The odds are about one in 139 million, or 1 in 45m.", []string{"about one in 139 million=7.194244604316547e-09 fraction/percent q=about", "1 in 45m=2.2222222222222224e-08 fraction/percent"}},
		{"a length before one thing", "They seized a 1.2m sword and a 30m tower fell; 1.5m people came.", []string{"1.2m=1.2 m/measure", "30m=30 m/measure", "1.5m=1.5e+06 people/count"}},
		{"the first dozen", "The first dozen aircraft are due in 2027, and another dozen later.", []string{"dozen=12 aircraft/count", "2027=2027 /date", "dozen=12 aircraft/count"}},
		{"scores as a verb", "Winger Kofi Hart scores in the corner, and scores of fans cheer. Scores were hurt.", []string{"scores=20-200 fans/count", "Scores=20-200 /casualties"}},
		{"a share off", "Railcard holders get a third off most fares, or one-third off.", []string{"a third=0.3333333333333333 fraction/percent", "one-third=0.3333333333333333 fraction/percent"}},
		{"out of as a share", "Seven out of 10 voters and 3 out of 4 firms agreed.", []string{"Seven out of 10=0.7 fraction/percent", "3 out of 4=0.75 fraction/percent"}},
		{"a unit and a half", "It spent £2.7m in the past year and a half and waited an hour and a half.", []string{"£2.7m=2.7e+06 GBP/money", "year and a half=1.5 year/measure", "an hour and a half=1.5 hour/measure"}},
		{"pips", "The pound fell about 940 pips.", []string{"about 940 pips=940 pips/measure q=about"}},
		{"a count with its own verb after a casualty", "Rescuers recovered the bodies of four miners and at least 34 remain trapped.", []string{"four=4 miners/casualties", "at least 34=34 miners/count q=at least"}},
		{"a spelled number glued after a name", "Freed in KessaraNine aid workers were kidnapped.", []string{"Nine=9 workers/count"}},
		{"one-fifth hyphenated", "Leaks lose roughly one-fifth of the water, and one-third of pipes are old.", []string{"roughly one-fifth=0.2 fraction/percent q=roughly", "one-third=0.3333333333333333 fraction/percent"}},
		{"above and below as hedges", "Inflation will peak above 8.5%, stay above 30C and fall below 3%; snow lay above 1,500 metres.", []string{"above 8.5%=8.5 percent/percent q=above", "above 30C=30 °C/measure q=above", "below 3%=3 percent/percent q=below", "1,500 metres=1500 m/measure"}},
		{"thrust in newtons", "The engine made 845kN at liftoff, or 2,200 kilonewtons in a vacuum.", []string{"845kN=845 kN/measure", "2,200 kilonewtons=2200 kN/measure"}},
		{"span in three parts", "He was 12 years, four months and 19 days old, and served 2 years and 3 months.", []string{"12 years, four months and 19 days=4523.75 day/measure", "2 years and 3 months=27 month/measure"}},
		{"set scores", "She won 6-4, 3-6, 7-6 (9-7) in 4 hours 41 minutes; growth of 2-3 and 4-5 weeks.", []string{"6=6 /count", "4=4 /count", "3=3 /count", "6=6 /count", "7=7 /count", "6=6 /count", "9=9 /count", "7=7 /count", "4 hours 41 minutes=281 minute/measure", "2-3=2-3 /count", "4-5 weeks=4-5 week/measure"}},
		{"odds and lengths", "Dancer won at 14-1 by two lengths from the 9-2 favourite, at roughly 2,100 miles per second; United won 2-1.", []string{"14-1=14 odds/measure", "two lengths=2 length/measure", "9-2=4.5 odds/measure", "roughly 2,100 miles per second=2100 mile/s/measure q=roughly", "2=2 /count", "1=1 /count"}},
		{"a series tally after at is no odds", "Harbor City levelled the series at 2-2 and Dancer won at 14-1.", []string{"2=2 /count", "2=2 /count", "14-1=14 odds/measure"}},
		{"race gaps and countdowns", "The group finished +1:12 down; the launch was scrubbed at T-minus 47 seconds, in minus 12C.", []string{"+1:12=72 second/measure", "47 seconds=47 second/measure", "minus 12C=-12 °C/measure"}},
		{"no magnitude carried", "Magnitude 6.8 earthquake kills at least 112.", []string{"Magnitude 6.8=6.8 magnitude/measure", "at least 112=112 /casualties q=at least"}},
		{"year before a live time", "The youngest since 1962.12:40 Welcome to our coverage.", []string{"1962=1962 /date"}},
		{"video length glued", "Watch the rescueVideo1:42", nil},
		{"points in a match", "The Hawks led by as many as 15 points in the third quarter, to take the lead for good.", []string{"as many as 15=15 points/count q=as many as", "third=3 /ordinal"}},
		{"seconds glued", "She won by 1.906s in the 1990s style of the 747s.", []string{"1.906s=1.906 second/measure", "1990s=1990-1999 /date"}},
		{"clock with seconds", "The quake struck at 2:17:34 local time and again at 14:32:05 and 9:05:12 p.m.", []string{"2:17:34=217 /time", "14:32:05=1432 /time", "9:05:12 p.m.=2105 /time"}},
		{"ordinal digits", "It was the 22nd attack this year.", []string{"22nd=22 /ordinal"}},
		{"ordinal word", "The team finished third.", []string{"third=3 /ordinal"}},
		{"words glued by a scraper", "Ferry sinks with 31 deadWorld news. McDonald sold 40 burgers and eBay sold 12 phones.", []string{"31=31 /casualties", "40=40 burgers/count", "12=12 phones/count"}},
		{"title-case words glued to a hedge", "Pupils fall ill in LowickMore than 80 children were hurt, and MacArthur won.", []string{"More than 80=80 children/casualties q=more than"}},
		{"a fortnight", "The road will close for a fortnight, or two fortnights.", []string{"a fortnight=1 fortnight/measure", "two fortnights=2 fortnight/measure"}},
		{"first idiom", "For the first time, the party lost the seat.", nil},
		{"one of them counts", "Nine carriages left the rails. One of them overturned, and one of the drivers is one of the best.", []string{"Nine=9 carriages/count", "One=1 /count"}},
		{"how often", "Rates rose for the third time this year, and for second time in a row.", []string{"third=3 /ordinal", "second=2 /ordinal"}},
		{"first as early", "First images are expected, and first responders came; its first results and first prize stand.", []string{"first=1 /ordinal"}},
		{"first as which or as a standing", "The first case, the first increase in five years, was confirmed; she finished first, in first place.", []string{"five years=5 year/measure", "first=1 /ordinal", "first=1 /ordinal"}},
		{"first idioms", "Divers went in at first light with first aid kits, and at first sight 3 cars were seen.", []string{"3=3 cars/count"}},
		{"first as early after be", "Crews were first on the scene and she was first to arrive; she finished first. Call 999 or 101, or call 3 witnesses, as a 999 call said.", []string{"first=1 /ordinal", "3=3 witnesses/count"}},
		{"No. 2 rank", "He is the party's No. 2 official.", []string{"No. 2=2 /ordinal"}},
		{"ordinal compounds", "First-time buyers and second-hand cars, third-party claims, a first-class seat, the first-ever award and the second-in-command.", nil},
		{"ordinal compounds open", "He bought it second hand, flew first class and shared data with third parties and third party apps.", nil},
		{"hyphenated rank", "It became the second-largest lender after a first-half profit.", []string{"second=2 /ordinal", "first=1 /ordinal"}},
		{"third party ranks", "The Greens became the third party in parliament.", []string{"third=3 /ordinal"}},
		// Casualties.
		{"killed after", "Four soldiers were killed in the ambush.", []string{"Four=4 soldiers/casualties"}},
		{"killed before", "The ambush killed four soldiers.", []string{"four=4 soldiers/casualties"}},
		{"measure unit not carried past a verb", "A 5 km trail attracted 300 on Sunday; she won in 9.79 seconds, 0.02 ahead.", []string{"5 km=5 km/measure", "300=300 /count", "9.79 seconds=9.79 second/measure", "0.02=0.02 second/measure"}},
		{"ordinal picking a number", "In the first three days, 40 homes were lost after the second 999 call.", []string{"three days=3 day/measure", "40=40 homes/count"}},
		{"ordinal before a compound adjective", "A second 48-hour walkout is planned.", []string{"second=2 /ordinal", "48-hour=48 hour/measure"}},
		{"fraction before a clause", "The firm cut its forecast by a third as fuel costs bite; a third man was held.", []string{"a third=0.3333333333333333 fraction/percent", "third=3 /ordinal"}},
		{"a year as a span", "The road stays shut for at least a month, the second closure in a year; tolls rose twice a year ago and cost £900 a year.", []string{"at least a month=1 month/measure q=at least", "second=2 /ordinal", "a year=1 year/measure", "£900=900 GBP/money"}},
		{"superlative first and a fraction of a size", "It was the first to reach Category 4, a storm about a tenth the width of the last.", []string{"Category 4=4 category/measure", "about a tenth=0.1 fraction/percent q=about"}},
		{"one after a conjunction that", "Officials said that one person was still missing; that one was lost.", []string{"one=1 person/casualties"}},
		{"age range split", "The men, aged between 26 and 41, were held; fighters numbered between 2,000 and 3,000.", []string{"26=26 year/measure", "41=41 year/measure", "between 2,000 and 3,000=2000-3000 /count"}},
		{"age range years old", "The men, who are 26 to 41 years old, were seen at a site 200 to 300 years old.", []string{"26=26 year/measure", "41 years=41 year/measure", "200 to 300 years=200-300 year/measure"}},
		{"hours as a span or a clock", "The firm has 1008 hours to appeal; the raid began at 1400 hours.", []string{"1008 hours=1008 hour/measure", "1400 hours=1400 /time"}},
		{"generic one", "One infected person can pass it on to 12 to 18 people; one man was killed.", []string{"12 to 18=12-18 people/count", "one=1 man/casualties"}},
		{"times between", "The helpline is open between 8am and 8pm.", []string{"8am=800 /time", "8pm=2000 /time"}},
		{"times as a multiple or a count", "Copper was 40 times the safe limit; the site was inspected 12 times; costs are four times higher.", []string{"40 times=40 times/measure", "12=12 times/count", "four times=4 times/measure"}},
		{"inches in brackets and short spans", "Use a telescope of 20 cm (8 in) aperture; the pulse lasted 100 picoseconds, or 0.1 nanoseconds; the group won 8 in 10 votes.", []string{"20 cm=20 cm/measure", "8 in=8 inch/measure", "100 picoseconds=100 picosecond/measure", "0.1 nanoseconds=0.1 nanosecond/measure", "8 in 10=0.8 fraction/percent"}},
		{"a swim leg in metres and a race over nautical miles", "He died in the 1,500m swim leg; 34 boats started the race over 1,850 nautical miles; the city has 2m residents.", []string{"1,500m=1500 m/measure", "34=34 boats/count", "1,850 nautical miles=1850 nautical mile/measure", "2m=2e+06 residents/count"}},
		{"an age after was, a suit over", "Mr Hale was 47. He sued the Herald over four articles. The score was 47.", []string{"47=47 year/measure", "four=4 articles/count", "47=47 /count"}},
		{"flight levels and aircraft models", "The Boeing 787-9 climbed to FL370. The airline ordered three more 787-9 aircraft. The Lakers won 112-104.", []string{"FL370=37000 ft/measure", "three=3 /count", "112=112 /count", "104=104 /count"}},
		{"grams and nanometres apart, a total in millions, a labelled list", "Process node: 2 nm. The phone weighs 187 g. It took its total to about 281m. Cabinet posts: Commons Party 17, Liberal Union 5", []string{"2 nm=2 nm/measure", "187 g=187 g/measure", "about 281m=2.81e+08 /count q=about", "17=17 /count", "5=5 /count"}},
		{"micrometres, sigma and a period phased in over", "Details of 50 micrometres showed; the signal reached 3.8 sigma; the change is phased in over five years; it was cleared in over three hours.", []string{"50 micrometres=50 µm/measure", "3.8 sigma=3.8 sigma/measure", "five years=5 year/measure", "over three hours=3 hour/measure q=over"}},
		{"a confidence interval, mmHg and years spanned", "It gave a hazard ratio of 0.76 (95% CI 0.66 to 0.88). Pressure fell by 12.4 mmHg. The review looked at cases from 2017 to 2023. The deadline was moved from 2027 to 2029.", []string{"0.76=0.76 /count", "95%=95 percent/percent", "0.66 to 0.88=0.66-0.88 /count", "12.4 mmHg=12.4 mmHg/measure", "2017 to 2023=2017-2023 /date", "2027=2027 /date", "2029=2029 /date"}},
		{"a class opening a bullet is no name", "• Men aged 25 to 50 must register.", []string{"25 to 50=25-50 year/measure"}},
		{"and under before a hyphen", "Adult tickets cost £5 and under-16s got in free; those aged 60 and over paid £2.", []string{"£5=5 GBP/money", "60 and over=60 year/measure q=and over", "£2=2 GBP/money"}},
		{"perhaps and possibly hedge", "The estate lost perhaps 90,000 bottles, possibly 40% of the crop.", []string{"perhaps 90,000=90000 bottles/count q=perhaps", "possibly 40%=40 percent/percent q=possibly"}},
		{"one of the group with a perfect tense", "Police said one of the climbers had fallen. One of the walkers fell.", []string{"one=1 climbers/count", "One=1 walkers/count"}},
		{"one in every eight and container units", "Inspectors open about one in every eight boxes; the port held roughly 610,000 TEU.", []string{"about one in every eight=0.125 fraction/percent q=about", "roughly 610,000 TEU=610000 TEU/measure q=roughly"}},
		{"a length by a length", "The canvas measures 1.1 m by 1.4 m.", []string{"1.1 m=1.1 m/measure", "1.4 m=1.4 m/measure"}},
		{"younger than, a school year", "Among people younger than 65 the risk doubled; 23.6% of year 6 pupils were obese; those older than 80 were excluded.", []string{"younger than 65=65 /count q=under", "23.6%=23.6 percent/percent", "older than 80=80 /count q=over"}},
		{"cricket scores for and dashed", "In the first innings of the Test, after 88 overs, Varenia closed on 287 for 6 and Farrow took 3-52 with his bowling.", []string{"first=1 /ordinal", "88=88 overs/count", "287=287 /count", "6=6 /count", "3=3 /count", "52=52 /count"}},
		{"Indian digit grouping, kmph and kilolitres", "Debt rose to ₹1,74,300 and 1,20,000 accounts were opened; the train ran at 96 kmph past a 20 kilolitre tank.", []string{"₹1,74,300=174300 INR/money", "1,20,000=120000 accounts/count", "96 kmph=96 km/h/measure", "20 kilolitre=20 kilolitre/measure"}},
		{"a points margin written as an adjective", "In the poll, Harlan leads by 4 points, a 4-point margin. The diver's 238.9-point total was a record.", []string{"4 points=4 percentage points/percent", "4-point=4 percentage points/percent", "238.9-point=238.9 points/measure"}},
		{"a tally at a few words after level, a course opening a sentence", "They won 3-2 to level the best of seven at 3-3. Over four sessions the final lasted nine hours. Over 300 fans waited.", []string{"3=3 /count", "2=2 /count", "seven=7 /count", "3=3 /count", "3=3 /count", "four=4 sessions/count", "nine hours=9 hour/measure", "Over 300=300 fans/count q=over"}},
		{"a dashed range of prices after from, hectolitres", "Costs are now $1.85-$2.05 a pound, up from $1.60-$1.80; volumes fell to 61.2 million hectolitres.", []string{"$1.85-$2.05=1.85-2.05 USD/money", "$1.60-$1.80=1.6-1.8 USD/money", "61.2 million hectolitres=6.12e+07 hectolitre/measure"}},
		{"scientific notation", "The detector logged about 2.1 x 10^15 collisions; its mass is 3.2 × 10^5 kg; the cell is 4 x 10^-6 m wide; the room is 4 x 5 metres.", []string{"about 2.1 x 10^15=2.1e+15 collisions/count q=about", "3.2 × 10^5 kg=320000 kg/measure", "4 x 10^-6 m=4e-06 m/measure", "4=4 x/count", "5 metres=5 m/measure"}},
		{"a district's partisan lean", "The 5th District would become R+3 under the new map, from R+2; a D+5 seat.", []string{"5th=5 /ordinal", "R+3=3 R+/measure", "R+2=2 R+/measure", "D+5=5 D+/measure"}},
		{"times after a fraction is a multiple", "The sale was 3.08 times covered; the pump failed 9 times; levels were three times above the limit.", []string{"3.08 times=3.08 times/measure", "9=9 times/count", "three times=3 times/measure"}},
		{"measure rates", "Lava advanced up to 30 metres an hour; the glacier lost 9.2 gigatonnes, 40 metres a year, and farms 1.8 million bushels.", []string{"up to 30 metres an hour=30 m/h/measure q=up to", "9.2 gigatonnes=9.2 gigatonne/measure", "40 metres=40 m/measure", "1.8 million bushels=1.8e+06 bushel/measure"}},
		{"over the course of a contest", "He beat Ruiz over 58 laps; she has played over 100 matches.", []string{"58=58 laps/count", "over 100=100 matches/count q=over"}},
		{"swing in points", "The swing was more than 11 points in the north.", []string{"more than 11 points=11 percentage points/percent q=more than"}},
		{"dot clock times", "The train left at 13.20 GMT and polls close at 22.00. The index closed at 13.20 and it weighed 13.20 kg.", []string{"13.20 GMT=1320 /time", "22.00=2200 /time", "13.20=13.2 points/measure", "13.20 kg=13.2 kg/measure"}},
		{"percentage-point hyphenated after a space", "It planned a 2 percentage-point rise in VAT.", []string{"2 percentage-point=2 percentage points/percent"}},
		{"article glued to a number", "Council passes budget by 31 votes to 24A £412m budget was approved. Flat 24A was damaged and the blast hit 24A on Elm Street.", []string{"31=31 votes/count", "24=24 votes/count", "£412m=4.12e+08 GBP/money"}},
		{"long odds in digits", "She beat odds of 1 in 139,838,160 and was ranked 1 in 2024.", []string{"1 in 139,838,160=7.1511238420185165e-09 fraction/percent", "1=1 /count", "2024=2024 /date"}},
		{"more currency words", "Households get 40 korun; the fine was 3,000 lei.", []string{"40 korun=40 CZK/money", "3,000 lei=3000 RON/money"}},
		{"first budget", "Holm cuts fuel duty by 2p in first budget.", []string{"2p=0.02 GBP/money"}},
		{"hedge glued to a short word", "Fog blamed for motorway pile-upAt least seven people were killed.", []string{"At least seven=7 people/casualties q=at least"}},
		{"storm category and tornado rating", "Cyclone Ana, a Category 4 storm, hit land; the office rated the tornado an EF3, then EF-4. Category 3 prisoners were moved.", []string{"Category 4=4 category/measure", "EF3=3 EF/measure", "EF-4=4 EF/measure"}},
		{"storm category in a sentence not naming the storm", "Cyclone Ana crossed the coast. It was a category 4 system at landfall and weakened to category 2. It will be category 1 within hours. Category 3 prisoners were moved.", []string{"category 4=4 category/measure", "category 2=2 category/measure", "category 1=1 category/measure"}},
		{"up as a verb's particle", "Churn edged up to 2.4% and gusts reached up to 70 mph; ash rose up to 5 km.", []string{"2.4%=2.4 percent/percent", "up to 70 mph=70 mph/measure q=up to", "up to 5 km=5 km/measure q=up to"}},
		{"alert levels", "The alert was raised from level 2 to level 3. Water reached level 5 of the building.", []string{"level 2=2 level/measure", "level 3=3 level/measure", "5=5 building/count"}},
		{"one of several counted", "Four passengers were treated and one was taken to hospital. One was a teacher. One was killed and four were hurt.", []string{"Four=4 passengers/count", "one=1 passengers/count", "One=1 /casualties", "four=4 /casualties"}},
		{"race distance after over", "Reyes, silver medallist over 200 metres, was banned. The fire spread over 200 metres.", []string{"200 metres=200 m/measure", "over 200 metres=200 m/measure q=over"}},
		{"run of days", "Records fell on 41 consecutive days and prices rose for five straight weeks.", []string{"41 consecutive days=41 day/measure", "five straight weeks=5 week/measure"}},
		{"a quarter of a million", "About a quarter of a million people lined the streets; a quarter of the vote.", []string{"About a quarter of a million=250000 people/count q=about", "a quarter=0.25 fraction/percent"}},
		{"first as an adverb before an irregular participle", "The fair was first held in 1994 and first made a profit in 2001.", []string{"1994=1994 /date", "2001=2001 /date"}},
		{"for a second time", "She tested positive for a second time, and for the third time this year.", []string{"third=3 /ordinal"}},
		{"hedge before another", "It may last at least another two months, or two more months; up to a further 300 jobs will go.", []string{"at least another two months=2 month/measure q=at least", "two more months=2 month/measure", "up to a further 300=300 jobs/count q=up to"}},
		{"rate per 100,000", "The homicide rate was 19.6 per 100,000 residents, and 5 per 100 days.", []string{"19.6=19.6 per 100,000/measure", "5=5 /count", "100 days=100 day/measure"}},
		{"age range of a class", "Young people aged 18 to 24 were hit; four men aged 29 to 47 were held.", []string{"18 to 24=18-24 year/measure", "four=4 men/count", "29=29 year/measure", "47=47 year/measure"}},
		{"poll lead clear", "The party stood at 34 per cent in a poll, 3 points clear of the Front.", []string{"34 per cent=34 percent/percent", "3 points=3 percentage points/percent"}},
		{"number word after a headline's name", "Town mourns after shooting at Linden Ridge High School\nThree students were killed; Formula One resumed.", []string{"Three=3 students/casualties"}},
		{"first half as a period", "Banks bought 483 tonnes in the first half; sales fell in the second half. Half of the staff left.", []string{"483 tonnes=483 tonne/measure", "Half=0.5 fraction/percent"}},
		{"fractions of an inch and up to a week", "Ice up to three-quarters of an inch thick, then up to an inch; power may be out for up to a week.", []string{"up to three-quarters of an inch=0.75 inch/measure q=up to", "up to an inch=1 inch/measure q=up to", "up to a week=1 week/measure q=up to"}},
		{"judges' points", "Her jump scored 238.9 points; he scored 34 points.", []string{"238.9 points=238.9 points/measure", "34=34 points/count"}},
		{"elided wounded", "The raid killed 9 rebels and wounded 14.", []string{"9=9 rebels/casualties", "14=14 rebels/casualties"}},
		{"death toll", "The death toll has risen to 1,350.", []string{"1,350=1350 /casualties"}},
		{"missing", "Eleven fishermen are still missing.", []string{"Eleven=11 fishermen/casualties"}},
		{"dead", "At least 30 people are dead after the floods.", []string{"At least 30=30 people/casualties q=at least"}},
		{"injured", "Seven passengers were injured.", []string{"Seven=7 passengers/casualties"}},
		// Not quantities.
		{"covid", "COVID-19 cases fell this week.", nil},
		{"jet names", "The air force bought F-35 and F-16 jets.", nil},
		{"g7", "G7 and G20 leaders met in Rome.", nil},
		{"boeing", "A Boeing 737 and an Airbus A320 were grounded.", nil},
		{"a name after a verb or a count", "It has 2 cameras and supports Wi-Fi 7; Lumora sold 1,800,000 Vega 7 and Vega 7 Pro handsets.", []string{"2=2 cameras/count", "1,800,000=1.8e+06 Vega/count"}},
		{"phone", "Call the hotline on 555-123-4567 for details.", nil},
		{"phone uk", "Readers can call 020 7946 0958 today.", nil},
		{"phone international", "Call +389 2 555 0183, +44 20 7946 0958 or +1-202-555-0143; (555) 123-4567 works too. Prices rose +3.5%.", []string{"+3.5%=3.5 percent/percent"}},
		{"section row", "Fans in Section 427, Row 21 were moved.", nil},
		{"version", "Update to v2.1.3 or iOS 17 now.", nil},
		{"url", "Details are at https://example.com/report-2024 online.", nil},
		{"email", "Write to desk2024@example.com with tips.", nil},
		{"zip", "The office is at 1600 Main St, Springfield, IL 62701.", nil},
		{"times multiplier", "Prices have tripled and costs are four times higher.", []string{"four times=4 times/measure"}},
		{"Mach number", "The jet reached about Mach 1.35 at 52,000 feet.", []string{"about Mach 1.35=1.35 Mach/measure q=about", "52,000 feet=52000 ft/measure"}},
		{"cents written c", "The indicator rose 38c to 1,262c a kg, and cotton hit 82.14c/lb; it was 41c a day earlier.", []string{"38c=0.38 USD/money", "1,262c=12.62 USD/money", "82.14c/lb=0.8214 USD/money", "41c=41 °C/measure"}},
		{"degrees below zero", "It fell to 6 degrees below zero, and 5C below freezing on the hills.", []string{"6 degrees below zero=-6 °C/measure", "5C below freezing=-5 °C/measure"}},
		{"gram symbol before its noun", "A 250 g pack now costs £4.", []string{"250 g=250 g/measure", "£4=4 GBP/money"}},
		{"a count given to a name", "The count put Ferris 22 votes ahead and gave Labour 211 seats; the airline ordered Boeing 737 jets.", []string{"22=22 votes/count", "211=211 seats/count"}},
		{"an age threshold after were", "Most of those who died were over 65 and lived alone.", []string{"over 65=65 year/measure q=over"}},
		{"an ordinal run keeps its rank", "The heat dome sat there for a ninth consecutive day, its 11th straight day over 40C.", []string{"ninth=9 /ordinal", "11th=11 /ordinal", "over 40C=40 °C/measure q=over"}},
		{"Asian currencies and land measure", "Damage was put at P2.3 billion, relief at K5 million and VND35 billion, each family got 4 million riel, miners earn 15,000 kyat and 1.6 million rai burned.", []string{"P2.3 billion=2.3e+09 PHP/money", "K5 million=5e+06 PGK/money", "VND35 billion=3.5e+10 VND/money", "4 million riel=4e+06 KHR/money", "15,000 kyat=15000 MMK/money", "1.6 million rai=1.6e+06 rai/measure"}},
		{"cubic hectometres", "Reservoirs held 412 hm³, the lake 2.1 km³.", []string{"412 hm³=412 cubic hectometre/measure", "2.1 km³=2.1 cubic km/measure"}},
		{"ages after the age of", "He died at the age of 84; one aged 26 and the other 31 were hurt, and uptake was lowest among those aged 50 to 52.", []string{"84=84 year/measure", "26=26 year/measure", "31=31 year/measure", "50 to 52=50-52 year/measure"}},
		{"a count after a span takes no years", "Pupils have risen in the past six years to 3.66 million, and 73.5% of entries got grade 4 or higher.", []string{"six years=6 year/measure", "3.66 million=3.66e+06 /count", "73.5%=73.5 percent/percent"}},
		{"a cap sets a ceiling", "The deal will cap what patients pay for insulin at $35; a cap of £250 applies, a £2 cap stays, and they met at $40 a head.", []string{"$35=35 USD/money q=at most", "£250=250 GBP/money q=at most", "£2=2 GBP/money", "$40=40 USD/money"}},
		{"one-letter currencies need a sum", "The S&P 500 fell, while P500m, K2m and R1,200 were paid and the dollar rose 0.6 US cents.", []string{"P500m=5e+08 PHP/money", "K2m=2e+06 PGK/money", "R1,200=1200 ZAR/money", "0.6 US cents=0.006 USD/money"}},
		{"number as a verb", "Tiger reserves now number 58, and the staff could number 40; call number 112.", []string{"58=58 /count", "40=40 /count"}},
		{"a table's row of readings", "Output 49.3 (48.8)", []string{"49.3=49.3 /count", "48.8=48.8 /count"}},
		{"a hyphenated unit of two words", "They imposed a 5-nautical-mile exclusion zone.", []string{"5-nautical-mile=5 nautical mile/measure"}},
		{"a level topped is passed", "Gold topped $2,400, exports exceeded $3bn and the index stayed above 50.", []string{"$2,400=2400 USD/money q=over", "$3bn=3e+09 USD/money q=over", "above 50=50 /count q=above"}},
		{"pounds of a thing weigh", "The food bank handed out 2.6 million pounds of food, backed by two million pounds of funding.", []string{"2.6 million pounds=2.6e+06 lb/measure", "two million pounds=2e+06 GBP/money"}},
		{"a match minute with a prime", "Krell equalised in the 38' after the goalkeeper's error.", []string{"38'=38 minute/measure"}},
		{"climate units", "Fires released about 480 Mt of carbon, oceans gained 16 zettajoules and reefs saw 11 degree heating weeks.", []string{"about 480 Mt=480 megatonne/measure q=about", "16 zettajoules=16 zettajoule/measure", "11 degree heating weeks=11 degree heating week/measure"}},
		{"a range after by", "Sea levels would likely rise by 0.44 to 0.76 metres by 2100, while sales fell by 300 to 1,200.", []string{"0.44 to 0.76 metres=0.44-0.76 m/measure", "2100=2100 /date", "300=300 /count", "1,200=1200 /count"}},
		{"a scale word broken at a printed line's end", "The farm sold for about $5.4 mil- lion, up 2.6 per- cent.", []string{"about $5.4 mil- lion=5.4e+06 USD/money q=about", "2.6 per- cent=2.6 percent/percent"}},
		{"the cedi with its country", "Banks must raise about GH\u20b514.5 billion, and farmers get GH\u20b546.", []string{"about GH\u20b514.5 billion=1.45e+10 GHS/money q=about", "GH\u20b546=46 GHS/money"}},
		{"an age ending the sentence after a name", "\"It is a patch,\" said council member Dana Okafor, 38.", []string{"38=38 year/measure"}},
		{"a count ending the sentence after a place", "In Harsa, 17 were killed; and in Tobruzi, 4.", []string{"17=17 /casualties", "4=4 /count"}},
		{"a ratio of risks", "Children were 1.6 times more likely to be admitted, 1.9 times as likely to need care and at 2.1 times higher risk.", []string{"1.6 times=1.6 times/measure", "1.9 times=1.9 times/measure", "2.1 times=2.1 times/measure"}},
		{"one pronoun", "She is one of the best players.", nil},
		{"street address", "Mourners gathered at 1221 Fulton Street on Friday.", nil},
		{"elided count after a name", "The Greens won 12 seats and the Farmers' League 14.", []string{"12=12 seats/count", "14=14 seats/count"}},
		{"date across a line", "The deadline is Dec.\n31, officials said.", []string{"Dec.\n31=1231 /date"}},
		{"period to a date", "Sales rose in the six weeks to 4 January and the 12 weeks to 28 December.", []string{"six weeks=6 week/measure", "4 January=104 /date", "12 weeks=12 week/measure", "28 December=1228 /date"}},
		{"a day range before its month", "Food eaten between 2 and 9 August, a festival from 12 to 19 May and polls open 3-7 June; children aged between 2 and 9.", []string{"2=802 /date", "9 August=809 /date", "12=512 /date", "19 May=519 /date", "3=603 /date", "7 June=607 /date", "between 2 and 9=2-9 year/measure"}},
		{"dates in a list", "Strikes on 21 and 22 March, on 3, 4 and 5 May and on June 8 and 9 are set, as are March 21 and 22 people.", []string{"21=321 /date", "22 March=322 /date", "3=503 /date", "4=504 /date", "5 May=505 /date", "June 8=608 /date", "9=609 /date", "March 21=321 /date", "22=22 people/count"}},
		{"glued after decimal", "Brent settled at $80.1.Traders were cautious.", []string{"$80.1=80.1 USD/money"}},
		{"mixed fraction", "She served 4 1/2 years in prison.", []string{"4 1/2 years=4.5 year/measure"}},
		{"hot degrees", "The heat could reach 115 degrees in Phoenix.", []string{"115 degrees=115 °F/measure"}},
		{"AM", "The polls closed at 10:32 AM EST on Friday.", []string{"10:32 AM=1032 /time"}},
		{"reading time", "5 min read\n\nThe vote is on Friday.", nil},
		{"names with number words", "Air Force One landed as Formula One resumed.", nil},
		{"at one point", "At one point the crowd numbered 5,000.", []string{"5,000=5000 /count"}},
		{"strong", "A 1,000-strong force and a 12-member team were sent.", []string{"1,000-strong=1000 force/count", "12-member=12 member/count"}},
		{"or range", "It would take two or three weeks to finish.", []string{"two or three weeks=2-3 week/measure"}},
		{"toll from", "The death toll rose to 15, up from 12 a day earlier.", []string{"15=15 /casualties", "12=12 /casualties"}},
		{"first as adverb", "She has served since first being elected in 2000.", []string{"2000=2000 /date"}},
		{"list markers", "Key points:\n1. The army said 25 soldiers died.\n2) Talks resume on Friday.", []string{"25=25 soldiers/casualties"}},
		// Quotes and line breaks.
		{"quoted", "“We lost 12 boats,” the captain said.", []string{"12=12 boats/count"}},
		{"line break", "Rescuers found at least\n25 survivors.", []string{"at least\n25=25 survivors/count q=at least"}},
		{"glued sentence", "The army said 40 were hurt.Another 12 died later.", []string{"40=40 /casualties", "12=12 /casualties"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(tt.text)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Extract(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestRunOrdinal checks the run unit noted on an ordinal that ranks the
// latest of a run, by which the diff pairs it with the run's span.
func TestRunOrdinal(t *testing.T) {
	tests := []struct{ text, fig, run string }{
		{"The heat dome sat there for a ninth consecutive day.", "ninth", "day"},
		{"Outflows ran for the 13th straight week.", "13th", "week"},
		{"Prices rose for a third successive month.", "third", "month"},
		{"She finished third in the final.", "third", ""},
		{"It is the 11th time the bridge was struck.", "11th", ""},
	}
	for _, tt := range tests {
		found := false
		for _, f := range Extract(tt.text) {
			if f.Text != tt.fig {
				continue
			}
			found = true
			if f.Run != tt.run {
				t.Errorf("Extract(%q): %q run = %q, want %q", tt.text, f.Text, f.Run, tt.run)
			}
		}
		if !found {
			t.Errorf("Extract(%q): no figure %q", tt.text, tt.fig)
		}
	}
}

func TestNumberValue(t *testing.T) {
	tests := []struct {
		lit        string
		dotGrouped bool
		want       float64
	}{
		{"1,200,000", false, 1200000},
		{"4,5", false, 4.5},
		{"38,70", false, 38.7},
		{"1.200.000", false, 1200000},
		{"1.200.000,5", false, 1200000.5},
		{"1'140", false, 1140},
		{"3\u2019000", false, 3000},
		{"45.000", false, 45},
		{"45.000", true, 45000},
		{"3.5", true, 3.5},
		{"1,450", false, 1450},
	}
	for _, tt := range tests {
		got, ok := numberValue(tt.lit, tt.dotGrouped)
		if !ok || got != tt.want {
			t.Errorf("numberValue(%q, %v) = %v, %v; want %v", tt.lit, tt.dotGrouped, got, ok, tt.want)
		}
	}
}
