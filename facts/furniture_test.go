package facts

import (
	"strings"
	"testing"
)

// TestFurniture checks that page furniture glued into article sentences
// yields no figure while the article's own figures around it are kept.
func TestFurniture(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"read time glued to dateline", "Weather3 min readELLBY (Press) - Temperatures reached 41.8C.", []string{"41.8C=41.8 °C/measure"}},
		{"read time spaced", "Business | 4 min read HALVIK (Wire) - The fine was 2.4 million crowns.", []string{"2.4 million crowns=2.4e+06 CZK/money"}},
		{"minute read", "A 6-minute read. Officials counted 14 boats.", []string{"14=14 boats/count"}},
		{"relative time", "Owen Carrick 2 hours ago. Services on 14 lines were cut.", []string{"14=14 lines/count"}},
		{"relative time glued", "Updated 5 minutes agoThe regulator found 27 breaches.", []string{"27=27 breaches/count"}},
		{"stamp time and date", "Published 2:14 p.m. ET July 8, 2026 | Updated 5:02 p.m. ET July 9, 2026 The river rose 2 metres.", []string{"2 metres=2 m/measure"}},
		{"last updated", "Last updated on 8 July 2026. The vote was 25 to 14.", []string{"25=25 /count", "14=14 /count"}},
		{"last update", "Last update: 11:20 local time\nThe vote was 25 to 14.", []string{"25=25 /count", "14=14 /count"}},
		{"an update in prose", "An update at 11:20 said 25 had voted.", []string{"11:20=1120 /time", "25=25 /count"}},
		{"live update", "LATEST: 11:05 - Police say 3 people have been arrested. Latest figures on 3 March show 40 cases.", []string{"3=3 people/count", "3 March=303 /date", "40=40 cases/count"}},
		{"live blog entries", "Lander touches down on the Moon21:10 GMT The agency says 3 panels work.\n14:30: Police say 2 men were held.\n21:10 local time saw 4 burns.", []string{"3=3 panels/count", "2=2 men/count", "21:10=2110 /time", "4=4 burns/count"}},
		{"posted at", "Posted at 9:31 a.m.", nil},
		{"a live page started", "Leon Hartigan, Markets team · Started 9 October 2025, 17:20\nThe index fell 4%. Started in 2019, the fund has 40 staff.", []string{"4%=4 percent/percent", "2019=2019 /date", "40=40 staff/count"}},
		{"stamps and counters in fields", "Tuesday 8 October 2024 3:20 pm (updated Wednesday 9 October 2024 8:05 am)\n14 March 2024 (updated 15 March) | 3 min read | 1,204 shares\nMarcus Dell · Jan. 8, 2024 10:30 AM ET · 214 comments Harwell has 3,000 comments pending.\nBy Ana Ruiz, August 2, 202410:20 AM CST\nThe vote on 8 October 2024 passed.", []string{"3,000=3000 comments/count", "8 October 2024=2.0241008e+07 /date"}},
		{"line-opening date at a zoned time", "May 3, 2024 at 8:45 a.m. ET (Updated 11:20 a.m. ET)\n7 June 2024, 07:31 CET · 3-minute read\nThe vote on May 3, 2024 at 8:45 a.m. ET passed.", []string{"May 3, 2024=2.0240503e+07 /date", "8:45 a.m.=845 /time"}},
		{"posted then updated", "Story by Ana Ruiz | Posted 8 April 2024 at 4:15 p.m., updated 9 April 2024 at 8:02 a.m.PHOTOS: 42 pictures of the eclipse\nThe museum holds 42 pictures.", []string{"42=42 pictures/count"}},
		{"key events list", "Key events: 12:40 Commissioner gives update | 07:58 Divers resume search\nThe ferry left at 07:58.", []string{"07:58=758 /time"}},
		{"most viewed counter", "Most viewed: 1,204\nThe plan drew 4,000 readers.", []string{"4,000=4000 readers/count"}},
		{"byline date and time after a comma", "By Our Royal Correspondent · 2 June 2024, 18:47 ·\nThe vote on 2 June 2024, 18:47 was close.", []string{"2 June 2024=2.0240602e+07 /date", "18:47=1847 /time"}},
		{"updated in brackets", "By Owen Pritchard | 6 March 2025, 07:02 (updated 13:40)Households can claim up to £7,500.", []string{"up to £7,500=7500 GBP/money q=up to"}},
		{"date before a zoned clock", "EnvironmentSat 12 Jul 2025 07.30 BSTDrought grips the south\nThe deadline is 12 July 2025.", []string{"12 July 2025=2.0250712e+07 /date"}},
		{"stamp clock glued to a reading time", "Pellham Gazette | Sat 9 Mar 2024 10:024 min readTicket wins £38.5m jackpot", []string{"£38.5m=3.85e+07 GBP/money"}},
		{"live entry after a full stop", "Orders cover 14,000 residents.9:40 a.m.: Crews cut a line.\nThe meeting ended at 9:40 a.m.: officials left.", []string{"14,000=14000 residents/count", "9:40 a.m.=940 /time"}},
		{"dated stamp without a zone", "GOLF 20 July 2025 · 19:58\nHe won by 2 strokes.", []string{"2=2 strokes/count"}},
		{"dated stamp", "Economy15 October 2025 · 07:00 BSTInflation eases to 3.5%\nThe vote on 15 October at 07:00 BST passed.", []string{"3.5%=3.5 percent/percent", "15 October=1015 /date", "07:00 BST=700 /time"}},
		{"dated stamp in fields", "By Kim Ode • 3 June 2024 • 08:15 BST • Updated 4 June 2024 • 10:50 BST\nThe bridge shut for 6 weeks.", []string{"6 weeks=6 week/measure"}},
		{"dateline with its time in brackets", "OTTAWA, April 15 (4:30 p.m. ET) - The deficit is C$42.8 billion.\nHANOI, Aug 12 (14:20 ICT) - Cases rose 18%.", []string{"April 15=415 /date", "C$42.8 billion=4.28e+10 CAD/money", "Aug 12=812 /date", "18%=18 percent/percent"}},
		{"byline date with a zoned clock", "Thieves hit museumBy Anna Kessler3 February 2025, 09:14 CET, updated 11:02 CETThieves took eleven pieces.", []string{"eleven=11 pieces/count"}},
		{"live entry with a dotted clock", "Hikers found\n5.25pm Two of the hikers have been found.\nAt 5.25pm the first was found.", []string{"Two=2 hikers/count", "5.25pm=1725 /time"}},
		{"listen to this article", "ShareSaveListen to this article 3:48The group of 9 was freed.", []string{"9=9 /count"}},
		{"reaction counter and a verb before ago", "Launched 27 days ago, it flew 1.4 million km.\nGet the newsletter\U0001F44D 214", []string{"27 days=27 day/measure", "1.4 million km=1.4e+06 km/measure"}},
		{"day passes", "The resort sold 3,400 day passes, on a 10 day trip.", []string{"3,400=3400 passes/count", "10 day=10 day/measure"}},
		{"a story's start is no page stamp", "This article was amended on 12 March 2026.\nThe chain was started on 23 June by a donor.", []string{"23 June=623 /date"}},
		{"posted by a name", "Posted by Hannah Wray on 3 March 2025 at 07:58 | Updated 4 March 2025 at 09:15\nThe fee was set by Parliament on 3 March 2025.", []string{"3 March 2025=2.0250303e+07 /date"}},
		{"stamps with an update", "12 June 2025 14:10 Updated 27 minutes ago\n06/11/2025 06:20 Updated 51 minutes ago\n30 January 2025, updated 15:32\nThis article was amended on 12 March 2026 to correct figures.\nRents rose 4%.", []string{"4%=4 percent/percent"}},
		{"shared times", "Shared 240 times\nThe agency approved 38,500 grants.", []string{"38,500=38500 grants/count"}},
		{"dated stamp after a byline", "By Hanna Pryce, Science Reporter13 March 2025 · 4 min read14 fragments were found.", []string{"14=14 fragments/count"}},
		{"number glued to a section label", "Energy & Climate38,500 heat pump grants approved", []string{"38,500=38500 grants/count"}},
		{"stock quote", "AEROVELA (AVL) 6.42 \u25bc 1.81 (-22.0%)\nShares fell 18% on Monday.", []string{"18%=18 percent/percent"}},
		{"stamp line of a page", "12 August 2024, 15:49 · Reading time: 4 minutes\nNext attempt: March 13, 5:50 p.m.", []string{"March 13=313 /date", "5:50 p.m.=1750 /time"}},
		{"dated stamp with its weekday", "Entertainment · Sunday, June 16, 2024 · 2 min read The film took $412 million.", []string{"$412 million=4.12e+08 USD/money"}},
		{"dated stamp before its update", "Economy15 October 2025 · last updated 11:26 BSTInflation eases to 3.5%", []string{"3.5%=3.5 percent/percent"}},
		{"short relative times", "Updated 5m ago. Posted 2d ago. Updated 3 weeks ago.", nil},
		{"ago in prose", "The outbreak began 12 days ago and peaked two days ago.\n3 hours ago", []string{"12 days=12 day/measure", "two days=2 day/measure"}},
		{"a participle opening a sentence with a date", "Published on 2 September in the Northern Review, the study ran 9 years.\nPublished on 21 October, the poll had 1,200 replies.\nPublished 2 September 2025 in Health", []string{"2 September=902 /date", "9 years=9 year/measure", "21 October=1021 /date", "1,200=1200 replies/count"}},
		{"weeks ago in prose", "The strike began 3 weeks ago.", []string{"3 weeks=3 week/measure"}},
		{"comments counter", "The lines closed at 9 p.m.Comments (12)", []string{"9 p.m.=2100 /time"}},
		{"comments counter label", "12 Comments", nil},
		{"copyright", "Editing by Alison Carrow© 2026 Coastline Press", nil},
		{"modified with weekday and dotted time", "Last modified on Tue 4 Mar 2026 16.40 GMT", nil},
		{"stamp with slashed date", "Published: 04/03/2026 14:05", nil},
		{"video length", "Watch: 2:31", nil},
		{"reading time label", "Reading time: 4 minutes", nil},
		{"fact after a stamp", "Updated 5:02 p.m. ET July 9, 2026 12 people died in the blast.", []string{"12=12 people/casualties"}},
		{"wire update number", "UPDATE 2-Quake kills at least 112 in western province", []string{"at least 112=112 /casualties q=at least"}},
		{"gallery counter", "Image 1 of 5: Rescuers search the rubble.", nil},
		{"page counter", "Page 2 of 3", nil},
		{"audio length", "Listen (4 min)", nil},
		// Facts that look like furniture.
		{"pages of a report", "The report runs to 300 pages of evidence.", []string{"300=300 pages/count"}},
		{"watched a clock time", "Crowds watched at 2:31 p.m. as the tower fell.", []string{"2:31 p.m.=1431 /time"}},
		{"public comments", "The agency received 4,000 public comments.", []string{"4,000=4000 comments/count"}},
		{"years ago", "The comet was last seen 80,000 years ago.", []string{"80,000 years=80000 year/measure"}},
		{"lowercase updated", "The ministry updated its guidance on March 3.", []string{"March 3=303 /date"}},
		{"over a period", "About 1,500 deaths were recorded over two weeks.", []string{"About 1,500=1500 deaths/casualties q=about", "two weeks=2 week/measure"}},
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

// TestScrapedSpellings checks figures as scrapers and editors write them:
// hedges before time spans, fractions of a percentage point, number words
// glued to the next word.
func TestScrapedSpellings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"over hedges a wait", "Passengers waited over six hours.", []string{"over six hours=6 hour/measure q=over"}},
		{"under hedges a time", "He ran it in under two minutes.", []string{"under two minutes=2 minute/measure q=under"}},
		{"over the period of a sum", "It pledged C$12.3 billion in new spending over five years.", []string{"C$12.3 billion=1.23e+10 CAD/money", "five years=5 year/measure"}},
		{"over a period is no hedge", "The fund will be paid over four years.", []string{"four years=4 year/measure"}},
		{"quarter point", "Rates were cut by a quarter of a percentage point.", []string{"a quarter of a percentage point=0.25 percentage points/percent"}},
		{"half point", "Markets priced in half a percentage point.", []string{"half a percentage point=0.5 percentage points/percent"}},
		{"three quarters point", "They expect three quarters of a percentage point.", []string{"three quarters of a percentage point=0.75 percentage points/percent"}},
		{"quarter of voters", "A quarter of voters agreed.", []string{"A quarter=0.25 fraction/percent"}},
		{"glued number word", "The blast killed threeEurope", []string{"three=3 /casualties"}},
		{"camel case name", "She works at YouTube and PayPal.", nil},
		{"verb opening a sentence", "Leaving 16 missing, the storm moved north.", []string{"16=16 /casualties"}},
		{"headline glued to an article", "Floods kill dozensA flash flood hit the town", []string{"dozens=12-120 /casualties"}},
		{"article glued to a name stays", "It was built by SuzukiA team of four", []string{"four=4 /count"}},
		{"vague after a name", "Europe Hundreds held as protests turn violent", []string{"Hundreds=100-1000 /count"}},
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
