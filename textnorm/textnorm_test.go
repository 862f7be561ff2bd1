package textnorm

import (
	"flag"
	"strings"
	"testing"
)

// update is accepted so that `go test ./... -update` works in every package;
// this package has no golden files of its own.
var update = flag.Bool("update", false, "rewrite golden files")

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"\u201cQuoted,\u201d he said", `"Quoted," he said`},
		{"Iraq\u2019s own", "Iraq's own"},
		{"25\u201330 people", "25-30 people"},
		{"Washington\u2014and Tehran", "Washington - and Tehran"},
		{"Washington \u2014 and Tehran", "Washington - and Tehran"},
		{"\u22125 degrees", "-5 degrees"},
		{"non\u2011lethal", "non-lethal"},
		{"5\u00a0000 runners", "5 000 runners"},
		{"12\u202f500", "12 500"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"soft\u00adhyphen", "softhyphen"},
		{"many    spaces\t\there", "many spaces here"},
		{"line\r\nbreak", "line\nbreak"},
		{"para\n\n\n\nbreak", "para\n\nbreak"},
		{"wait\u2026", "wait..."},
		{"e\u0301t\u00e9", "\u00e9t\u00e9"},
		{"bad \xff byte", "bad \ufffd byte"},
	}
	for _, tt := range tests {
		got := Normalize(tt.in).Norm
		if got != tt.want {
			t.Errorf("Normalize(%q).Norm = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestOffsets checks that spans of the normalised text map back to the
// matching spans of the original.
func TestOffsets(t *testing.T) {
	tests := []struct{ in, norm, orig string }{
		{"said \u201cmore than 5,000\u201d troops", "more than 5,000", "more than 5,000"},
		{"\u201cQuoted\u201d", `"Quoted"`, "\u201cQuoted\u201d"},
		{"a\u00a0\u00a0b  c", "b c", "b  c"},
		{"x\u200b 12\u00a0000 y", "12 000", "12\u00a0000"},
		{"25\u201330", "25-30", "25\u201330"},
		{"e\u0301t\u00e9 5 km", "5 km", "5 km"},
		{"at least\n25", "at least\n25", "at least\n25"},
	}
	for _, tt := range tests {
		tx := Normalize(tt.in)
		k := strings.Index(tx.Norm, tt.norm)
		if k < 0 {
			t.Fatalf("Normalize(%q).Norm = %q; missing %q", tt.in, tx.Norm, tt.norm)
		}
		s, e := tx.OrigSpan(k, k+len(tt.norm))
		if got := tx.Orig[s:e]; got != tt.orig {
			t.Errorf("Normalize(%q): span of %q maps to %q; want %q", tt.in, tt.norm, got, tt.orig)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"glued", "in the country.Embassy guards responded.", []string{"in the country.", "Embassy guards responded."}},
		{"a possessive wrapped at its line's end, a quote closed at one", "The Greens won 22 seats in the north and the Farmers'\nLeague 14.\nA baker says his secret is 'patience'\nMost read", []string{"The Greens won 22 seats in the north and the Farmers'\nLeague 14.", "A baker says his secret is 'patience'", "Most read"}},
		{"a headline over a lead opening with its agency, a dateline wrapped before it", "Wildfire grows to 12,000 acres\n(Pacific Wire) - A fire grew to 12,001 acres.\nHARBOUR CITY, June 9\n(Sports Wire) - Ruiz scored 31.", []string{"Wildfire grows to 12,000 acres", "(Pacific Wire) - A fire grew to 12,001 acres.", "HARBOUR CITY, June 9\n(Sports Wire) - Ruiz scored 31."}},
		{"a ranked row parted by bars", "The top three: 1. Velport 97.4 | 2. Dunmere 96.9 | 3. Karsk 95.8\nMost read: 1. Ferry fares rise 2. Tram strike ends", []string{"The top three: 1. Velport 97.4 | 2. Dunmere 96.9 | 3. Karsk 95.8", "Most read: 1.", "Ferry fares rise 2.", "Tram strike ends"}},
		{"line of a race card", "4. Northern Quay (Sam Ridley) 12-1\n14 ran. Then 12\n000 people came.", []string{"4.", "Northern Quay (Sam Ridley) 12-1", "14 ran.", "Then 12\n000 people came."}},
		{"glued after a lone digit", "She was treated aged 7.By Rhian Talbot, J.Smith said.", []string{"She was treated aged 7.", "By Rhian Talbot, J.Smith said."}},
		{"glued before a hyphened word", "Hallam Green recorded 98,750.E-book loans reached 318,900.", []string{"Hallam Green recorded 98,750.", "E-book loans reached 318,900."}},
		{"glued after a sum", "The rate is £12.68.Correction: none.", []string{"The rate is £12.68.", "Correction: none."}},
		{"glued after a temperature", "The outside temperature was -58C.Using a bulldozer, crews cleared it.", []string{"The outside temperature was -58C.", "Using a bulldozer, crews cleared it."}},
		{"glued after a percent", "The Greens won 6.2%.Results come later.", []string{"The Greens won 6.2%.", "Results come later."}},
		{"glued after a bracket", "It fell (in May).Prices rose.", []string{"It fell (in May).", "Prices rose."}},
		{"bracketed credit glued on", "It could cost 150 million euros.(Reporting by Ana Roe)", []string{"It could cost 150 million euros.", "(Reporting by Ana Roe)"}},
		{"ticker glued to an abbreviation", "Shares in Halden Corp.(NYSE: HLD) rose.", []string{"Shares in Halden Corp.(NYSE: HLD) rose."}},
		{"headline glued to a dateline", "Slick spreads 30 kmPUERTO ALTO (Wire) - A tanker leaked oil.", []string{"Slick spreads 30 km", "PUERTO ALTO (Wire) - A tanker leaked oil."}},
		{"headline glued to a dateline with a country", "Toll rises to 9KOVAR, Ostrel (Continental Press) - Rescuers dug on.", []string{"Toll rises to 9", "KOVAR, Ostrel (Continental Press) - Rescuers dug on."}},
		{"headline glued to a dated dateline", "Yield at highest since 2009SELBURG, Oct 8 (Wirepoint) - Bonds fell.", []string{"Yield at highest since 2009", "SELBURG, Oct 8 (Wirepoint) - Bonds fell."}},
		{"headline glued to a long dateline", "Pile-up injures 27HALSTEAD CROSS, England, Nov 14 (Meridian) - Cars collided.", []string{"Pile-up injures 27", "HALSTEAD CROSS, England, Nov 14 (Meridian) - Cars collided."}},
		{"capitals glued without a dateline", "The vote ofUN members (in May) - and others.", []string{"The vote ofUN members (in May) - and others."}},
		{"a stamp line before a live entry", "Storm latest\nJuly 3 at 9:15 a.m.\n11:20 GMT Crews say 48 boats are missing.\nAt 4 a.m.\n12 more came.", []string{"Storm latest", "July 3 at 9:15 a.m.", "11:20 GMT Crews say 48 boats are missing.", "At 4 a.m.\n12 more came."}},
		{"glued A", "had not been breached.A spokesman said.", []string{"had not been breached.", "A spokesman said."}},
		{"date wrapped after its day", "The vote was held on 3\nMarch 2025 in the hall.\nQuake kills 40\nRescuers dug on.", []string{"The vote was held on 3\nMarch 2025 in the hall.", "Quake kills 40", "Rescuers dug on."}},
		{"glued digit", "wounded 55.Those raids ended.", []string{"wounded 55.", "Those raids ended."}},
		{"glued decimal", "The index closed at 13,005.3.Brent fell.", []string{"The index closed at 13,005.3.", "Brent fell."}},
		{"wrapped date", "The deadline is Dec.\n31, officials said.", []string{"The deadline is Dec.\n31, officials said."}},
		{"glued quotes", `held responsible.""America has said it.`, []string{`held responsible."`, `"America has said it.`}},
		{"heading", `military base.'NO SURRENDER'"We will stay," he said.`, []string{"military base.", "'NO SURRENDER'", `"We will stay," he said.`}},
		{"U.S.", "U.S. troops arrived. The U.S.-led force grew.", []string{"U.S. troops arrived.", "The U.S.-led force grew."}},
		{"U.S. end", "The aid came from the U.S. The talks failed.", []string{"The aid came from the U.S.", "The talks failed."}},
		{"Dec. 31", "It ends on Dec. 31 and resumes later.", []string{"It ends on Dec. 31 and resumes later."}},
		{"a masthead's stamp line with dots", "Harlow Post \u00b7 Business \u00b7 Monday 08:05 \u00b7 3 min read\nThe headline index fell to 47.9.", []string{"Harlow Post \u00b7 Business \u00b7 Monday 08:05 \u00b7 3 min read", "The headline index fell to 47.9."}},
		{"byline glued to a month", "By Ann LeeOct. 15, 2026, 6:48 p.m. ETFires spread.", []string{"By Ann LeeOct. 15, 2026, 6:48 p.m. ET", "Fires spread."}},
		{"May abbreviated as every month is", "Updated May. 14, 2025 12:41 p.m. It closed in May. 14 staff left.", []string{"Updated May. 14, 2025 12:41 p.m.", "It closed in May.", "14 staff left."}},
		{"No. 2", "He is the No. 2 official. She is not.", []string{"He is the No. 2 official.", "She is not."}},
		{"Mr.", "Mr. Smith and Dr. Jones met Gen. Lee.", []string{"Mr. Smith and Dr. Jones met Gen. Lee."}},
		{"decimal", "It rose 3.5 percent. Then it fell.", []string{"It rose 3.5 percent.", "Then it fell."}},
		{"a.m.", "It began at 10 a.m. GMT on Monday.", []string{"It began at 10 a.m. GMT on Monday."}},
		{"a.m. end", "It began at 4 a.m. Rescuers arrived later.", []string{"It began at 4 a.m.", "Rescuers arrived later."}},
		{"a.m. day", "It began at 10 a.m. Tuesday in the capital.", []string{"It began at 10 a.m. Tuesday in the capital."}},
		{"e.g.", "Some fruit, e.g. apples, was sold.", []string{"Some fruit, e.g. apples, was sold."}},
		{"url", "See example.com/Report for details.", []string{"See example.com/Report for details."}},
		{"email", "Write to news.desk@example.org now.", []string{"Write to news.desk@example.org now."}},
		{"question", "Why? Nobody knows!", []string{"Why?", "Nobody knows!"}},
		{"paragraph", "First part\n\nSecond part", []string{"First part", "Second part"}},
		{"heading line", "STORM WARNING\nWinds of 90 mph are expected.", []string{"STORM WARNING", "Winds of 90 mph are expected."}},
		{"wrapped line", "The army said on Tuesday that at least\n25 fighters had been killed in the raids.", []string{"The army said on Tuesday that at least\n25 fighters had been killed in the raids."}},
		{"quote inside", `He said: "We won. They lost." Then he left.`, []string{`He said: "We won.`, `They lost."`, "Then he left."}},
		{"glued counter", "Bus drivers reject pay rowComments (204)Bus drivers at the depot voted.", []string{"Bus drivers reject pay row", "Comments (204)", "Bus drivers at the depot voted."}},
		{"spaced counter glued after", "Pay row Comments (204)Bus drivers voted.", []string{"Pay row", "Comments (204)", "Bus drivers voted."}},
		{"number-first counter glued", "Pay row 204 CommentsBus drivers voted. Pay row1.2K sharesBus fares rose.", []string{"Pay row", "204 Comments", "Bus drivers voted.", "Pay row", "1.2K shares", "Bus fares rose."}},
		{"glued counter colon", "It rose.Comments: 17Residents were urged to stay.", []string{"It rose.", "Comments: 17", "Residents were urged to stay."}},
		{"glued stamp", "Burglaries risePublished 9:12 AMThieves broke into 14 homes.", []string{"Burglaries rise", "Published 9:12 AM", "Thieves broke into 14 homes."}},
		{"glued pm zone", "Updated 10:41 pm ETPolice said 3 people were hurt.", []string{"Updated 10:41 pm ET", "Police said 3 people were hurt."}},
		{"glued date", "Burglaries riseMarch 4, 2026Thieves broke in. Pay rowThursday, March 5, 2026 7:45 PMBus drivers voted. He met MarchBank chiefs in May.", []string{"Burglaries rise", "March 4, 2026", "Thieves broke in.", "Pay row", "Thursday, March 5, 2026 7:45 PM", "Bus drivers voted.", "He met MarchBank chiefs in May."}},
		{"glued dotted pm zone", "Updated 10:41 p.m. ETPolice said 3 people were hurt.", []string{"Updated 10:41 p.m. ET", "Police said 3 people were hurt."}},
		{"glued am without space", "Posted 7:05AMThe bridge reopened.", []string{"Posted 7:05AM", "The bridge reopened."}},
		{"not glued counter", "Shares 45 minutes later were up. McDonald's shares rose. He read Comments (12) aloud. Comments: 4,000 were received.", []string{"Shares 45 minutes later were up.", "McDonald's shares rose.", "He read Comments (12) aloud.", "Comments: 4,000 were received."}},
		{"not glued stamp", "The paper Updated its rules. The iPhone maker said so.", []string{"The paper Updated its rules.", "The iPhone maker said so."}},
		{"list items glued without full stops", "The club will shut its academy, affecting 84 players across seven age groupsThe club says it costs £1.9m a year and has produced two players in five yearsAbout 30 staff face redundancy. Gadget reviewsWe test it. Reading thisNewsletterThe Sport Briefing.", []string{"The club will shut its academy, affecting 84 players across seven age groups", "The club says it costs £1.9m a year and has produced two players in five years", "About 30 staff face redundancy.", "Gadget reviewsWe test it.", "Reading thisNewsletterThe Sport Briefing."}},
		{"glued year", "Published 9:12 AM March 4, 2026Thieves broke in. The A320Neo flew.", []string{"Published 9:12 AM March 4, 2026", "Thieves broke in.", "The A320Neo flew."}},
		{"glued clock", "Posted 09:12Thieves broke in.", []string{"Posted 09:12", "Thieves broke in."}},
		{"dateline a.m.", "July 23 at 10:05 a.m.\nWESTBROOK - The council met.", []string{"July 23 at 10:05 a.m.", "WESTBROOK - The council met."}},
		{"phone wrapped after its area code", "Call the hotline at (559)\n555-0142 for help.", []string{"Call the hotline at (559)\n555-0142 for help."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Normalize(tt.in).Norm
			var got []string
			for _, s := range Split(n) {
				got = append(got, n[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got: %q\nwant: %q", n, got, tt.want)
			}
		})
	}
}

func TestJunk(t *testing.T) {
	tests := []struct {
		name, in string
		junk     []string
	}{
		{"css chain", "Editing by Jane Doefor-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-up", []string{"for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-up"}},
		{"a site's count of its catalogue", "Frost hit 26,000 hectares.\n\n9,393 wines in our database\n\nThe ministry holds 9,393 wines in its cellars.", []string{"9,393 wines in our database"}},
		{"a share bar's counts with their icons gone", "The film took $4m.\n1,221 2,109 Comments (46)\n\nIt opened in 2,109 cinemas.", []string{"1,221 2,109", "Comments (46)"}},
		{"a page's star rating", "Fees rose to £9,535.\n\nWas this article helpful? Rated 4.8/5 from 537 votes", []string{"Rated 4.8/5 from 537 votes"}},
		{"an index box's rows, its moves drawn as arrows", "Rates fell 4%.\n\nComposite: $3,594/FEU \u25b2 1.8%\n\nAsia - North Europe; 4,572; \u25b2 8.8%\n\nAsia - Mediterranean; 3,484; \u25bc 0.1%", []string{"Composite: $3,594/FEU \u25b2 1.8%", "Asia - North Europe; 4,572; \u25b2 8.8%", "Asia - Mediterranean; 3,484; \u25bc 0.1%"}},
		{"a byline strip with its update before its reading time, and a sign-up count", "Marcus Oyelaran \u00b7 April 2, 2025 4:10 p.m. \u00b7 updated 16:22 \u00b7 7-minute read\n\nThe paper was sold for $47 million.\n\n108,496 hikers already subscribe.", []string{"Marcus Oyelaran \u00b7 April 2, 2025 4:10 p.m. \u00b7 updated 16:22 \u00b7 7-minute read", "108,496 hikers already subscribe."}},
		{"a comment thread's count and a live count of readers", "Power returned.\n\nShowing 10 of 549 comments. 257 people viewing now.\n\n257 people were reading the notice before it was withdrawn, police said now.", []string{"Showing 10 of 549 comments.", "257 people viewing now."}},
		{"a byline's stamp split from it at its full stop", "By Oren Vasquez, Transport Reporter. 14 March 2025 at 9:20 am\n\nThe bridge reopened on 14 March 2025 at 9:20 am.", []string{"14 March 2025 at 9:20 am"}},
		{"a content system's hits after its stamps", "Written by Ana Ruiz Published: 5 June 2024 06:10 Last Updated: 11:49 Hits: 24,671\n\nThe storm hits 40 towns.", []string{"Written by Ana Ruiz Published: 5 June 2024 06:10 Last Updated: 11:49", "Hits: 24,671"}},
		{"links to the comments with their count", "Rates held at 4%.Share this article 418 sharesJoin the conversation (36 comments)\n\nJoin the discussion (12)\n\nSee all 48 comments\n\nSee 3 hours of footage.", []string{"Share this article", "418 shares", "Join the conversation (36 comments)", "Join the discussion (12)", "See all 48 comments"}},
		{"a market box's rows with their moves signed, and its clock", "The plant will open in 2027.\n\nBattery metals today\n\nNickel (LME): 16,370 $/t +4.5%\n\nManganese sulphate: 689 $/t \u22124.4%\n\nAs of 16:41 UTC\n\nExports: 12,000 tonnes, up 4%", []string{"Nickel (LME): 16,370 $/t +4.5%", "Manganese sulphate: 689 $/t -4.4%", "As of 16:41 UTC"}},
		{"a reading time and a share counter glued to it", "The shortfall is 72,000 beds.Reading time: 4 minShare on social (633)Comments (72)", []string{"Reading time: 4 min", "Share on social (633)", "Comments (72)"}},
		{"a newsletter's label glued to a share", "Rents rose.\n\nMost watched1. Flood defences: 3 towns on alert2. Ferry fares rise 7%Newsletter: The Eastmere Eight - 8 stories every morning.", []string{"Ferry fares rise 7%", "Newsletter: The Eastmere Eight - 8 stories every morning."}},
		{"a forecast box's rows for each day", "Growers lit 3,500 fire pots.\n\nFrost risk - Lavoux terraces\n\nSun0.1\u00b0C25%\n\nWed; -4.8\u00b0C; 70%\n\nSunday will be warm at 14\u00b0C.", []string{"Sun0.1\u00b0C25%", "Wed; -4.8\u00b0C; 70%"}},
		{"a snow report's readings glued in one strip, beside a story's key figures", "The lift reopened.\n\n-6\u00b0C Fresh snow: 35 cm Depth: 140 cm Runs open: 41\n\nRain: 9 mm Gusts: 70 km/h\n\nDead: 4 Injured: 19\n\nIt snowed: 35 cm fell.", []string{"-6\u00b0C Fresh snow: 35 cm Depth: 140 cm Runs open: 41", "Rain: 9 mm Gusts: 70 km/h"}},
		{"a box's foot with one reading and its clock behind a bar", "Quotas were swapped.\n\nCrates landed: 1,874 | Updated 05:47\n\nCrates landed: 1,874 | Seats: 12\n\nThe market opened at 05:47 and sold 1,874 crates. | Updated 05:47", []string{"Crates landed: 1,874 | Updated 05:47"}},
		{"the publisher's company number in the footer", "Fryers paid £48 a drum.Registered in England No. 04418830\n\nCompany number 09912345\n\nThe company registered 40 new shops.", []string{"Registered in England No. 04418830", "Company number 09912345"}},
		{"a strip of the day's labelled clocks, beside a story's times", "The lamps were dimmed.\n\nSunset today 16:05 \u00b7 Lights on approx. 16:19 \u00b7 Sunrise 07:44\n\nHigh tide 5:12 p.m. | Low tide 11:30 p.m.\n\nThe lights go off at 00:30 \u00b7 the council said.", []string{"Sunset today 16:05 \u00b7 Lights on approx. 16:19 \u00b7 Sunrise 07:44", "High tide 5:12 p.m. | Low tide 11:30 p.m."}},
		{"a stamp's line parted into sentences after its a.m.", "Gym shut\n\nFeb. 3, 2025 at 7:40 a.m. Last updated 08:15\n\nThe gym closed at 7:40 a.m. on Feb. 3, 2025. Last year it shut twice.", []string{"Feb. 3, 2025 at 7:40 a.m.", "Last updated 08:15"}},
		{"a byline stamp whose name is glued to the lead", "Board delays grow.Harrow Post, updated 4 May 2025 at 11:05, by Ines TalbotChairman Rob Eyre said 40 cases waited.", []string{"Harrow Post, updated 4 May 2025 at 11:05, by Ines Talbot"}},
		{"a price board read from a table, its index above and its clock below", "Farmers cut back.\n\nFeed Price Index\n\n412.7 \u25bc 1.2%\n\nBarley; \u00a3188/t\n\nSoya meal; \u00a3391/t\n\nas of 09:14\n\nBarley rose to \u00a3188/t.", []string{"412.7 \u25bc 1.2%", "Barley; \u00a3188/t", "Soya meal; \u00a3391/t", "as of 09:14"}},
		{"links glued in a run, each closed by its reading time", "Crews left at 6am.\n\n(2 min read)Council fines 12 homes over bonfires (3 min read)Nine ways to dry logs (4 min read)\n\nThe fire took 2 hours to put out.", []string{"(2 min read)Council fines 12 homes over bonfires (3 min read)Nine ways to dry logs (4 min read)"}},
		{"a venue box's hours and state, a fact box's hours kept", "Fines were dropped.\n\nAshby Library: 9am \u2013 6pm\n\nOpen now \u00b7 closes in 2h 10m \u00b7 Loans today: 88\n\nOpening hours: 9am to 6pm", []string{"Ashby Library: 9am - 6pm", "Open now \u00b7 closes in 2h 10m \u00b7 Loans today: 88"}},
		{"a board of waits read from a table, closed by its clock", "Queues grew.\n\nGate 2 \u2013 Standard; 14 mins\n\nFast Track; 6 mins\n\nRefreshed 08:37.\n\nWaits hit 14 mins.", []string{"Gate 2 - Standard; 14 mins", "Fast Track; 6 mins", "Refreshed 08:37."}},
		{"a live page's count of its followers, and a story's sentence on a map renewed each quarter", "LIVE 26,866 people following\n\nThe map draws on 5 years of police data and will be updated every quarter.\n\nSource: tracker, updated every 15 minutes\n\nBids are updated every 10 minutes.\n\nSome 4,200 fans were following the match.", []string{"LIVE 26,866 people following", "Source: tracker, updated every 15 minutes", "Bids are updated every 10 minutes."}},
		{"a call to the comments with their count", "Fees rose.\n\nHave your say (456 comments)\n\nReader comments (80)\n\nHave your say on the 3% rise.", []string{"Have your say (456 comments)", "Reader comments (80)"}},
		{"a Czech site's stamp with its dotted dates, and its share, comments and related labels glued to the end", "The line climbs 131 metres.\n\nJana Kroupová, 4. 12. 2024 7:15, aktualizováno 5. 12. 2024 9:02\n\nIt carried 2.1 million passengers.Sdílet318Komentáře (57)Související článkyTram line 9 closed for 2 weeks", []string{"Jana Kroupová, 4. 12. 2024 7:15, aktualizováno 5. 12. 2024 9:02", "Sdílet318", "Komentáře (57)", "Související článkyTram line 9 closed for 2 weeks"}},
		{"a stamp's clock glued to the sentence after it", "The line shut in 2023.\n\nOwen Tremblay · The Garnet Gazette · Feb. 6, 2025 5:30 a.m.The report forecasts 410,000 annual trips.", []string{"Owen Tremblay · The Garnet Gazette · Feb. 6, 2025 5:30 a.m."}},
		{"a LINE button and a list of popular articles glued to the end", "The wait reached two hours, staff said.TweetLINEPopular articles1. Autumn leaves peak in the valleyRyokan prices up 8%", []string{"TweetLINE", "Popular articles1.", "Autumn leaves peak in the valleyRyokan prices up 8%"}},
		{"a count of likes glued to the comments' count", "Frost hit 1,300 hectares.Comments (39)336 people like this\n\nGrowers said 40 people like this variety.", []string{"Comments (39)", "336 people like this"}},
		{"a byline's stamp before its reading time on one line", "The distillery will cost €19m.\n\nAoife Brannigan · 20/05/2025 10:09 · 8 min read\n\nIt opens on 20/05/2026 at 10:09.", []string{"Aoife Brannigan · 20/05/2025 10:09 · 8 min read"}},
		{"a page's helpful poll and its answer", "The fog lifted.\n\nWas this guide helpful? 1,140 people said yes.\n\nOf 4,000 members, 3,100 said yes.", []string{"1,140 people said yes."}},
		{"a count of shares after the page's tools", "Demand rose 60%.\n\nPrint Email 4,597 people shared this\n\nMore than 2,000 people shared this video.", []string{"4,597 people shared this"}},
		{"an audio player's length after the page's counters", "Fees rose 5%.\n\n3651 shares Listen: 3 min\n\nListen (4 mins)\n\nThe choir sang for 40 min.", []string{"3651 shares", "Listen: 3 min", "Listen (4 mins)"}},
		{"a newsletter's pitch naming when it comes, and its readers already signed up", "The flock lost 12 ewes.\n\nGet the Rural Briefing every Friday at 7am. Join 65,600 subscribers\n\nDon't miss a story: 83,100 people already get our daily newsletter. Sign up\n\nGet the vaccine every year, vets said.", []string{"Get the Rural Briefing every Friday at 7am.", "Join 65,600 subscribers", "Don't miss a story: 83,100 people already get our daily newsletter.", "Sign up"}},
		{"a byline's clock before a labelled reading time", "Prices rose 4%.\n\nKatrin Solberg - Crime & Environment, 10:09 Reading time approx. 2 min.\n\nThe Reading time trial ran 5 min.", []string{"Katrin Solberg - Crime & Environment, 10:09", "Reading time approx. 2 min."}},
		{"a pull quote set eight sentences before its paragraph", "Loans fell 12%.\n\n\u201cIt outlived two world wars and it will not outlive this budget\u201d\n\nOne. Two. Three. Four. Five. Six. Seven.\n\n\u201cIt outlived two world wars and it will not outlive this budget,\u201d said the chair.", []string{"\"It outlived two world wars and it will not outlive this budget\""}},
		{"a counter of readers' comments between shares and views", "Bids reached $1.2m.\n\n3,197 shares 389 reader comments 200,990 views\n\n389 readers wrote in.", []string{"3,197 shares 389 reader comments 200,990 views"}},
		{"a most-read heading on the line after a related link", "The fair drew 4,000.\nRelated: Five-a-side league celebrates its 25th season\nMost read\n1. Scouts hut rebuilt with \u00a338,000 grant\n2. Bills to rise by \u00a386", []string{"Related: Five-a-side league celebrates its 25th season", "Most read", "1.", "Scouts hut rebuilt with \u00a338,000 grant", "2.", "Bills to rise by \u00a386"}},
		{"a share count glued to a year's full stop", "The bells were set by an ordinance in 1987.841 shares49 comments", []string{"841 shares", "49 comments"}},
		{"a share count without its K going on in prose", "It rose 2.5 points and 1.841 shares changed hands.", nil},
		{"a newsletter box read by its subscribers", "The Budget comes on 7 October.\n\nBusiness Daily - the morning's news in your inbox. Already read by 19,894 subscribers.\n\nThe report was read by 1,200 members.", []string{"Business Daily - the morning's news in your inbox.", "Already read by 19,894 subscribers."}},
		{"related links on their own lines after a related heading, a most-read heading last", "The vote is on 3 December.\nRelated\nHarbour wall repairs mean 6 weeks of closures\nHospital parking charges to rise to \u00a34.50 an hour\nMost read\n1. Zoo welcomes 2 red panda cubs", []string{"Related", "Harbour wall repairs mean 6 weeks of closures", "Hospital parking charges to rise to \u00a34.50 an hour", "Most read", "1.", "Zoo welcomes 2 red panda cubs"}},
		{"a byline's name and a padded clock", "Puzzle cafe opens.\n\nSiobh\u00e1n Kiely 06:05\n\nThe cafe sold 400 puzzles.\n\nJane Smith 14:02", []string{"Siobh\u00e1n Kiely 06:05"}},
		{"a footer's clock, weather and counters after the copyright line", "Ticket sales doubled to 4,800.\n\nCopyright \u00a9 2001\u20132025 Quayside Courier. Generated 09:41:07. Now: 11\u00b0C.\n\nReaders today: 18,305 \u00b7 Online: 912", []string{"Copyright", "\u00a9 2001-2025 Quayside Courier.", "Generated 09:41:07.", "Now: 11\u00b0C.", "Readers today: 18,305 \u00b7 Online: 912"}},
		{"a photographer's credit with no year, the story after it", "The hall seats 900.\n\n\u00a9 Marta Quill\n\nThe council paid 1,200 pounds.", []string{"\u00a9 Marta Quill"}},
		{"a sign-up box's count after its prompt, beside a quote that says as much", "Crews cleared 12 fields.\n\nNever miss a match: 48,212 fans already get our Friday round-up. Sign up\n\n\"Over 300 families already get our help,\" she said.", []string{"Never miss a match: 48,212 fans already get our Friday round-up.", "Sign up"}},
		{"a stamp's line with its age and its reading time", "Pitch fees rise\n\n07:10, 9 Jun 2025 Updated 2 hours ago, 08:45 9 Jun 2025 4-minute read\n\nThe sale opened at 07:10 on 9 Jun 2025 and ran 2 hours.", []string{"07:10, 9 Jun 2025 Updated 2 hours ago, 08:45 9 Jun 2025 4-minute read"}},
		{"a byline labelled Words with its clock, and a strip of reaction icons with a reading time", "Words: Hamish Ruddock — 6:29pm\n\n👁 58,534 💬 638 ↗ 3,643 3 min\n\nThe dairy runs 14 vans.\n\nText: 12 pages were filed.", []string{"Words: Hamish Ruddock - 6:29pm", "👁 58,534 💬 638 ↗ 3,643 3 min"}},
		{"a stamp with its edit and a reading time to read", "22 Mar, 2024 8.25am (edited 22 Mar 9.26am) 5 mins to read\n\nThe maze took 5 mins to cross.\n\n6 mins to read", []string{"22 Mar, 2024 8.25am (edited 22 Mar 9.26am) 5 mins to read", "6 mins to read"}},
		{"a sign-up pitch counting its readers, and a fact box's span of days", "The show drew 3,800 people.\n\nDays: 3\n\nHours: 40\n\nDon't miss a story. Sign up free - 63,245 readers can't be wrong", []string{"Sign up free - 63,245 readers can't be wrong"}},
		{"a byline's stamp and view count, a name in capitals beyond ASCII, and a story's sentence opening 'Sponsored by'", "Órla Nic Giolla Tue Jul 15 2025 - 17:13 47,186 views\n\nSponsored by the Kesworth Tap brewery at £6,000 a season, the league has 28 teams in two divisions.\n\nSponsored by Harbour Motors", []string{"Órla Nic Giolla Tue Jul 15 2025 - 17:13 47,186 views", "Sponsored by Harbour Motors"}},
		{"a byline's stamp with its reads, a stamp updated hours later, reads beside a reading time", "Gethin Marlowe, Transport reporter – Last updated: 15:23, 3 October 2024 – 53,429 reads\n\n5 November 2024, 16:25 UTC Updated 1 hours later\n\n5,704 reads 2-minute read\n\nThe bridge opened 2 hours later.", []string{"Gethin Marlowe, Transport reporter - Last updated: 15:23, 3 October 2024 - 53,429 reads", "5 November 2024, 16:25 UTC Updated 1 hours later", "5,704 reads 2-minute read"}},
		{"a reading time and a comments call parted by a bullet, a newsletter counting its people", "The kite school trained 270 pupils.\n\n5-minute read • Join the conversation (125)\n\nNever miss a story: 50,353 people get our daily email.\n\nPrices rose 4% • Rents rose 2%", []string{"5-minute read • Join the conversation (125)", "Never miss a story: 50,353 people get our daily email."}},
		{"a publisher's footer counting its titles", "The atlas maps 55 species.\n\nPart of the Northern Weekly Press network of 55 titles.\n\nPart of the network of 55 roads was shut.", []string{"Part of the Northern Weekly Press network of 55 titles."}},
		{"an outlet funded by its readers, counted", "The farm grew 4,000 tonnes.\n\nTidewater Herald is funded by 83,598 readers.\n\nThe library is funded by 12 councils.", []string{"Tidewater Herald is funded by 83,598 readers."}},
		{"links whose titles close a quote with no stop, a most-read list numbered without stops", "The judge called the tub 'a fine effort'\nSpectators lined the quay from 8am.\nRelated stories\nDuck race raises \u00a32,300 for swings\nPie champion says secret is 'chewing slowly'\nScarecrow trail: 120 figures line the high street\nMost read\n1 Kite festival draws 4,000 visitors\n2 Baker, 71, says his secret is 'never rushing the dough'\nNever miss a story: 12,400 people already get our weekend email", []string{"Related stories", "Duck race raises \u00a32,300 for swings", "Pie champion says secret is 'chewing slowly'", "Scarecrow trail: 120 figures line the high street", "Most read", "1 Kite festival draws 4,000 visitors\n2 Baker, 71, says his secret is 'never rushing the dough'", "Never miss a story: 12,400 people already get our weekend email"}},
		{"a count of responses alone on its line, a story's responses labelled", "The survey drew 9,214 responses.\n\n544 responses\n\nResponses: 9,214", []string{"544 responses"}},
		{"a reading time labelled, with the story's length in words", "The fleet has 12 gritters.\n\nReading time: 2 minutes \u00b7 397 words\n\n4 min read \u00b7 812 words\n\nThe report ran to 397 words.", []string{"Reading time: 2 minutes \u00b7 397 words", "4 min read \u00b7 812 words"}},
		{"share", "The talks ended.Share this article", []string{"Share this article"}},
		{"cookies", "We use cookies to improve your experience.\n\nThe minister resigned.", []string{"We use cookies to improve your experience."}},
		{"breadcrumb", "Home > World > Middle East\n\nThe talks ended.", []string{"Home > World > Middle East"}},
		{"a sign-up call and an image credit", "A G4 storm hit on Monday.\n\nAurora alerts: sign up\n\nImage credit: Northmere Observatory", []string{"Aurora alerts: sign up", "Image credit: Northmere Observatory"}},
		{"a reader poll and its results", "Egg prices rose 4%.\nReader poll: Have you seen limits on egg purchases? Yes 57% | No 43% (912 votes)", []string{"Reader poll: Have you seen limits on egg purchases?", "Yes 57% | No 43% (912 votes)"}},
		{"an election page's running tally and declaration stamp", "Labour held the seat.\nDeclared 02:15 | Assembly seats declared: 31 of 40\nResults: 598 of 650 seats declared | Closest result so far\n\nWith 598 of 650 seats declared, Labour is on course for a majority.", []string{"Declared 02:15 | Assembly seats declared: 31 of 40", "Results: 598 of 650 seats declared | Closest result so far"}},
		{"a report's as-of line and a table row flattened with bars", "Cholera Situation Report No. 9\nAs of 19 November 2026\nDistrict | Cases | Deaths\nSarrow Coast | 2,954 | 58\nHome | World | Health", []string{"As of 19 November 2026", "District | Cases | Deaths", "Home | World | Health"}},
		{"readers' comments under the story", "Fares will rise 4%.\n\nComments (143)\nSort by: Best | Newest\nwendy · 39 points · 7 hours ago\nThey said 40 jobs but it's more like 400.\nReply", []string{"Comments (143)", "Sort by: Best | Newest", "wendy · 39 points · 7 hours ago", "They said 40 jobs but it's more like 400.", "Reply"}},
		{"a share link's count after the dot its neighbour left", "Ticket prices rose by 14%.\n\n\u00b7 Share this article (4,374)", []string{"\u00b7 Share this article (4,374)"}},
		{"a sign-up box naming its readers by their trade", "Lamb prices rose 6%.\nJoin 93,575 farmers who read it every week.", []string{"Join 93,575 farmers who read it every week."}},
		{"a reading time glued to the story's last full stop", "Births more than doubled to 2,310 over the decade.12 min read | 7,904 views | Comments (66)", []string{"12 min read", "| 7,904 views |", "Comments (66)"}},
		{"sign-up boxes glued to the links before them", "Fares were frozen.\n\nWeather: Aldermoor 19\u00b0C, light rainNewsletter \u2013 The Family Brief: 19,760 readers.\n\n9 things to do this weekendGet the Morning Briefing \u2013 41,200 subscribers and counting.", []string{"Weather: Aldermoor 19\u00b0C, light rain", "Newsletter - The Family Brief: 19,760 readers.", "9 things to do this weekend", "Get the Morning Briefing - 41,200 subscribers and counting."}},
		{"a venue's opening times and its readings strip", "The pool closed on Tuesday.\n\nOpening times this week\n\nMon \u2013 Fri; 08:00 \u2013 21:30\n\nSat; 9am-4pm\n\nPool temp 27.7\u00b0C \u00b7 Live busyness 87% \u00b7 updated 11:01", []string{"Mon - Fri; 08:00 - 21:30", "Sat; 9am-4pm", "Pool temp 27.7\u00b0C \u00b7 Live busyness 87% \u00b7 updated 11:01"}},
		{"a byline's stamp with its views over the lead", "Recycler opens plant\nOwen Radley - 2 April 2025, published 09:30 - 29,391 views\nThe plant can process 30,000 tonnes a year.", []string{"Owen Radley - 2 April 2025, published 09:30 - 29,391 views"}},
		{"a counter's strip parted by bullets, closed by its sync", "The yacht was seized.\n\n13,997 files closed \u2022 16.3% of estimated losses \u2022 last sync 00:01", []string{"13,997 files closed \u2022 16.3% of estimated losses \u2022 last sync 00:01"}},
		{"cells parted by bars, each junk", "A trial is due next year.3.2k shares | 96 comments | Listen to this article (4 min)You may also like", []string{"3.2k shares |", "96 comments | Listen to this article (4 min)You may also like"}},
		{"a wind panel's strip closed by its capitalised update", "The gondola reopened.\n\nWind at Crane Hill: 44 km/h, gusts 60 km/h from the NW \u00b7 11\u00b0C \u00b7 Lift status: Running \u00b7 Updated 21:28", []string{"Wind at Crane Hill: 44 km/h, gusts 60 km/h from the NW \u00b7 11\u00b0C \u00b7 Lift status: Running \u00b7 Updated 21:28"}},
		{"strips of counters and of prices with their changes", "The barn was approved.\n\n17,528 venues \u00b7 231,330 reviews \u00b7 1,792,256 members\n\nGold \u00a32,686/oz (+0.2%) \u00b7 Avg. Saturday venue \u00a37,850 (+0.6%)\n\nHe won 3 races \u00b7 2 titles \u00b7 4 medals.", []string{"17,528 venues \u00b7 231,330 reviews \u00b7 1,792,256 members", "Gold \u00a32,686/oz (+0.2%) \u00b7 Avg. Saturday venue \u00a37,850 (+0.6%)"}},
		{"a most-read list whose numbers glue to the items' figures", "Applications close on 31 July.Most read1. Quiz: how well do you know the rules? Score 10/102. Why 1 in 7 trainees is over 403. Advice reaches only 40% of pupils", []string{"Most read1.", "Quiz: how well do you know the rules?", "Score 10/102.", "Why 1 in 7 trainees is over 403.", "Advice reaches only 40% of pupils"}},
		{"a status bar and its update", "Trail status: 4 of 5 listed trails open \u2013 updated 09:11.\n\nThe forest will double its hire fleet to 40 bikes.", []string{"Trail status: 4 of 5 listed trails open - updated 09:11."}},
		{"a blog's comments heading", "The regulator said it was watching.\n\n208 Responses to \u201cSable Energy to refund customers after billing error\u201d", []string{"208 Responses to \"Sable Energy to refund customers after billing error\""}},
		{"a comment counter by the byline is no thread", "By Ann Lee\nComments (12)\nFares will rise 4%.", []string{"Comments (12)"}},
		{"a travel page's live widget and update line", "The M62 is closed eastbound.\nLive: 3 incidents in your area\nNext update in 15 minutes\nQueues stretch 6 miles.", []string{"Live: 3 incidents in your area", "Next update in 15 minutes"}},
		{"an embedded post's counts, glued and on a line", "Protest outside County Hall, Monday 6pm.3.3K likes 1,204 repostsUnions warned that 180 jobs could go.\n\n2.4K likes · 611 reposts", []string{"3.3K likes 1,204 reposts", "2.4K likes · 611 reposts"}},
		{"Markdown links and a Markdown table", "The wall will cost £96m.\n\n![Flood defences, which protect 1,650 homes](https://cdn.example/img/1.jpg)\n\n| Site | Spills |\n| Wenbury | 47 |March 4, 2026\n\nThe council said [40 jobs](https://example.news/a) were at risk.\n\nWritten by Ana Roe|24 Nov 2026Read more[River levels: the 5-day forecast](https://example.news/r?id=7731)[Claims top £40m](https://example.news/s-0219)", []string{"March 4, 2026", "Written by Ana Roe|24 Nov 2026", "Read more[River levels: the 5-day forecast](https://example.news/r?id=7731)[Claims top £40m](https://example.news/s-0219)"}},
		{"a row of figures is no breadcrumb", "Home | News | Business\n\nQ3: 0.4% | Q2: 0.3% | Q1: -0.1%\n\nUpdated: 14:05 | Comments: 12 | Share", []string{"Home | News | Business", "Updated: 14:05 | Comments: 12 | Share"}},
		{"a wire slug glued to the byline and the headline", "By Freya LindqvistUPDATE 2-Dunmark raises budget\n\nREFILE-Talks resume", []string{"UPDATE 2-", "REFILE-"}},
		{"a byline stamp under the headline, between paragraphs and glued after a full stop", "Tunnel bill rises\nMarta Lindqvist Transport Editor 14/03/2026 09:12\nThe tunnel will cost £1.9bn.\nTomas Reyes — 14 March 2026, 09:12 — updated 11:40\nAbout 38,000 vehicles a day will use it.by Ilse Marten - updated 10:18, 3 Nov", []string{"Marta Lindqvist Transport Editor 14/03/2026 09:12", "Tomas Reyes - 14 March 2026, 09:12 - updated 11:40", "by Ilse Marten - updated 10:18, 3 Nov"}},
		{"a share count glued to a stamp's bracket", "The licence runs for a decade.Akosua Mensah - Business Desk 2 December 2024 19:30 WAT (updated)1,764 shares | 118 comments", []string{"Akosua Mensah - Business Desk 2 December 2024 19:30 WAT (updated)", "1,764 shares |", "118 comments"}},
		{"a share count and its bar opening a sentence", "Crew rosters were published in June. 1.4K shares |Get the morning briefing.", []string{"1.4K shares |"}},
		{"a byline stamp glued before the next sentence", "The tunnel will cost £1.9bn.by Ilse Marten - updated 10:18, 3 Nov Crews worked 12-hour shifts.", []string{"by Ilse Marten - updated 10:18, 3 Nov"}},
		{"a stamp in two parts", "Published 4:10 PM MDT April 20, 2026 · Updated 9:40 AM MDT April 21, 2026\n\nThe hiker was found.\n\nBest buy mortgagesLenderRateFeeFenwick Mutual 2-yr fix4.29%£999", []string{"Published 4:10 PM MDT April 20, 2026 · Updated 9:40 AM MDT April 21, 2026", "Best buy mortgagesLenderRateFeeFenwick Mutual 2-yr fix4.29%£999"}},
		{"a polls widget and a section's links glued to the end", "Renwick will serve 14 months.Latest pollsVarrow governor · Northgate · Sayre 50%, Linden 46%More politicsTurnout falls in 11 states", []string{"Latest pollsVarrow governor · Northgate · Sayre 50%, Linden 46%More politicsTurnout falls in 11 states"}},
		{"a deals widget and a newsletter prompt glued to the end", "Deaths rose to 1,276.Shopping deals- Wine fridge £119 (save £80)ShareTweetEmail\n\nGet our free Money newsletter every weekday.\n\nSign up", []string{"Shopping deals- Wine fridge £119 (save £80)ShareTweetEmail", "Get our free Money newsletter every weekday.", "Sign up"}},
		{"a travel box and a live page's update stamp", "Home | News | HemburyUPDATE 17:20\n\nThe bridge reopened at 2.40am.\n\nTraffic and travel\nOstley Bridge open in both directions\nA58 Quayside: delays of 5 minutes\n\nTraffic and travel: A487 closed | Diversion adds about 45 minutes", []string{"Home | News | Hembury", "UPDATE 17:20", "Traffic and travel", "Ostley Bridge open in both directions", "A58 Quayside: delays of 5 minutes", "Traffic and travel: A487 closed | Diversion adds about 45 minutes"}},
		{"an ASCII copyright glued to a wire credit", "Officials said.((Reporting by Ann Lee; Editing by Tom Bell))(c) Copyright Wire 2026", []string{"(c) Copyright Wire 2026"}},
		{"a video list and a donation prompt glued to the end", "The ministry released €5,000,000.Latest videoRescue boats reach Lesk 2:12How to helpDonate €20 to the fund", []string{"Latest videoRescue boats reach Lesk 2:12How to helpDonate €20 to the fund"}},
		{"a read-by counter glued to the footer", "Branches will shut.ShareFacebookXRead by 31,200 people todayCopyright 2024 Vale Media.\n\nRead by the judge, the letter was short.", []string{"ShareFacebookX", "Read by 31,200 people today", "Copyright 2024 Vale Media."}},
		{"a subscriber count glued to the copyright line", "The plane landed.\nSign up: The Polar Dispatch, weekly. 31,200 subscribersCopyright 2025 Southern Latitudes Media.", []string{"31,200 subscribers", "Copyright 2025 Southern Latitudes Media."}},
		{"a market ticker glued to the end", "The pound was flat at $1.271.By Ann Lee | Nov 11, 2024 07:15 GMTIndex 100 8,077.9 -0.2%Index 250 20,301.4 +0.5%GBP/USD 1.2710 0.0%10-yr yield 4.28%Most readTalks end", []string{"By Ann Lee | Nov 11, 2024 07:15 GMT", "Index 100 8,077.9 -0.2%", "Index 250 20,301.4 +0.5%", "GBP/USD 1.2710 0.0%", "10-yr yield 4.28%", "Most readTalks end"}},
		{"a table and a credit glued to the story", "Claims rose 3,000.Week to Nov 9: 231,000 | Week to Nov 2: 219,000Reporting by Ann Lee; Editing by Tom Bell8:31 AM EST\n\nExports fell 2.2%The pound rose.", []string{"Reporting by Ann Lee; Editing by Tom Bell", "8:31 AM EST"}},
		{"share after credits", "Reporting by A Correspondent; Editing by Another Correspondent\nShare this article", []string{"Reporting by A Correspondent; Editing by Another Correspondent", "Share this article"}},
		{"reading time", "5 min read\n\nUpdated 2 hours ago\n\nThe talks ended.", []string{"5 min read", "Updated 2 hours ago"}},
		{"none", "The minister resigned on Friday after 17 months in office.", nil},
		{"a science page's credit and citation", "Tobias Wren - Veldmark Institute · November 19, 2026\n\nThe team read 212 genomes.\n\nCitation: Ancient genomes trace a migration (2026, November 19) retrieved 20 November 2026 from https://example.org/news/1.html\n\nThe survey ran from May to June | 2 March 2026 was its last day.", []string{"Tobias Wren - Veldmark Institute · November 19, 2026", "Citation: Ancient genomes trace a migration (2026, November 19) retrieved 20 November 2026 from https://example.org/news/1.html"}},
		{"a portal's recommended stories", "The deal values Nuvessa at $8.3 billion.\n\nRecommended Stories\n\n3 charts that explain this week in markets\n\nCopper jumps 3.2% to a 25-month high", []string{"Recommended Stories", "3 charts that explain this week in markets", "Copper jumps 3.2% to a 25-month high"}},
		{"a club site's fan poll and next fixture", "Kofi Mensah - 41% of 3,120 fan votes\n\nNext fixture: Lowden Rovers (A), Sat 6 Dec, 3pm\n\nFans cast 3,120 votes, the club said.", []string{"Kofi Mensah - 41% of 3,120 fan votes", "Next fixture: Lowden Rovers (A), Sat 6 Dec, 3pm"}},
		{"a date before a reading time", "Reefs bleached, study finds\nNovember 18, 2026 5 min read\n\nSurveys covered 212 reefs.", []string{"November 18, 2026", "5 min read"}},
		{"a race page's countdown and a count glued to the end", "Next stage starts in 18 hours 20 minutes\n\nNext race in 6 days 19 hours\n\nThe next race in 2027 will be longer.\n\nGamble responsibly. 18+ only.2,015 comments", []string{"Next stage starts in 18 hours 20 minutes", "Next race in 6 days 19 hours", "2,015 comments"}},
		{"a data download and a donation appeal", "1,276 people found this page useful\n\nDownload the full data (CSV, 2.1 MB)\n\nSupport independent journalism: 3,412 readers donated this month\n\nThe index covers 182 countries.", []string{"1,276 people found this page useful", "Download the full data (CSV, 2.1 MB)", "Support independent journalism: 3,412 readers donated this month"}},
		{"a podcast's appeal, a rates widget and a readers' count", "Support the show: $4 a month keeps us free.\n\nToday's best rates: 30-yr 6.71% | 15-yr 5.98%\n\n1,032 people read this today\n\nThe rate rose to 6.85%.", []string{"Support the show: $4 a month keeps us free.", "Today's best rates: 30-yr 6.71% | 15-yr 5.98%", "1,032 people read this today"}},
		{"an airport page's board and a fare offer", "Departures board\n07:05 NA431 Castellane Delayed\n07:20 NA207 Orvel On time\n\nBook now from £389\n\nFares from £39.99 one way were cut.", []string{"Departures board\n07:05 NA431 Castellane Delayed\n07:20 NA207 Orvel On time", "Book now from £389"}},
		{"a press release's end mark and boilerplate", "The merger creates a 14-hospital system.\n\n###\n\nRiverbend Health, founded in 1908, employs 26,500 people.\n\nMedia contact: Tobias Renfrew, (555) 014-1150", []string{"###", "Riverbend Health, founded in 1908, employs 26,500 people.", "Media contact: Tobias Renfrew, (555) 014-1150"}},
		{"a civic site's next meeting and members box", "Next meeting: Tuesday, Dec. 2, 6 p.m., City Hall\n\nSupport local news - 2,778 members and counting.\n\nThe council met for 4 hours.", []string{"Next meeting: Tuesday, Dec. 2, 6 p.m., City Hall", "Support local news - 2,778 members and counting."}},
		{"a fact-checker's tail and a travel box", "Is 999 answered within 10 seconds? Not always.\n\nShare this fact check\nHave you seen a claim you want checked? Email tips@example.org\nRelated fact checks\nDo officers spend 20% of their time on mental health calls?\nReading time 4 min\n\nCompare flights: Esterlund to Kaldora City from £58\n\nHotels in the area were 96% full.", []string{"Share this fact check", "Have you seen a claim you want checked?", "Related fact checks", "Do officers spend 20% of their time on mental health calls?", "Reading time 4 min", "Compare flights: Esterlund to Kaldora City from £58"}},
		{"an outbreak page's citable reference", "Nine cases were reported.\n\nCitable reference: Health Alert Network (20 November 2026). Disease Outbreak News.", []string{"Citable reference: Health Alert Network (20 November 2026)."}},
		{"a search box's prompt", "Find a university place: clearing vacancies 12,480\n\nFind an apprenticeship: 2,741 vacancies\n\nFind a way to cut 12% of costs, the minister said.", []string{"Find a university place: clearing vacancies 12,480", "Find an apprenticeship: 2,741 vacancies"}},
		{"a chart's source credit", "Source: Ashford State Climate Office, map released Sept. 24, 2026, 3:45 p.m.\n\nThe map shows 41% of the state in drought.", []string{"Source: Ashford State Climate Office, map released Sept. 24, 2026, 3:45 p.m."}},
		{"a bulletin's download links", "By Leontyne Baptiste Sept. 17, 2026 23,607 views\n\nDownload this chart Image .png (58.1 kB)\n\nDownload data (CSV, 0.9 MB)\n\nGDP grew by 0.2%.", []string{"By Leontyne Baptiste Sept. 17, 2026 23,607 views", "Download this chart Image .png (58.1 kB)", "Download data (CSV, 0.9 MB)"}},
		{"a weather warning's stamp and a live image's caption", "Issued at: 09:15 on Wed 4 Nov 2026\n\nImage: 20:00, updated every 5 minutes.\n\nGusts reached 70mph.", []string{"Issued at: 09:15 on Wed 4 Nov 2026", "Image: 20:00, updated every 5 minutes."}},
		{"readers' counts", "1,204 readers shared this\n\n2,245 readers\n\nMost shared: 1,022\n\nThe fund holds 2,245 claims.", []string{"1,204 readers shared this", "2,245 readers", "Most shared: 1,022"}},
		{"a market page's stamp", "Market data as of 16:30 GMT\n\nBrent settled at $82.14.", []string{"Market data as of 16:30 GMT"}},
		{"a war's day counter", "Day 1,373 of the war\n\nDay 3 of the talks brought a deal.", []string{"Day 1,373 of the war"}},
		{"a review site's furniture", "By Owen Marsh · 6 October 2026\n\nThe phone costs $1,099.\n\nBest phones 2026: our 12 top picks\n\nThe best e-readers of 2026\n\nSpecs compared: H9 Pro vs H8 Pro vs Mirra Fold 3\n\nReader offer: first 3 months free\n\nBest year on record for sales, with 12% growth.", []string{"By Owen Marsh · 6 October 2026", "Best phones 2026: our 12 top picks", "The best e-readers of 2026", "Specs compared: H9 Pro vs H8 Pro vs Mirra Fold 3", "Reader offer: first 3 months free"}},
		{"a newsletter's furniture", "View this email in your browser\n\nToday's weather: 73°F, mostly cloudy, high of 75°F\n\nThe council passed a $1.8 billion budget.\n\nPRESENTED BY\n\nTake 20% off with code BRIEF20 through Sunday.\n\nShare the newsletter: you have 6 referrals.\n\nRefer 5 friends to get our tote bag.\n\nUnsubscribe | Update preferences\n\nRefer to the 2019 plan, she said; it set 12 targets.", []string{"View this email in your browser", "Today's weather: 73°F, mostly cloudy, high of 75°F", "PRESENTED BY", "Take 20% off with code BRIEF20 through Sunday.", "Share the newsletter: you have 6 referrals.", "Refer 5 friends to get our tote bag.", "Unsubscribe | Update preferences"}},
		{"a crowdfunding page's reward and creator cards", "$89 or more Nightjar\n\n306 backers | Reward no longer available\n\n67 backers | Ships worldwide\n\nProject by Dalia Osei, Nightjar Lighting · Created 5 projects · 63 backed\n\nRaised: $71,380 | Backers: 1,946\n\nThe 212 backers will be refunded.", []string{"306 backers | Reward no longer available", "67 backers | Ships worldwide", "Project by Dalia Osei, Nightjar Lighting · Created 5 projects · 63 backed"}},
		{"a reader poll's tally and a sign-up pitch's count", "Yes 53% No 47% 1,191 votes\n\nGet the Ashgrove Ledger daily email - 44,211 locals already do.\n\n26,032 subscribers start their day with us.\n\n4,100 subscribers lost power, the utility said.\n\nYes, 53% of voters backed the levy, with 1,191 votes counted.", []string{"Yes 53% No 47% 1,191 votes", "Get the Ashgrove Ledger daily email - 44,211 locals already do.", "26,032 subscribers start their day with us."}},
		{"a most-read list glued at the end of a furniture bar", "Frost hit the south.\n\nTags: coffee, frost | 2,377 shares | Most read: 1. Frost damage smaller than feared 2. Soy freight costs rise again 3. Orange juice exports slump", []string{"Tags: coffee, frost | 2,377 shares | Most read: 1.", "Frost damage smaller than feared 2.", "Soy freight costs rise again 3.", "Orange juice exports slump"}},
		{"a dealer's finance small print", "FINANCE: from $240 per month over 42 months, $7,000 deposit, 6.4% APR representative.\n\nFinal payment $14,200.\n\nFinal payment of the loan is due in 2027.\n\nThe APR on credit cards rose to 24% a month ago.", []string{"FINANCE: from $240 per month over 42 months, $7,000 deposit, 6.4% APR representative.", "Final payment $14,200."}},
		{"counters", "Comments (12)\n\n1.2K shares\n\nShare 45\n\n1 hour\n\n3 hours ago\n\n12 Comments\n\nThe talks ended.", []string{"Comments (12)", "1.2K shares", "Share 45", "1 hour", "3 hours ago", "12 Comments"}},
		{"live scores glued to a stamp", "The crowd was 54,300.Published 16:41, 14 MarchLive scoresResults: 3.30 Whitcombe: Silver Lantern 9-2", []string{"Published 16:41, 14 March", "Live scoresResults: 3.30 Whitcombe: Silver Lantern 9-2"}},
		{"a sum ending a glued sentence", "They will recruit 25 fellows at a cost of £1.9m.Medical Review | By Sunil GreerFirst published 06:30, 8 October 2025", []string{"First published 06:30, 8 October 2025"}},
		{"an outlet's stamp", "Trawler sinks on the Dunvar Bank as its crew take to a life raft\nSkellan Coast News, Friday 07:30\nFive fishermen survived.\nKessock Press Agency, 15:20 | 2 min read", []string{"Skellan Coast News, Friday 07:30", "Kessock Press Agency, 15:20 |", "2 min read"}},
		{"a masthead stamp line", "Stourley Standard | Friday 7 November 2025 | 3 min read\nThe chief executive is to get a 7% rise.(This story corrects the rise in the first paragraph)", []string{"Stourley Standard | Friday 7 November 2025 | 3 min read", "(This story corrects the rise in the first paragraph)"}},
		{"events glued after a counter", "Bins will go.117 commentsLocal eventsMon 5 May: Duck race, 2pm, £1 a duck", []string{"117 comments", "Local eventsMon 5 May: Duck race, 2pm, £1 a duck"}},
		{"a stamp's day and month glued to the headline", "By Elin Gwatkin, Rural affairs | 22 May 2026, updated 23 MayBeekeepers lose half their coloniesBeekeepers lost 48%.5 min readRelated researchWhy some corals survive the second bleaching summer", []string{"By Elin Gwatkin, Rural affairs | 22 May 2026, updated 23 May", "5 min read", "Related researchWhy some corals survive the second bleaching summer"}},
		{"links glued between junk", "Knives were handed in.Share this articleFacebookXEmailCourt reportsMan, 23, admits stabbing outside nightclubPensioner conned out of £40,000Most read1Road closed for 6 hours", []string{"Share this articleFacebookXEmail", "Court reportsMan, 23, admits stabbing outside nightclubPensioner conned out of £40,000", "Most read1Road closed for 6 hours"}},
		{"a live page's audience", "The toll rose.\n\n13,245 watching\n\n2,010 reading now", []string{"13,245 watching", "2,010 reading now"}},
		{"a press release's tail", "The trust raised £2.1m.\n\nENDS\n\nNotes to editors\nThe trust has 85 staff and 1,200 volunteers.", []string{"ENDS", "Notes to editors", "The trust has 85 staff and 1,200 volunteers."}},
		{"readers counted", "The ferry sank.\n\nEmail the newsdesk - 1,893 readers have commented on this article.\n\n825 readers online now\n\nJoin 165,000 readers who get our top stories every morning.", []string{"Email the newsdesk - 1,893 readers have commented on this article.", "825 readers online now", "Join 165,000 readers who get our top stories every morning."}},
		{"a live page's count of posts", "Live updates · 4 new posts\n\n12 new posts\n\nThe clinic saw 4 new cases.", []string{"Live updates · 4 new posts", "12 new posts"}},
		{"posted stamp", "The talks ended.Posted at 9:31 a.m.", []string{"Posted at 9:31 a.m."}},
		{"newsletter", "Get the 5 stories you need to know, delivered to your inbox. Sign up for our newsletter.\n\nThe talks ended.", []string{"Get the 5 stories you need to know, delivered to your inbox.", "Sign up for our newsletter."}},
		{"newsletter prompt", "Our free newsletter brings you the 5 stories you need, in your inbox at 6 a.m.\n\nThe talks ended.", []string{"Our free newsletter brings you the 5 stories you need, in your inbox at 6 a.m."}},
		{"byline stamp", "By Jane Roe, Reporter | 4:05 PM EST March 4, 2026\n\nThe talks ended.", []string{"By Jane Roe, Reporter | 4:05 PM EST March 4, 2026"}},
		{"not a byline", "By 2030 the city will build 5,000 homes | officials\n\nBy Tuesday 12 people had died.", nil},
		{"clock line", "Watch:\n1:48\n\nThe talks ended at 4:05.", []string{"1:48"}},
		{"gallery", "1 / 12\n\nPhoto 3 of 12\n\nSponsored: 5 ways to save on energy\n\nThe talks ended.", []string{"1 / 12", "Photo 3 of 12", "Sponsored: 5 ways to save on energy"}},
		{"gallery count after", "The talks ended.\n1 of 12 photos\n\n3 of 4 people agreed.", []string{"1 of 12 photos"}},
		{"live update kept", "LATEST: 11:05 - Police say 3 people were held.\n\nLatest: Storm kills 3 in the south", []string{"Latest: Storm kills 3 in the south"}},
		{"counter before a copyright", "The court rose.About UsPrivacy PolicyComments (37)\u00a9 2026 The Times", []string{"About UsPrivacy Policy", "Comments (37)", "\u00a9 2026 The Times"}},
		{"glued teasers", "The line opens at 6pm.Read moreLowick fair raises \u00a32,000Most popular1Road closures2Plans for 120 homes", []string{"Read moreLowick fair raises \u00a32,000Most popular1Road closures2Plans for 120 homes"}},
		{"teasers", "RELATED: Storm kills 3 in the south\n\nALSO READ | Flood toll rises to 12\n\nSee also: Bridge closure to last 6 weeks\n\nThe talks ended.", []string{"RELATED: Storm kills 3 in the south", "ALSO READ | Flood toll rises to 12", "See also: Bridge closure to last 6 weeks"}},
		{"link list", "The talks ended.\n\nMost Read\n1. Storm kills 3 in the south\n2. Bridge closure to last 6 weeks\n\nEditing by A. Person", []string{"Most Read", "1.", "Storm kills 3 in the south", "2.", "Bridge closure to last 6 weeks", "Editing by A. Person"}},
		{"numbered points", "Key points:\n1. The army said 25 soldiers died.\n2) Talks resume on Friday.", nil},
		{"not counters", "Three hours later, 12 comments were posted.\n\n14 people died.", nil},
		{"glued counters", "Pay rowComments (204)Bus drivers voted.Comments: 17Residents left.Share 45\nThe talks ended.", []string{"Comments (204)", "Comments: 17", "Share 45"}},
		{"glued stamp", "Burglaries risePublished 9:12 AMThieves broke into 14 homes.", []string{"Published 9:12 AM"}},
		{"dateline", "By Jane Roe\nJuly 23 at 10:05 a.m.\nWESTBROOK - The council met on July 23 at 10:05 a.m. to vote.", []string{"July 23 at 10:05 a.m."}},
		{"dateline weekday", "Refinery fire forces evacuation of 2,000 residents\nThursday, March 5, 2026 - 7:45 PM\nA fire broke out.\nMarch 5, 2026\n2026-03-05 14:05", []string{"Thursday, March 5, 2026 - 7:45 PM", "March 5, 2026", "2026-03-05 14:05"}},
		{"counter across a line break", "The talks ended.\nTransport 3 min read 118\nCommentsNext story\n\nMarch 5, 2026\nShare this article", []string{"118\nComments", "March 5, 2026", "Share this article"}},
		{"dateline and stamp", "Storm hits coast\nJuly 23, 2026 at 10:05 a.m. | Updated 11:20 a.m.\nThe storm hit.", []string{"July 23, 2026 at 10:05 a.m. | Updated 11:20 a.m."}},
		{"dateline bullet", "Storm hits coast\nJuly 23, 2026 \u2022 10:05 am\nThe storm hit.", []string{"July 23, 2026 \u2022 10:05 am"}},
		{"reading time after a headline", "List hits record 7.48mHealth3 min read\nThe list grew.", []string{"3 min read"}},
		{"reading time glued to a clock", "Jackpot won in Pellham\nSat 9 Mar 2024 10:024 min read\nThe ticket was sold on Friday.", []string{"Sat 9 Mar 2024 10:02", "4 min read"}},
		{"teasers after you might also like", "The river rose.You might also likeRoadworks to last 8 weeksSchool raises £12,000", []string{"You might also likeRoadworks to last 8 weeksSchool raises £12,000"}},
		{"teaser run cut by a question mark", "The bill passed.Read more:Who are the 31 who abstained?Opinion: an age of 66 is only the startShare this articleFacebookX", []string{"Read more:Who are the 31 who abstained?", "Opinion: an age of 66 is only the start", "Share this articleFacebookX"}},
		{"sentence before junk kept", "Updated 10:02 a.m.\nIsland councils said 3 schools had moved lessons online and Transport3 min read\n118 Comments", []string{"Updated 10:02 a.m.", "3 min read", "118 Comments"}},
		{"reading time and a view counter", "The list grew.Sign up2 min read1,284 views", []string{"Sign up", "2 min read", "1,284 views"}},
		{"comments in prose", "The plan drew 4,000 public comments", nil},
		{"share bar and teasers", "The city recorded 4,210 offences.Police chief to quit after 6 yearsCouncil to fund 40 camerasShareFacebookXEmailCopy link© 2025 Dunmere Post.", []string{"Police chief to quit after 6 yearsCouncil to fund 40 cameras", "ShareFacebookXEmailCopy link© 2025 Dunmere Post."}},
		{"share bar then prose", "Quake kills 40Share via FacebookShare via XThe quake struck at dawn.", []string{"Share via FacebookShare via X"}},
		{"share in prose", "Facebook said 40 staff would go. Shares in Xavier rose 5%.", nil},
		{"glued comment counter", "The vote passed.Get alerts - sign up3,562 comments", []string{"Get alerts - sign up", "3,562 comments"}},
		{"section teasers glued", "The vote passed.Reading time: 5 minsMore from NewsFood bank use doubles in two years", []string{"Reading time: 5 mins", "More from NewsFood bank use doubles in two years"}},
		{"a widget glued between story and furniture", "Spending hit $210 million in 2020.Money race: Carver governor - Ruiz $12.1m, Abbott $9.8mRelated coverageWho funds the race?Read more", []string{"Money race: Carver governor - Ruiz $12.1m, Abbott $9.8m", "Related coverageWho funds the race?", "Read more"}},
		{"a table's row glued between story and furniture", "Exports fell.Varesse: -9.1% | Tolvan: -2.2%By Ann LeeNov 11, 2024 08:02 GMT", []string{"Nov 11, 2024 08:02 GMT"}},
		{"paywall meter", "The vote passed.\nSubscribe to Sport Extra — 3 free articles left© Sport Media Ltd 2025", []string{"Subscribe to Sport Extra - 3 free articles left", "© Sport Media Ltd 2025"}},
		{"articles in prose", "The paper printed 3 free articles left over from May.", nil},
		{"counter before a copyright line", "The bill passed 51 to 49.\n342 comments© 2025 Potomac Ledger.", []string{"342 comments", "© 2025 Potomac Ledger."}},
		{"numbered list glued to its heading", "The count was done.Most Read1. 5 takeaways from the count2. Rents jump again3. Budget: $2.1 billion plan unveiled63 comments\n612 people are reading this© 2024 Cordillera News.", []string{"Most Read1.", "5 takeaways from the count2.", "Rents jump again3.", "Budget: $2.1 billion plan unveiled", "63 comments", "612 people are reading this", "© 2024 Cordillera News."}},
		{"fact box after a link list", "Read more\n\nMinister pledges £41m for towns\n\nKey facts\n\nSpectators in the hall: about 1,400\n\nOnline viewers: 212,000", []string{"Read more", "Minister pledges £41m for towns"}},
		{"key events list", "Floods close roads\n\nKey events\n\n08.08 GMT Power cut to 11,000 homes\n\n07.55 GMT Rail line closed for 22 days\n\nMore than 1,400 homes were flooded.", []string{"Key events", "08.08 GMT Power cut to 11,000 homes", "07.55 GMT Rail line closed for 22 days"}},
		{"paywall pitch", "The bridge shut.\nSubscribe for £1 a week for the first 3 months. Cancel any time.\nOffer ends in 5 days.", []string{"Subscribe for £1 a week for the first 3 months.", "Offer ends in 5 days."}},
		{"wire update notes", "UPDATE 2-Bank cuts rates\n(Adds details in paragraphs 4-6)\nThe bank cut rates by 25 basis points.\n(Recasts paragraphs 1-3, moves debt paragraph up)", []string{"UPDATE 2-", "(Adds details in paragraphs 4-6)", "(Recasts paragraphs 1-3, moves debt paragraph up)"}},
		{"correction notices", "The rate is £12.68.Correction: an earlier version of this article said the new rate would be £12.86.\n\nThis article was amended on 12 May to correct the amount lost, previously given as £186,000.\n\nAn earlier version of this story gave the number of patients as 612.", []string{"Correction: an earlier version of this article said the new rate would be £12.86.", "This article was amended on 12 May to correct the amount lost, previously given as £186,000.", "An earlier version of this story gave the number of patients as 612."}},
		{"numbered list under a section's heading", "Strikes go on.Comments: 265Most read in Business1. Energy bills to fall by £122 in July2. Bank cuts 1,400 jobs", []string{"Comments: 265", "Most read in Business1.", "Energy bills to fall by £122 in July2.", "Bank cuts 1,400 jobs"}},
		{"link's date cut off by its question mark", "Strikes go on.\nMore on this story: Why are medicines running short? (7 March 2024)\nShare this article", []string{"More on this story: Why are medicines running short?", "(7 March 2024)", "Share this article"}},
		{"numbered item ending in a year", "Roads shut.More on this storyShare this article:FacebookXEmailMost read1. New station to open in 20262. Driver, 19, banned3. Fares capped at £2Related: Works to last 5 months", []string{"More on this storyShare this article:FacebookXEmailMost read1.", "New station to open in 20262.", "Driver, 19, banned3.", "Fares capped at £2", "Related: Works to last 5 months"}},
		{"numbered item ending in a percent", "Fire hits hotel.Most read1. Storm warnings issued2. Rail fares to rise 4%3. Hotel fire: what we know", []string{"Most read1.", "Storm warnings issued2.", "Rail fares to rise 4%3.", "Hotel fire: what we know"}},
		{"section links unnumbered", "The takeover needs approval.\nShare this article\nMore from Sport\nTop scorer signs new three-year deal\nMatch report: Rovers 2-1 Halsey Town\n© 2024 Bramford News", []string{"Share this article", "More from Sport", "Top scorer signs new three-year deal", "Match report: Rovers 2-1 Halsey Town", "© 2024 Bramford News"}},
		{"a dated correction", "The toll rose.\nCorrection, 14:20: an earlier version gave the wrong unit.", []string{"Correction, 14:20: an earlier version gave the wrong unit."}},
		{"a day-first date glued to the byline", "The cap is £10,000.By Tom Ode, Westminster correspondent5 June 2025, updated 16:42Related topicsParty funding", []string{"5 June 2025, updated 16:42", "Related topicsParty funding"}},
		{"full results glued", "Turnout was 41.6%.Live: results as they come inFull resultsEastmoor: SDA gain, majority 1,133Turnout 41.6%", []string{"Full resultsEastmoor: SDA gain, majority 1,133Turnout 41.6%"}},
		{"a correction glued to the byline", "By Ann Ode, Science reporterCorrection, 14:20: an earlier version gave the depth in metres.Divers found 47 species.", []string{"Correction, 14:20: an earlier version gave the depth in metres."}},
		{"wire credits without brackets", "Talks resume on Monday.\nReporting by Ana Roe; Editing by Tom DaleMore coverageDonors asked for $380 million", []string{"Reporting by Ana Roe; Editing by Tom Dale", "More coverageDonors asked for $380 million"}},
		{"more stories like this", "Oakes was jailed.\nMore stories like thisVolunteer treasurer stole £60k from club", []string{"More stories like thisVolunteer treasurer stole £60k from club"}},
		{"reading time glued to a sentence", "Waiting list hits record 7.48mHealth3 min readAbout 390,000 of them waited a year.", []string{"3 min read"}},
		{"picture credits", "The storm hit.\nPhoto: SARS/handout, 2 of 3\nPhotograph: Ana Roe/Reuters\nPhoto: Rescuers search the rubble where 12 died.", []string{"Photo: SARS/handout, 2 of 3", "Photograph: Ana Roe/Reuters"}},
		{"a sign-up prompt", "The storm hit.\nSign up for the Harbour Business digest – 62,000 subscribers and counting.\nSign-ups for the scheme reached 4,000.", []string{"Sign up for the Harbour Business digest - 62,000 subscribers and counting."}},
		{"readers after a prompt", "The storm hit.\nSign up for breaking news alerts 2,417 readers\nThe plan drew 4,000 readers.", []string{"Sign up for breaking news alerts", "2,417 readers"}},
		{"reader counter", "The vote passed.Get alerts by email1,408 people are reading this", []string{"1,408 people are reading this"}},
		{"an outlet's stamp ending with date and clock", "Wenlow Argus - Local news, 3 April 2025 07:55\n\nCouncils filled 1.9 million potholes.", []string{"Wenlow Argus - Local news, 3 April 2025 07:55"}},
		{"weekday stamps", "Northline \u00b7 World \u00b7 Sunday 12:35 \u00b7\n\nEastbridge News Agency - Saturday, 22:05 (updated)\n\nInsurgents ambushed 14 trucks.\n\nHave your say: join the debate (86 comments)", []string{"Northline \u00b7 World \u00b7 Sunday 12:35 \u00b7", "Eastbridge News Agency - Saturday, 22:05 (updated)", "Have your say: join the debate (86 comments)"}},
		{"a most-read heading with its first number", "Bonds fell 4 cents.\n\nMost read: 1. Vel black-market rate tops 50 (8,211 views) 2. San Teodoro fuel queues return (5,930 views)", []string{"Most read: 1.", "Vel black-market rate tops 50 (8,211 views) 2.", "San Teodoro fuel queues return (5,930 views)"}},
		{"a results strip before the page's furniture", "Kessio won in 2:05:41.\n\nResults: Men - 1 Kessio 2:05:41, 2 Ondale 2:06:19 | Women - 1 Solberg 2:19:47\n\nRead moreShare", []string{"Results: Men - 1 Kessio 2:05:41, 2 Ondale 2:06:19 | Women - 1 Solberg 2:19:47", "Read moreShare"}},
		{"a read-next heading and its links", "The pub closes in May.\n\nREAD NEXT:\n\nCouncil approves 12-storey tower with 140 flats\n\nTwo-bed flat sells for £1 at auction", []string{"READ NEXT:", "Council approves 12-storey tower with 140 flats", "Two-bed flat sells for £1 at auction"}},
		{"an app's controls and links on lines of their own", "Bills go out in March.\n3.3K\nFollow\nListen \u00b7 5:01\nMore from Harnbrook Gazette\nBin collections move to every three weeks from 1 July\nCouncil leader survives vote by 27 to 21\n12 things to do in Harnbrook this half-term", []string{"3.3K", "Follow", "Listen \u00b7 5:01", "More from Harnbrook Gazette", "Bin collections move to every three weeks from 1 July\nCouncil leader survives vote by 27 to 21", "12 things to do in Harnbrook this half-term"}},
		{"a regional paper's stamps, share count and trending list", "Published 7:14 a.m. ET Oct. 8, 2026 | Updated 12:10 p.m. ET Oct. 8, 2026 12 min read\n\nFacebook X Email 1,319 shares\n\nA plant will create 1,150 jobs.\n\nThis story was originally published October 8, 2026 at 7:14 AM. It was updated October 8, 2026 at 12:10 PM.\n\nTrending Stories\n\nRestaurant closes after 64 years on the square", []string{"Published 7:14 a.m. ET Oct. 8, 2026 | Updated 12:10 p.m. ET Oct. 8, 2026 12 min read", "Facebook X Email 1,319 shares", "This story was originally published October 8, 2026 at 7:14 AM.", "It was updated October 8, 2026 at 12:10 PM.", "Trending Stories", "Restaurant closes after 64 years on the square"}},
		{"a go-deeper list and a read counter", "Homicides fell 18%.\n\nGo deeper\n\nWhy 25% of renters are cost-burdened\n\nRead 84,786 times", []string{"Go deeper", "Why 25% of renters are cost-burdened", "Read 84,786 times"}},
		{"a printed page's running head glued to a sentence", "Visibility was under 100 feet.KINSEY VALLEY NEWS \u2022 Friday, November 27, 2026 \u2022 A1Three of the injured were flown out.", []string{"KINSEY VALLEY NEWS \u2022 Friday, November 27, 2026 \u2022 A1"}},
		{"a stamp glued to the headline after it", "Eastbridge News Agency - Saturday, 22:05 (updated)Insurgents ambush army column\n\nThey killed 16.", []string{"Eastbridge News Agency - Saturday, 22:05 (updated)"}},
		{"a price strip in millions", "It has 290 ships.Newbuilding prices: VLCC $128.5m +0.9%Capesize $74m 0.0%Related articles", []string{"Newbuilding prices: VLCC $128.5m +0.9%", "Capesize $74m 0.0%", "Related articles"}},
		{"a byline ending with its update's clock", "Hollis Ward, City Hall reporter, 2 September 2025 8:15am, updated 3:40pm\n\nThe lanes will cost £6.1m.", []string{"Hollis Ward, City Hall reporter, 2 September 2025 8:15am, updated 3:40pm"}},
		{"live travel updates glued to a credit", "Work starts in May.Reporting by Ann Lee; Editing by Tom BellLive travel updates09:58 A617: delays of 15 minutes10:09 Tallis line: 1 train cancelledRelated: 12 bridges on watch", []string{"Reporting by Ann Lee; Editing by Tom Bell", "Live travel updates09:58 A617: delays of 15 minutes10:09 Tallis line: 1 train cancelledRelated: 12 bridges on watch"}},
		{"a follow prompt with its followers", "The reserve covers 82,000 sq km.\n\nFollow NewsNagar on WhatsApp – 5.9 lakh followers", []string{"Follow NewsNagar on WhatsApp - 5.9 lakh followers"}},
		{"a stamp in capitals glued to its section", "MEDIA LAWUPDATED 12:04 BST 8 JULY 2025\n\nA businesswoman won £120,000.", []string{"MEDIA LAWUPDATED 12:04 BST 8 JULY 2025"}},
		{"a live page's status line", "The toll rose.\n\nLive Updated 11 minutes ago 3,589 people reading now\n\nRescuers dug on.", []string{"3,589 people reading now"}},
		{"teasers in capitals", "The search went on.TRENDINGCounty fair returns for 75th yearRoad to close for 2 weeks", []string{"TRENDINGCounty fair returns for 75th yearRoad to close for 2 weeks"}},
		{"dateline wrapped", "Refinery fire forces evacuation of 2,000 residents\nThursday,\nMarch 5, 2026 - 7:45 PM\nA fire broke out.", []string{"Thursday,\nMarch 5, 2026 - 7:45 PM"}},
		{"a file's download and investigations linked under their heading", "It was checked in 2018.Download the bulletin (PDF, 0.9 MB)Related investigationsNear miss at Deane Lane crossing - 4 June 2024Signal fault at Marl Bank - 9 May 2025Read more\n\nDownload the annual accounts (pdf 1.2MB)\n\nRelated reports\nBridge strike at Tull Road - 3 March 2023\n\nDownload our guide to crossings.", []string{"Download the bulletin (PDF, 0.9 MB)", "Related investigationsNear miss at Deane Lane crossing - 4 June 2024Signal fault at Marl Bank - 9 May 2025Read more", "Download the annual accounts (pdf 1.2MB)", "Related reports", "Bridge strike at Tull Road - 3 March 2023"}},
		{"a miner's price board and filings after the story", "October output: Pit 3 41,200 oz | Pit 4 18,900 oz\nShares rose 9% to A$0.21.\nNickel (LME) US$16,120/t | Cobalt US$24,150/t\nRelated: Smelter restart delayed - 2 days ago\nAnnouncements\n3 Feb 2026 - Quarterly Activities Report\n28 Jan 2026 - Cleansing Notice\nMetal prices\nGold A$3,715/oz\nSilver US$29.30/oz", []string{"Nickel (LME) US$16,120/t | Cobalt US$24,150/t", "Related: Smelter restart delayed - 2 days ago", "Announcements\n3 Feb 2026 - Quarterly Activities Report\n28 Jan 2026 - Cleansing Notice", "Metal prices", "Gold A$3,715/oz", "Silver US$29.30/oz"}},
		{"a price board glued after the story", "Shares fell 4%.By Ana Ruiz | 15 January 2026AmendedMetal pricesGold A$3,698/ozSilver US$29.05/ozAnnouncements15 Jan 2026 - Drilling Update", []string{"By Ana Ruiz | 15 January 2026", "Metal pricesGold A$3,698/ozSilver US$29.05/ozAnnouncements15 Jan 2026 - Drilling Update"}},
		{"headlines run on from a teaser to a rates box", "That is about £11,970 a year.Read more:Ask Rhiannon: will 35 years of stamps get me a full pension?I'm 58 with £190k saved: can I stop work?Care fees: what the new cap means for youBest savings ratesEasy accessHolm Mutual4.86%Share", []string{"Read more:Ask Rhiannon: will 35 years of stamps get me a full pension?", "I'm 58 with £190k saved: can I stop work?", "Care fees: what the new cap means for you", "Best savings ratesEasy accessHolm Mutual4.86%Share"}},
		{"a rates board and an offer to compare", "The rate is 4.2%.\nBest savings rates\nEasy access: Holm Mutual 4.91% | Union Row 4.20%\nOne-year fix: Kestrel Bank 4.21%\nCompare pension providers: SIPP platform fees from £0 to 0.35% a year.\nCompare the two offers: one pays 4.2% and the other 3.9%.", []string{"Best savings rates", "Easy access: Holm Mutual 4.91% | Union Row 4.20%", "One-year fix: Kestrel Bank 4.21%", "Compare pension providers: SIPP platform fees from £0 to 0.35% a year."}},
		{"links under a topic and offers under their label", "The cap moves in April.\n\nCompare energy deals\nHolm Power Fix 12: £1,698 a year, fixed for 12 months\n\nRelated: how to cut your bills\nIs a heat pump worth it in 2026?\nTen ways to keep warm", []string{"Compare energy deals", "Holm Power Fix 12: £1,698 a year, fixed for 12 months", "Related: how to cut your bills", "Is a heat pump worth it in 2026?", "Ten ways to keep warm"}},
		{"a department's notes to editors stay, its press office and alerts go", "The fund is £412 million.\n\nNotes to editors\nThe average repair cost was £86.\nPress office: 020 7946 0712, 8am to 7pm on weekdays.\nMedia enquiries\nGet emails about this page\nJoin 23,547 subscribers getting updates from the department.", []string{"Press office: 020 7946 0712, 8am to 7pm on weekdays.", "Media enquiries", "Get emails about this page", "Join 23,547 subscribers getting updates from the department."}},
		{"a listed company's quote, calendar and contacts", "The margin is 6.5%.\nShare price: CHF 53.85 (-0.6%)\nFund market value (live): NOK 19,688,402,310,000\nFinancial calendar\n28 January 2027 - FY 2026 results\nNext reporting: Q3 2026 - 21 October 2026\nInvestor Relations: Sam Ober, +41 22 718 44 50\nShare prices fell 4% on Monday.", []string{"Share price: CHF 53.85 (-0.6%)", "Fund market value (live): NOK 19,688,402,310,000", "Financial calendar\n28 January 2027 - FY 2026 results", "Next reporting: Q3 2026 - 21 October 2026", "Investor Relations: Sam Ober, +41 22 718 44 50"}},
		{"a market line with bracketed moves parted by bars", "The deficit is 3.2%.\nMarket watch: Sensex 73,210.05 (+0.50%) | Nifty 22,215.90 (+0.46%)\nThe Sensex rose 0.5% (+370 points) on Monday.", []string{"Market watch: Sensex 73,210.05 (+0.50%) | Nifty 22,215.90 (+0.46%)"}},
		{"links after a related label and a colon", "The list grew to 1.26 million.\nRelated topics: Hub opens 3 theatres | What is the 18-week rule?\nRelated to the delays, 3 wards shut.", []string{"Related topics: Hub opens 3 theatres | What is the 18-week rule?"}},
		{"a research release's embargo line", "Blood held 1.6 µg/ml.\nEmbargoed until 16:00 GMT 24-Nov-2026\nThe study ran 3 years.", []string{"Embargoed until 16:00 GMT 24-Nov-2026"}},
		{"a download glued between the story and a widget, a live page's update note", "The sea was 7C.Download the interim bulletin (PDF, 3.1 MB)Safety recommendations: 2Related investigationsNear miss at Fenn Road - 4 June 2024\n\nLive: this story was updated at 15:28 with the latest figures.\n\nThe toll is 12.", []string{"Download the interim bulletin (PDF, 3.1 MB)Safety recommendations: 2", "Related investigationsNear miss at Fenn Road - 4 June 2024", "Live: this story was updated at 15:28 with the latest figures."}},
		{"a radio station's page around a bulletin", "Crews were at the scene for 43 minutes.\nDuration: 0'45\"\nListen again on Sounds\nNext bulletin at 10am\nDuration: 18 months of works.", []string{"Duration: 0'45\"", "Listen again on Sounds", "Next bulletin at 10am"}},
		{"a sports page's scores strip, schedule and odds", "They won 21-12 21-16 in 38 minutes.\n\nLive scores\n\nOrder of play, Tuesday: qualifying from 9am on Court 1\n\nLatest results: Lund bt Berg 21-17 21-19\n\nBet with Longacre Bet: Mehtani 9/2\n\nRace schedule, Sunday: women's race 2.55pm", []string{"Live scores", "Order of play, Tuesday: qualifying from 9am on Court 1", "Latest results: Lund bt Berg 21-17 21-19", "Bet with Longacre Bet: Mehtani 9/2", "Race schedule, Sunday: women's race 2.55pm"}},
		{"a weather strip and a section's most read", "The storm left 1,100 people in shelters.\nForecast: Tonight 22°F | Tomorrow 29°F\n\nMost read in Education\nGraduate visa: 4 changes explained\nTHE Jobs: 1,263 roles", []string{"Forecast: Tonight 22°F | Tomorrow 29°F", "Most read in Education", "Graduate visa: 4 changes explained", "THE Jobs: 1,263 roles"}},
		{"a stamp line ending in a view count, a table row stays", "The car sold for $18.9m.\nKestrel Newsdesk - 17 August 2025, 06:40 GMT - Updated 08:17 GMT - 18,436 views\n| Wenbury | 47 | 880 |", []string{"Kestrel Newsdesk - 17 August 2025, 06:40 GMT - Updated 08:17 GMT - 18,436 views"}},
		{"a countdown to a window's close", "He signed for £34m.\nTransfer window closes in 2 days 14 hours\nThe consultation closes in 12 days.", []string{"Transfer window closes in 2 days 14 hours"}},
		{"a byline with a colon glued between headline and dateline, a currency board", "Remittances reach record highBy: Maria Dizon - Reporter / 09:02 AM February 16, 2025MANILA - Workers sent home $34.5 billion.\nRupiah: Rp 16,251 per US$", []string{"By: Maria Dizon - Reporter / 09:02 AM February 16, 2025", "Rupiah: Rp 16,251 per US$"}},
		{"a section's court news under its heading or its label", "He was fined £640.\n\nRead more court news\nLandlord fined £18,000 over 9 breaches\n\nRead more court news: Driver, 81, fined £300 for 34mph\n\nComments are closed.", []string{"Read more court news", "Landlord fined £18,000 over 9 breaches", "Read more court news: Driver, 81, fined £300 for 34mph", "Comments are closed."}},
		{"a currency pair's rate on its own line", "Bread rose 30%.\nCurrency: USD/EGP 50.65\nTND/USD 3.12\nThe USD/EGP rate fell to 50.65 on Monday.", []string{"Currency: USD/EGP 50.65", "TND/USD 3.12"}},
		{"a data vendor's stamp", "Rents rose 4%.\nCoStar data as of June 3, 2026.\nThe data as of June showed a rise.", []string{"CoStar data as of June 3, 2026."}},
		{"a property site's listings and a comparison site's pick and price stamp", "The average price fell 1.2%.\nHomes for sale near you\n2 bed cottage, Upton - £265,000\nOur top pick: £24.34 a month\nPrices correct as of 1pm today.\nThe top pick of the survey was 4 bedrooms.", []string{"Homes for sale near you\n2 bed cottage, Upton - £265,000", "Our top pick: £24.34 a month", "Prices correct as of 1pm today."}},
		{"an airport's departures board, a helpline's hours and a ship tracker", "About 140 flights were cancelled.\nCustomer helpline: 0800 555 0190 (Monday to Friday, 8am to 8pm)\nLive departures - Harlow (HRW)\n09:15  KX204  Valmont  Delayed 11:40\nAIS tracker: Orla Bay\nSpeed 0.4 kn · Course 212°\nArrivals from Spain rose 4%.", []string{"Customer helpline: 0800 555 0190 (Monday to Friday, 8am to 8pm)", "Live departures - Harlow (HRW)", "09:15 KX204 Valmont Delayed 11:40", "AIS tracker: Orla Bay", "Speed 0.4 kn · Course 212°"}},
		{"a labelled price strip", "Permits rose 4.6%.\n\nPrices: Brent $79.40, WTI $76.05, TTF €48.20, NBP 61.3p/therm\n\nPrices: Brent rose 2% to $80, traders said.", []string{"Prices: Brent $79.40, WTI $76.05, TTF €48.20, NBP 61.3p/therm"}},
		{"a wire site's links under Read also", "Talks resume on Monday.\njm/sa\nRead also\nSkarvik, the quiet harbour town of 9,000\nSubscribe to our free newsletter", []string{"Read also", "Skarvik, the quiet harbour town of 9,000", "Subscribe to our free newsletter"}},
		{"an incident page's update stamp", "Bills rise 6%.\nLatest update 09:18\nLatest update: 14:32 - Crews found the leak.", []string{"Latest update 09:18"}},
		{"an advertisement's labels glued to the sentence after them", "Rents rose 3%.\nAdvertisement - scroll to continue readingLandlords sold 212 homes.\nAdvertisementContinue reading the main storyThe council built 40.", []string{"Advertisement - scroll to continue reading", "Advertisement", "Continue reading the main story"}},
		{"a section's links and a newsletter count glued to an advertisement's label", "Unions want 600 recruits.Share 774Comments (91)In this section: Rates rise 3.1% | Poll: 58% back spendingDaily newsletter. 31,600 subscribersAdvertisement© 2024 The Courant.", []string{"Share 774", "Comments (91)", "In this section: Rates rise 3.1% | Poll: 58% back spendingDaily newsletter.", "31,600 subscribers", "Advertisement", "© 2024 The Courant."}},
		{"a board of soft commodities' prices under its heading", "Roasters raised prices 11%.\n\nSofts prices\n\nArabica; 2.8936; -3.37%\n\nRaw sugar; 22.07; +1.68%\n\nSofts prices rose 4% in May, the board said.", []string{"Softs prices", "Arabica; 2.8936; -3.37%", "Raw sugar; 22.07; +1.68%"}},
		{"a most-read link after a counter's bar, a byline with its reading time, a share count", "He won in 8:21.\n\nBy Ruth Akinde - 3 min read - Wed 12 June 2024\n\nTickets cost $12.\n\nComments (96) | Most read: Heatwave live (48,200 readers)\n\nShare this: 744 |", []string{"By Ruth Akinde - 3 min read - Wed 12 June 2024", "Comments (96)", "| Most read: Heatwave live (48,200 readers)", "Share this: 744 |"}},
		{"a newsletter's label glued to the last link of a list", "Ruiz won.Relay rowNewsletter: 31,500 readers get Track Desk daily. Sign up", []string{"Relay row", "Newsletter: 31,500 readers get Track Desk daily.", "Sign up"}},
		{"a market strip parted by dots, a weather line glued to a newsletter's count", "Fluids ran short.\n\nMarkets: Pulse Pharma 4,241.58 (-0.09%) · All-Share 12,939.55 (+1.70%) · GBP/EUR 0.8629\n\nThe Showground Bulletin - 31,000 readers, free every TuesdayWeather: Great Alder 27C, wind 9mphBack to top\n\n© 2025 Fellside", []string{"Markets: Pulse Pharma 4,241.58 (-0.09%) · All-Share 12,939.55 (+1.70%) · GBP/EUR 0.8629", "The Showground Bulletin - 31,000 readers, free every Tuesday", "Weather: Great Alder 27C, wind 9mphBack to top", "© 2025 Fellside"}},
		{"a byline glued to a date in figures, a stamp's update in brackets glued to the lead", "Rates rose 2%.\n\nCiarán Dolan18/06/2025 20:35The council expects 5 more.\n\nAisha Rahman, Local Democracy ReporterThursday 16 January 2025 19:02 (updated 22:14)The committee voted 9 to 2.", []string{"18/06/2025 20:35", "Aisha Rahman, Local Democracy ReporterThursday 16 January 2025 19:02 (updated 22:14)"}},
		{"links glued to a sign-up prompt, a save button glued to a share count", "It opened in 2014.Save this articleShare 1,046 sharesComments 88Most Viewed in National1. House prices jump 2.3% in March2. Heatwave to hit 41 degreesSign up to the Courier morning edition. Join 61,000 subscribers.", []string{"Save this article", "Share 1,046 shares", "Comments 88", "Most Viewed in National1.", "House prices jump 2.3% in March2.", "Heatwave to hit 41 degrees", "Sign up to the Courier morning edition.", "Join 61,000 subscribers."}},
		{"a footer's counters parted by a bar", "Bees rose 5%.\n\nSite visits this month: 2,495,797 | Readers online now: 4,930\n\nReaders: 4,930 were polled.", []string{"Site visits this month: 2,495,797 | Readers online now: 4,930"}},
		{"a live page's byline with a note in brackets and clocks written with dots", "Banks fell 5%.\n\nRuth Okafor and Sam Pell (Live team) · Started Thu 9 Oct 2025 09.05 · Last updated 15.17\n\nThe rate rose to 15.17 today.", []string{"Ruth Okafor and Sam Pell (Live team) · Started Thu 9 Oct 2025 09.05 · Last updated 15.17"}},
		{"a helpfulness tally", "Rents rose 3%.\nWas this article helpful?\nYes (412) No (23)\nYes, 40 homes were sold.", []string{"Yes (412) No (23)"}},
		{"date in prose", "The vote is scheduled for\nJuly 23 at 10 a.m.\n\nIt was moved to\nMay 5, 2026\n\nThe deadline passed on\nMarch 3.\n\nTimeline:\n2019\nThe first case.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Normalize(tt.in).Norm
			var got []string
			for _, s := range Split(n) {
				if s.Junk {
					got = append(got, n[s.Start:s.End])
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.junk, "|") {
				t.Errorf("junk of %q = %q; want %q", tt.in, got, tt.junk)
			}
		})
	}
}

func TestIsBinary(t *testing.T) {
	tests := []struct {
		in   []byte
		want bool
	}{
		{[]byte("plain news text\nwith lines\r\n"), false},
		{[]byte(""), false},
		{[]byte("PK\x03\x04\x00\x00binary"), true},
		{[]byte("\x01\x02\x03\x04\x05\x06abc"), true},
		{[]byte("caf\xc3\xa9 \xff\xfe text"), false},
	}
	for _, tt := range tests {
		if got := IsBinary(tt.in); got != tt.want {
			t.Errorf("IsBinary(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

func TestCanonical(t *testing.T) {
	a := "  \u201cFive\u201d\u00a0soldiers\n\nwere hurt\u2014officials said.  "
	b := `"Five" soldiers were hurt - officials said.`
	if Canonical(a) != Canonical(b) {
		t.Errorf("Canonical(%q) = %q; Canonical(%q) = %q; want equal", a, Canonical(a), b, Canonical(b))
	}
	if got, want := Canonical(b), `"Five" soldiers were hurt - officials said.`; got != want {
		t.Errorf("Canonical(%q) = %q; want %q", b, got, want)
	}
	if Canonical("five soldiers") == Canonical("six soldiers") {
		t.Errorf("Canonical does not tell different texts apart")
	}
}

func TestShareChain(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"street camerasShareFacebookXEmailCopy link", 14},
		{"Quake kills 40Share via FacebookShare via X", 14},
		{"5 picks for the summerShareTweetEmail", 22},
		{"biggest eruptions in picturesFacebookXWhatsApp", 29},
		{"it said on FacebookTwitter and", 11},
		{"Facebook said 40 staff would go", -1},
		{"Shares in Xavier rose 5%", -1},
		{"The SHARE price fell", -1},
	}
	for _, tt := range tests {
		if got := shareChain(tt.in); got != tt.want {
			t.Errorf("shareChain(%q) = %d; want %d", tt.in, got, tt.want)
		}
	}
}

func TestFactBoxHeading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Key facts", true},
		{"Key stats:", true},
		{"Key stats: Dunmere", true},
		{"Key facts - the storm", true},
		{"Key stats: 2026", false},
		{"Match stats", false},
		{"Key facts about the long history of the city", false},
	}
	for _, tt := range tests {
		if got := FactBoxHeading(tt.in); got != tt.want {
			t.Errorf("FactBoxHeading(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

func TestStampLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Marta Lindqvist Transport Editor 14/03/2026 09:12", true},
		{"by Ilse Marten - updated 10:18, 3 Nov", true},
		{"From our correspondent in Vellborg - 02.06.2026, 07:40", true},
		{"Tomas Reyes, 4 March 2026, 18:45 (amended 5 March 2026, 08:20)", true},
		{"Tomas Reyes — 14 March 2026, 09:12 — updated 11:40", true},
		{"Mon Sep 22 2025 - 05:30 Niamh Costigan Health Correspondent", true},
		// A results table's row and a timetable's have names and clocks,
		// but no date and no stamp's word.
		{"Vantongeren (NED) 47.52", false},
		{"Port Aldane 14:15", false},
		// A label, a figure or a word of prose makes it no stamp.
		{"Opening: 12 May 2029", false},
		{"Marta Lindqvist said 14 March 2026", false},
		{"Kellharbour Tunnel £1.9bn 14 March 2026", false},
		{"The vote is on 14 March 2026.", false},
	}
	for _, tt := range tests {
		if got := stampLine(tt.line); got != tt.want {
			t.Errorf("stampLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestViewsLine checks the stamp-and-count lines viewsLine takes, and that
// a line whose count is missing before "views" is no stamp and no panic.
func TestViewsLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Orla Keaveney Mon Feb 10 2025 - 18:47 56,214 views", true},
		{"Gethin Marlowe, Transport reporter - Last updated: 15:23, 3 October 2024 - 53,429 reads", true},
		{"Foo  views", false},
		{" views", false},
		{"The film had 4,000 views", false},
	}
	for _, tt := range tests {
		if got := viewsLine(tt.in); got != tt.want {
			t.Errorf("viewsLine(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}
