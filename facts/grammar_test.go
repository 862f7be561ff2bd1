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
		{"micrograms", "PM2.5 reached 265 micrograms per cubic metre, and doses of 50 mcg.", []string{"265 micrograms per cubic metre=265 µg/m³/measure", "50 mcg=50 µg/measure"}},
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
		{"times as a multiple or a count", "Copper was 40 times the safe limit; the site was inspected 12 times; costs are four times higher.", []string{"40 times=40 times/measure", "12=12 times/count"}},
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
		{"up as a verb's particle", "Churn edged up to 2.4% and gusts reached up to 70 mph; ash rose up to 5 km.", []string{"2.4%=2.4 percent/percent", "up to 70 mph=70 mph/measure q=up to", "up to 5 km=5 km/measure q=up to"}},
		{"alert levels", "The alert was raised from level 2 to level 3. Water reached level 5 of the building.", []string{"level 2=2 level/measure", "level 3=3 level/measure", "5=5 building/count"}},
		{"one of several counted", "Four passengers were treated and one was taken to hospital. One was a teacher. One was killed and four were hurt.", []string{"Four=4 passengers/count", "one=1 passengers/count", "One=1 /casualties", "four=4 /casualties"}},
		{"race distance after over", "Reyes, silver medallist over 200 metres, was banned. The fire spread over 200 metres.", []string{"200 metres=200 m/measure", "over 200 metres=200 m/measure q=over"}},
		{"run of days", "Records fell on 41 consecutive days and prices rose for five straight weeks.", []string{"41 consecutive days=41 day/measure", "five straight weeks=5 week/measure"}},
		{"a quarter of a million", "About a quarter of a million people lined the streets; a quarter of the vote.", []string{"About a quarter of a million=250000 people/count q=about", "a quarter=0.25 fraction/percent"}},
		{"first as an adverb before an irregular participle", "The fair was first held in 1994 and first made a profit in 2001.", []string{"1994=1994 /date", "2001=2001 /date"}},
		{"for a second time", "She tested positive for a second time, and for the third time this year.", []string{"third=3 /ordinal"}},
		{"hedge before another", "It may last at least another two months, or two more months; up to a further 300 jobs will go.", []string{"at least another two months=2 month/measure q=at least", "two more months=2 month/measure", "up to a further 300=300 jobs/count q=up to"}},
		{"rate per 100,000", "The homicide rate was 19.6 per 100,000 residents, and 5 per 100 days.", []string{"19.6 per 100,000=19.6 per 100,000/measure", "5=5 /count", "100 days=100 day/measure"}},
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
		{"phone", "Call the hotline on 555-123-4567 for details.", nil},
		{"phone uk", "Readers can call 020 7946 0958 today.", nil},
		{"phone international", "Call +389 2 555 0183, +44 20 7946 0958 or +1-202-555-0143; (555) 123-4567 works too. Prices rose +3.5%.", []string{"3.5%=3.5 percent/percent"}},
		{"section row", "Fans in Section 427, Row 21 were moved.", nil},
		{"version", "Update to v2.1.3 or iOS 17 now.", nil},
		{"url", "Details are at https://example.com/report-2024 online.", nil},
		{"email", "Write to desk2024@example.com with tips.", nil},
		{"zip", "The office is at 1600 Main St, Springfield, IL 62701.", nil},
		{"times multiplier", "Prices have tripled and costs are four times higher.", nil},
		{"one pronoun", "She is one of the best players.", nil},
		{"street address", "Mourners gathered at 1221 Fulton Street on Friday.", nil},
		{"elided count after a name", "The Greens won 12 seats and the Farmers' League 14.", []string{"12=12 seats/count", "14=14 seats/count"}},
		{"date across a line", "The deadline is Dec.\n31, officials said.", []string{"Dec.\n31=1231 /date"}},
		{"period to a date", "Sales rose in the six weeks to 4 January and the 12 weeks to 28 December.", []string{"six weeks=6 week/measure", "4 January=104 /date", "12 weeks=12 week/measure", "28 December=1228 /date"}},
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
