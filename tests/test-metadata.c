/* test-metadata.c: outlets, dates and languages read from an article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "parallax-core.h"

/* ---- Title and outlet ------------------------------------------------ */

/* Stands for an outlet the function never set. */
static char not_set[] = "not set";

static void
assert_title_outlet (const char *input,
                     const char *title,
                     const char *outlet)
{
  char *actual_outlet = not_set;
  g_autofree char *actual_title = plx_metadata_split_title_outlet (input, &actual_outlet);

  g_assert_cmpstr (actual_title, ==, title);
  g_assert_cmpstr (actual_outlet, ==, outlet);
  if (actual_outlet != not_set)
    g_free (actual_outlet);
}

static void
test_title_outlet_dash (void)
{
  assert_title_outlet ("Jaishankar-Rubio talks… Is the India-US impasse ending? – Firstpost",
                       "Jaishankar-Rubio talks… Is the India-US impasse ending?", "Firstpost");
  assert_title_outlet ("Tariff talks stall — The Atlantic", "Tariff talks stall", "The Atlantic");
  assert_title_outlet ("Modi meets Trump - The Times of India", "Modi meets Trump", "The Times of India");
}

static void
test_title_outlet_bar (void)
{
  assert_title_outlet ("Headline | BBC News", "Headline", "BBC News");
  /* Only the last part names the outlet. */
  assert_title_outlet ("Trade deal | World | The Hindu", "Trade deal | World", "The Hindu");
}

static void
test_title_outlet_not_a_name (void)
{
  /* Lower case: the rest of the headline, not a publication. */
  assert_title_outlet ("India vs Pakistan - live updates", "India vs Pakistan - live updates", NULL);
  assert_title_outlet ("Tariffs rise - What it means for you", "Tariffs rise - What it means for you", NULL);
  /* Sentence punctuation: a clause, not a name. */
  assert_title_outlet ("Breaking - US, China agree to talks", "Breaking - US, China agree to talks", NULL);
}

static void
test_title_outlet_none (void)
{
  assert_title_outlet ("Jaishankar-Rubio talks resume in Washington",
                       "Jaishankar-Rubio talks resume in Washington", NULL);
  /* Hyphens inside words are not separators. */
  assert_title_outlet ("India-US trade talks", "India-US trade talks", NULL);
  assert_title_outlet ("  Spaces around  ", "Spaces around", NULL);
}

static void
test_title_outlet_optional (void)
{
  g_autofree char *title = plx_metadata_split_title_outlet ("Headline | BBC News", NULL);

  g_assert_cmpstr (title, ==, "Headline");
}

static void
assert_outlet_from_name (const char *stem,
                         const char *outlet)
{
  g_autofree char *actual = plx_metadata_outlet_from_name (stem);

  g_assert_cmpstr (actual, ==, outlet);
}

static void
test_outlet_from_name (void)
{
  assert_outlet_from_name ("reuters", "Reuters");
  assert_outlet_from_name ("01-the-hindu", "The Hindu");
  assert_outlet_from_name ("3_firstpost", "Firstpost");
  assert_outlet_from_name ("al_jazeera", "Al Jazeera");
  /* A name with capitals is kept as written. */
  assert_outlet_from_name ("BBC-News", "BBC News");
  assert_outlet_from_name ("The_Guardian", "The Guardian");
}

static void
test_outlet_from_name_not_a_name (void)
{
  /* Ids, hashes and numbered generic names say nothing about the outlet. */
  assert_outlet_from_name ("000_c04e2a96f8778bf5", NULL);
  assert_outlet_from_name ("c04e2a96f8778bf5", NULL);
  assert_outlet_from_name ("article3", NULL);
  assert_outlet_from_name ("article", NULL);
  assert_outlet_from_name ("02-article", NULL);
  assert_outlet_from_name ("News", NULL);
  assert_outlet_from_name ("untitled", NULL);
  assert_outlet_from_name ("12345", NULL);
  assert_outlet_from_name ("x", NULL);
  assert_outlet_from_name ("", NULL);
}

/* ---- Dates ----------------------------------------------------------- */

static void
assert_parse_date (const char *text,
                   const char *date)
{
  g_autofree char *actual = plx_metadata_parse_date (text);

  g_assert_cmpstr (actual, ==, date);
}

static void
test_parse_date (void)
{
  assert_parse_date ("2026-01-13", "2026-01-13");
  assert_parse_date ("January 13, 2026", "2026-01-13");
  assert_parse_date ("Jan 13 2026", "2026-01-13");
  assert_parse_date ("Jan. 13, 2026", "2026-01-13");
  assert_parse_date ("13 January 2026", "2026-01-13");
  assert_parse_date ("13th Jan, 2026", "2026-01-13");
  assert_parse_date ("Sept. 5, 2025", "2025-09-05");
  assert_parse_date ("Sep 5, 2025", "2025-09-05");
  assert_parse_date ("May 1st, 2025", "2025-05-01");
  assert_parse_date ("december 31 1999", "1999-12-31");
  assert_parse_date ("February 29, 2024", "2024-02-29");
}

static void
test_parse_date_in_text (void)
{
  assert_parse_date ("Thursday, Apr 2, 2009 | Updated 1: 32 PM PDT", "2009-04-02");
  assert_parse_date ("Published: 13 January 2026, 10:30 IST", "2026-01-13");
}

static void
test_parse_date_iso_datetime (void)
{
  /* What manifests and JSON feeds write. */
  assert_parse_date ("2026-01-13T08:30:00+05:30", "2026-01-13");
  assert_parse_date ("2026-01-13T08:30:00Z", "2026-01-13");
}

static void
test_parse_date_invalid (void)
{
  assert_parse_date ("February 30, 2026", NULL);
  assert_parse_date ("February 29, 2026", NULL);
  assert_parse_date ("2026-13-01", NULL);
  assert_parse_date ("2026-00-10", NULL);
  assert_parse_date ("Smarch 13, 2026", NULL);
  assert_parse_date ("Monday 13 2026", NULL);
  assert_parse_date ("nothing", NULL);
  assert_parse_date ("", NULL);
  /* A month and a day without a year is not a full date. */
  assert_parse_date ("January 13", NULL);
  assert_parse_date ("12345", NULL);
}

static char *
find_date (const char *text)
{
  g_autoptr(GArray) lines = plx_split_lines (text, strlen (text));

  return plx_metadata_find_date (text, lines);
}

static void
assert_find_date (const char *text,
                  const char *date)
{
  g_autofree char *actual = find_date (text);

  g_assert_cmpstr (actual, ==, date);
}

static void
test_find_date_published (void)
{
  assert_find_date ("Jaishankar-Rubio talks resume\n"
                    "\n"
                    "Published: January 13, 2026\n"
                    "\n"
                    "External Affairs Minister S. Jaishankar spoke to Marco Rubio.\n",
                    "2026-01-13");
  assert_find_date ("Trade talks\r\nBy Staff Reporter\r\nUpdated on 14 January 2026\r\n\r\nThe talks went on.\r\n",
                    "2026-01-14");
  assert_find_date ("Posted on 2026-01-12 at 09:00\nThe body.\n", "2026-01-12");
}

static void
test_find_date_dateline (void)
{
  assert_find_date ("India, US discuss trade\n"
                    "Thursday, Apr 2, 2009 | Updated 1: 32 PM PDT\n"
                    "\n"
                    "The two countries held talks on Tuesday.\n",
                    "2009-04-02");
  assert_find_date ("India, US discuss trade\nJanuary 13, 2026\n\nThe body.\n", "2026-01-13");
  assert_find_date ("Trade talks\nBy Jane Doe | January 13, 2026\n\nThe body.\n", "2026-01-13");
}

static void
test_find_date_not_in_story (void)
{
  /* The date of an event the story reports is not the publication date. */
  assert_find_date ("External Affairs Minister S. Jaishankar held a pivotal phone conversation with "
                    "U.S. Secretary of State Marco Rubio on Tuesday, January 13, 2026, aimed at "
                    "navigating the downturn.\n",
                    NULL);
  assert_find_date ("Jaishankar-Rubio talks\n"
                    "\n"
                    "External Affairs Minister S. Jaishankar held a pivotal phone conversation with "
                    "U.S. Secretary of State Marco Rubio on Tuesday, January 13, 2026, aimed at "
                    "navigating the downturn.\n"
                    "Officials said more talks would follow.\n",
                    NULL);
  /* Short, but still a sentence of the story. */
  assert_find_date ("Trade talks\nThe talks were held on January 13, 2026.\n", NULL);
}

static void
test_find_date_not_in_headline (void)
{
  /* A headline announcing an event carries the event's date. */
  assert_find_date ("Quad leaders to meet in Tokyo on March 14, 2026 for security summit\n"
                    "\n"
                    "The leaders of India, the US, Japan and Australia will meet next spring.\n",
                    NULL);
}

static void
test_find_date_only_first_lines (void)
{
  assert_find_date ("Title\n"
                    "First paragraph of the story.\n"
                    "Second paragraph of the story.\n"
                    "Third paragraph of the story.\n"
                    "Fourth paragraph of the story.\n"
                    "Fifth paragraph of the story.\n"
                    "Sixth paragraph of the story.\n"
                    "Published: January 13, 2026\n",
                    NULL);
  /* Blank lines do not count towards the first lines. */
  assert_find_date ("Title\n\n\n\n\n\n\n\nPublished: January 13, 2026\n", "2026-01-13");
}

static void
test_find_date_none (void)
{
  assert_find_date ("", NULL);
  assert_find_date ("\n\n", NULL);
  assert_find_date ("Trade talks\n\nThe talks went on.\n", NULL);
  /* An impossible date is not a date. */
  assert_find_date ("Title\nPublished: February 30, 2026\n", NULL);
}

/* ---- Language -------------------------------------------------------- */

static void
assert_language (const char *text,
                 const char *language)
{
  g_assert_cmpstr (plx_metadata_guess_language (text, strlen (text)), ==, language);
}

static void
test_language_english (void)
{
  assert_language ("External Affairs Minister S. Jaishankar held a phone conversation with the "
                   "U.S. Secretary of State on Tuesday. The two leaders discussed trade and the "
                   "tariffs that have strained relations, and they agreed that talks at the "
                   "level of officials should continue, the ministry said in a statement.",
                   "en");
}

static void
test_language_german (void)
{
  assert_language ("Der Außenminister hat am Dienstag mit seinem amerikanischen Kollegen "
                   "telefoniert. Die beiden Politiker sprachen über den Handel und die Zölle, "
                   "die das Verhältnis der Länder belastet haben. Nach Angaben des Ministeriums "
                   "sollen die Gespräche in der kommenden Woche fortgesetzt werden.",
                   "de");
}

static void
test_language_french (void)
{
  assert_language ("Le ministre des Affaires étrangères a eu mardi un entretien téléphonique "
                   "avec son homologue américain. Les deux responsables ont discuté du commerce "
                   "et des droits de douane qui pèsent sur les relations, et ils sont convenus "
                   "que les discussions se poursuivront dans les semaines qui viennent.",
                   "fr");
}

static void
test_language_spanish (void)
{
  assert_language ("El ministro de Asuntos Exteriores mantuvo el martes una conversación "
                   "telefónica con su homólogo estadounidense. Los dos dirigentes hablaron del "
                   "comercio y de los aranceles que han tensado las relaciones, y acordaron que "
                   "las negociaciones continuarán en las próximas semanas, según el ministerio.",
                   "es");
}

static void
test_language_hindi (void)
{
  assert_language ("विदेश मंत्री एस. जयशंकर ने मंगलवार को अमेरिकी विदेश मंत्री मार्को रुबियो से "
                   "फोन पर बात की। दोनों नेताओं ने व्यापार और शुल्कों पर चर्चा की।",
                   "hi");
}

static void
test_language_arabic (void)
{
  assert_language ("أجرى وزير الخارجية الهندي اتصالا هاتفيا مع نظيره الأمريكي يوم الثلاثاء. "
                   "وناقش الجانبان التجارة والرسوم الجمركية.",
                   "ar");
}

static void
test_language_unknown (void)
{
  assert_language ("12345 !!!", NULL);
  assert_language ("", NULL);
  assert_language ("   \n\t", NULL);
  /* Too few words to tell. */
  assert_language ("Jaishankar Rubio", NULL);
  /* Words, but none of any language's common ones. */
  assert_language ("Xylo quarb zint plov drakken murn volt fesh krall pibbet", NULL);
}

static void
test_language_length (void)
{
  const char *text = "The talks went on and the ministers said that it was a good day for the "
                     "two countries. Der Minister sagte, dass die Gespräche gut waren.";

  /* Only the given length is looked at. */
  assert_language (text, "en");
  g_assert_cmpstr (plx_metadata_guess_language (text, 3), ==, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Known bugs stay as failing tests; let them not hide the others. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/metadata/title-outlet/dash", test_title_outlet_dash);
  g_test_add_func ("/metadata/title-outlet/bar", test_title_outlet_bar);
  g_test_add_func ("/metadata/title-outlet/not-a-name", test_title_outlet_not_a_name);
  g_test_add_func ("/metadata/title-outlet/none", test_title_outlet_none);
  g_test_add_func ("/metadata/title-outlet/optional", test_title_outlet_optional);
  g_test_add_func ("/metadata/outlet-from-name/name", test_outlet_from_name);
  g_test_add_func ("/metadata/outlet-from-name/not-a-name", test_outlet_from_name_not_a_name);
  g_test_add_func ("/metadata/parse-date/formats", test_parse_date);
  g_test_add_func ("/metadata/parse-date/in-text", test_parse_date_in_text);
  g_test_add_func ("/metadata/parse-date/iso-datetime", test_parse_date_iso_datetime);
  g_test_add_func ("/metadata/parse-date/invalid", test_parse_date_invalid);
  g_test_add_func ("/metadata/find-date/published", test_find_date_published);
  g_test_add_func ("/metadata/find-date/dateline", test_find_date_dateline);
  g_test_add_func ("/metadata/find-date/not-in-story", test_find_date_not_in_story);
  g_test_add_func ("/metadata/find-date/not-in-headline", test_find_date_not_in_headline);
  g_test_add_func ("/metadata/find-date/only-first-lines", test_find_date_only_first_lines);
  g_test_add_func ("/metadata/find-date/none", test_find_date_none);
  g_test_add_func ("/metadata/language/english", test_language_english);
  g_test_add_func ("/metadata/language/german", test_language_german);
  g_test_add_func ("/metadata/language/french", test_language_french);
  g_test_add_func ("/metadata/language/spanish", test_language_spanish);
  g_test_add_func ("/metadata/language/hindi", test_language_hindi);
  g_test_add_func ("/metadata/language/arabic", test_language_arabic);
  g_test_add_func ("/metadata/language/unknown", test_language_unknown);
  g_test_add_func ("/metadata/language/length", test_language_length);

  return g_test_run ();
}
