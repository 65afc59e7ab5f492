/* test-dates.c: dates and relative time expressions
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "plx-dates.h"
#include "plx-test-util.h"

/* The seeds' story: the call of Tuesday 13 January 2026. */
#define ANCHOR_YEAR 2026
#define ANCHOR_MONTH 1
#define ANCHOR_DAY 13

typedef struct
{
  const char       *sentence;
  const char       *words;      /* the mention's text */
  const char       *expected;   /* plx_date_mention_to_string() */
  PlxDatePrecision  precision;
} Case;

/* ---- Helpers ------------------------------------------------------ */

static GDate *
anchor_new (void)
{
  return g_date_new_dmy (ANCHOR_DAY, ANCHOR_MONTH, ANCHOR_YEAR);
}

/* The mention of @sentence whose words are @words, checking that its
 * offsets slice back to them. */
static const PlxDateMention *
find_mention (GArray     *mentions,
              const char *sentence,
              const char *words)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const PlxDateMention *mention = &g_array_index (mentions, PlxDateMention, i);
      g_autofree char *slice = g_strndup (sentence + mention->start,
                                          mention->end - mention->start);

      g_assert_cmpstr (slice, ==, mention->text);
      if (g_strcmp0 (mention->text, words) == 0)
        return mention;
    }

  return NULL;
}

static void
check_case (const Case *c,
            GDate      *anchor)
{
  g_autoptr(GArray) mentions = plx_extract_dates (c->sentence, anchor, "en");
  const PlxDateMention *mention = find_mention (mentions, c->sentence, c->words);
  g_autofree char *date = NULL;

  if (mention == NULL)
    g_error ("no mention \"%s\" in \"%s\"", c->words, c->sentence);
  date = plx_date_mention_to_string (mention);
  g_assert_cmpstr (date, ==, c->expected);
  g_assert_cmpstr (plx_date_precision_to_string (mention->precision), ==,
                   plx_date_precision_to_string (c->precision));
}

static void
check_cases (const Case *cases,
             gsize       n_cases)
{
  g_autoptr(GDate) anchor = anchor_new ();

  for (gsize i = 0; i < n_cases; i++)
    check_case (&cases[i], anchor);
}

static guint
count_mentions (const char *sentence,
                GDate      *anchor)
{
  g_autoptr(GArray) mentions = plx_extract_dates (sentence, anchor, "en");

  return mentions->len;
}

/* ---- Absolute dates ----------------------------------------------- */

static void
test_absolute_days (void)
{
  static const Case cases[] = {
    { "The call took place on January 13, 2026.", "January 13, 2026", "2026-01-13", PLX_PRECISION_DAY },
    { "The call took place on 13 January 2026.", "13 January 2026", "2026-01-13", PLX_PRECISION_DAY },
    { "He spoke on Jan 13 in Delhi.", "Jan 13", "2026-01-13", PLX_PRECISION_DAY },
    { "He spoke on Jan. 13 in Delhi.", "Jan. 13", "2026-01-13", PLX_PRECISION_DAY },
    { "Talks resume on Jan 20.", "Jan 20", "2026-01-20", PLX_PRECISION_DAY },
    /* Nearest the anchor: the December just gone, not the next one. */
    { "Talks stalled on Dec 30.", "Dec 30", "2025-12-30", PLX_PRECISION_DAY },
    { "Tariffs began after an August 1, 2025 deadline.", "August 1, 2025", "2025-08-01", PLX_PRECISION_DAY },
    { "It happened on Sept. 11, 2001 at dawn.", "Sept. 11, 2001", "2001-09-11", PLX_PRECISION_DAY },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_absolute_months_years (void)
{
  static const Case cases[] = {
    { "The conflict broke out in May 2025.", "May 2025", "2025-05", PLX_PRECISION_MONTH },
    { "In September 2025, they met in New York.", "September 2025", "2025-09", PLX_PRECISION_MONTH },
    { "She was Playmate of the Month in January of 1955.", "January of 1955", "1955-01", PLX_PRECISION_MONTH },
    { "Trade talks collapsed in 2025.", "in 2025", "2025", PLX_PRECISION_YEAR },
    { "They held calls all through 2025.", "through 2025", "2025", PLX_PRECISION_YEAR },
    { "Tensions escalated in mid-2025.", "mid-2025", "2025-mid", PLX_PRECISION_PART_OF_YEAR },
    { "A deal is possible in early 2026.", "early 2026", "2026-early", PLX_PRECISION_PART_OF_YEAR },
    { "Tariffs rose in late 2025.", "late 2025", "2025-late", PLX_PRECISION_PART_OF_YEAR },
    { "Tariffs rose towards the end of 2025.", "end of 2025", "2025-late", PLX_PRECISION_PART_OF_YEAR },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_part_field (void)
{
  g_autoptr(GArray) mentions = plx_extract_dates ("It peaked in mid-2025.", NULL, "en");
  const PlxDateMention *mention;

  g_assert_cmpuint (mentions->len, ==, 1);
  mention = &g_array_index (mentions, PlxDateMention, 0);
  g_assert_cmpstr (mention->part, ==, "mid");
  g_assert_cmpint (mention->year, ==, 2025);
  g_assert_cmpint (mention->month, ==, 0);
  g_assert_false (mention->relative);
}

/* A bare number is not a year: "2025 cases", "2,025". */
static void
test_not_years (void)
{
  g_autoptr(GDate) anchor = anchor_new ();

  g_assert_cmpuint (count_mentions ("Officials counted 2025 cases.", anchor), ==, 0);
  g_assert_cmpuint (count_mentions ("A fine of 2,025 dollars was paid in cash.", anchor), ==, 0);
  g_assert_cmpuint (count_mentions ("May I ask a question?", anchor), ==, 0);
}

/* ---- Weekdays ----------------------------------------------------- */

static void
test_weekdays (void)
{
  static const Case cases[] = {
    /* The anchor's own weekday is the anchor; others are the last before. */
    { "The two ministers spoke on Tuesday.", "on Tuesday", "2026-01-13", PLX_PRECISION_DAY },
    { "Tuesday was busy.", "Tuesday", "2026-01-13", PLX_PRECISION_DAY },
    { "In his arrival speech on Monday, Gor spoke.", "on Monday", "2026-01-12", PLX_PRECISION_DAY },
    { "Talks broke down on Friday.", "on Friday", "2026-01-09", PLX_PRECISION_DAY },
    { "Monday's speech was warm.", "Monday's", "2026-01-12", PLX_PRECISION_DAY },
    { "They met last Tuesday.", "last Tuesday", "2026-01-06", PLX_PRECISION_DAY },
    { "They meet next Tuesday.", "next Tuesday", "2026-01-20", PLX_PRECISION_DAY },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A future cue in the clause sends a weekday forward, and the anchor
 * day itself still qualifies. */
static void
test_weekdays_future (void)
{
  static const Case cases[] = {
    { "The ministers will meet on Friday.", "on Friday", "2026-01-16", PLX_PRECISION_DAY },
    { "The next call on trade was scheduled for Tuesday.", "Tuesday", "2026-01-13", PLX_PRECISION_DAY },
    { "The next call on trade would occur on Tuesday.", "on Tuesday", "2026-01-13", PLX_PRECISION_DAY },
    { "The vote is due on Monday.", "on Monday", "2026-01-19", PLX_PRECISION_DAY },
    /* A cue in an earlier clause does not reach. */
    { "They will talk again; the last call was on Monday.", "on Monday", "2026-01-12", PLX_PRECISION_DAY },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A weekday with its date is one mention, of the date. */
static void
test_weekday_with_date (void)
{
  static const Case cases[] = {
    { "Rubio called on Tuesday, January 13, 2026, to talk.", "on Tuesday, January 13, 2026", "2026-01-13", PLX_PRECISION_DAY },
    { "On Tuesday (January 13), Jaishankar called.", "On Tuesday (January 13)", "2026-01-13", PLX_PRECISION_DAY },
    { "Jaishankar on Tuesday (Jan 13) said so.", "on Tuesday (Jan 13)", "2026-01-13", PLX_PRECISION_DAY },
    { "Tuesday (Jan 13) was busy.", "Tuesday (Jan 13)", "2026-01-13", PLX_PRECISION_DAY },
    { "A call would occur on Wednesday, January 14, to go on.", "on Wednesday, January 14", "2026-01-14", PLX_PRECISION_DAY },
  };
  g_autoptr(GDate) anchor = anchor_new ();

  check_cases (cases, G_N_ELEMENTS (cases));
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (count_mentions (cases[i].sentence, anchor), ==, 1);
}

/* ---- Relative words ----------------------------------------------- */

static void
test_relative_days (void)
{
  static const Case cases[] = {
    { "The minister spoke today.", "today", "2026-01-13", PLX_PRECISION_DAY },
    { "The minister spoke yesterday.", "yesterday", "2026-01-12", PLX_PRECISION_DAY },
    { "The minister speaks tomorrow.", "tomorrow", "2026-01-14", PLX_PRECISION_DAY },
    { "The minister spoke two days ago.", "two days ago", "2026-01-11", PLX_PRECISION_DAY },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Weeks are given at month precision: the month of the span's middle
 * day (plx-dates.c, top comment). */
static void
test_relative_weeks (void)
{
  static const Case cases[] = {
    { "Lutnick said last week a pact was not sealed.", "last week", "2026-01", PLX_PRECISION_MONTH },
    { "The envoy arrived earlier this week.", "earlier this week", "2026-01", PLX_PRECISION_MONTH },
    { "They meet next week.", "next week", "2026-01", PLX_PRECISION_MONTH },
  };
  g_autoptr(GDate) new_year = g_date_new_dmy (6, G_DATE_JANUARY, 2026);
  g_autoptr(GArray) mentions = plx_extract_dates ("It rained last week.", new_year, "en");
  g_autofree char *date = NULL;

  check_cases (cases, G_N_ELEMENTS (cases));
  /* 29 December - 4 January: its Thursday is 1 January. */
  g_assert_cmpuint (mentions->len, ==, 1);
  date = plx_date_mention_to_string (&g_array_index (mentions, PlxDateMention, 0));
  g_assert_cmpstr (date, ==, "2026-01");
}

static void
test_relative_months_years (void)
{
  static const Case cases[] = {
    { "They may meet next month.", "next month", "2026-02", PLX_PRECISION_MONTH },
    { "They met last month.", "last month", "2025-12", PLX_PRECISION_MONTH },
    { "Trade grew this year.", "this year", "2026", PLX_PRECISION_YEAR },
    { "Trade fell last year.", "last year", "2025", PLX_PRECISION_YEAR },
    { "Trade may grow next year.", "next year", "2027", PLX_PRECISION_YEAR },
    { "Tariffs rose late last year.", "late last year", "2025-late", PLX_PRECISION_PART_OF_YEAR },
    { "It all began last April when Trump announced a tariff.", "last April", "2025-04", PLX_PRECISION_MONTH },
    { "The conflict broke out last May.", "last May", "2025-05", PLX_PRECISION_MONTH },
    { "Duties began last August.", "last August", "2025-08", PLX_PRECISION_MONTH },
    { "Trump took office last January.", "last January", "2025-01", PLX_PRECISION_MONTH },
    { "Talks resumed last July.", "last July", "2025-07", PLX_PRECISION_MONTH },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_relative_flag (void)
{
  g_autoptr(GDate) anchor = anchor_new ();
  g_autoptr(GArray) mentions = plx_extract_dates ("On Monday, a deal of August 1, 2025 was recalled.",
                                                  anchor, "en");

  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_true (g_array_index (mentions, PlxDateMention, 0).relative);
  g_assert_false (g_array_index (mentions, PlxDateMention, 1).relative);
}

/* Without an anchor, only what the words fix on their own is kept. */
static void
test_null_anchor (void)
{
  static const char sentence[] =
    "On Monday, after talks last week and in May 2025, Gor said on Jan 13 "
    "that a deal of August 1, 2025 would come next month, in mid-2025 terms.";
  g_autoptr(GArray) mentions = plx_extract_dates (sentence, NULL, "en");

  g_assert_cmpuint (mentions->len, ==, 3);
  g_assert_cmpstr (g_array_index (mentions, PlxDateMention, 0).text, ==, "May 2025");
  g_assert_cmpstr (g_array_index (mentions, PlxDateMention, 1).text, ==, "August 1, 2025");
  g_assert_cmpstr (g_array_index (mentions, PlxDateMention, 2).text, ==, "mid-2025");
}

static void
test_offsets (void)
{
  static const char sentence[] = "“We spoke on Tuesday,” he said — before mid-2025 ended.";
  g_autoptr(GDate) anchor = anchor_new ();
  g_autoptr(GArray) mentions = plx_extract_dates (sentence, anchor, "en");

  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_nonnull (find_mention (mentions, sentence, "on Tuesday"));
  g_assert_nonnull (find_mention (mentions, sentence, "mid-2025"));
}

/* Languages without rules in dates-relative.json give no mentions;
 * German has them (tests/test-languages.c checks the others). */
static void
test_other_language (void)
{
  g_autoptr(GDate) anchor = anchor_new ();
  g_autoptr(GArray) italian = plx_extract_dates ("Martedì 13 gennaio 2026.", anchor, "it");
  g_autoptr(GArray) mentions = plx_extract_dates ("Am Dienstag, 13. Januar 2026.", anchor, "de");
  const PlxDateMention *mention;

  g_assert_cmpuint (italian->len, ==, 0);
  g_assert_cmpuint (mentions->len, ==, 1);
  mention = &g_array_index (mentions, PlxDateMention, 0);
  g_assert_cmpstr (mention->text, ==, "Am Dienstag, 13. Januar 2026");
  g_assert_cmpint (mention->year, ==, 2026);
  g_assert_cmpint (mention->month, ==, 1);
  g_assert_cmpint (mention->day, ==, 13);
}

/* ---- The seeds ---------------------------------------------------- */

static void
test_seed_sentences (void)
{
  static const Case cases[] = {
    { "On Tuesday (January 13), External Affairs Minister S Jaishankar held a telephonic conversation with US Secretary of State Marco Rubio during which the two discussed cooperation across trade, critical minerals, nuclear energy, defence and energy.",
      "On Tuesday (January 13)", "2026-01-13", PLX_PRECISION_DAY },
    { "In his arrival speech in New Delhi on Monday, ambassador-designate Gor struck a conciliatory note, describing India and the US as “real friends” who may disagree but will “always resolve their differences in the end.",
      "on Monday", "2026-01-12", PLX_PRECISION_DAY },
    { "In his own post, Gor said Rubio had a “positive call” with Jaishankar and that the two leaders had discussed “next steps regarding our bilateral trade negotiations, critical minerals and a possible meeting next month.",
      "next month", "2026-02", PLX_PRECISION_MONTH },
    { "Among them are President Trump’s repeated claims that he brokered a ceasefire to end an intense four-day conflict between India and Pakistan in May 2025.",
      "May 2025", "2025-05", PLX_PRECISION_MONTH },
    { "After months of negotiations leading up to an August 1, 2025 deadline for tariff enforcement, the Trump administration imposed sweeping duties on Indian goods.",
      "August 1, 2025", "2025-08-01", PLX_PRECISION_DAY },
    { "However, things soured between India and the US when Trump insisted that he played a central role in de-escalating the India-Pakistan conflict last May.",
      "last May", "2025-05", PLX_PRECISION_MONTH },
    { "These tensions escalated sharply in mid-2025, when US President Donald Trump imposed sweeping 50% tariffs on a range of Indian goods.",
      "mid-2025", "2025-mid", PLX_PRECISION_PART_OF_YEAR },
    { "It all began last April when Trump announced a 25 per cent tariff on India as part of his Liberation Day.",
      "last April", "2025-04", PLX_PRECISION_MONTH },
    { "It came a day after Gor publicly stated that India and the United States remain actively engaged in efforts to conclude a bilateral trade deal and that the “next call on trade” was scheduled for Tuesday.",
      "Tuesday", "2026-01-13", PLX_PRECISION_DAY },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static GPtrArray *
seed_body_sentences (void)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (plx_test_sample_dir ());
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);

  for (guint a = 0; a < g_list_model_get_n_items (G_LIST_MODEL (corpus)); a++)
    {
      g_autoptr(PlxArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), a);

      for (guint s = 0; s < plx_article_get_n_sentences (article); s++)
        {
          PlxSentence *sentence = plx_article_get_sentence (article, s);

          if (plx_sentence_get_role (sentence) == PLX_ROLE_BODY)
            g_ptr_array_add (sentences, g_strdup (plx_sentence_get_text (sentence)));
        }
    }
  g_ptr_array_add (sentences, NULL);

  return sentences;
}

static void
test_seed_anchor (void)
{
  g_autoptr(GPtrArray) sentences = seed_body_sentences ();
  g_autoptr(GDate) anchor = plx_infer_anchor ((const char * const *) sentences->pdata);
  g_autoptr(GDate) expected = anchor_new ();

  g_assert_cmpuint (sentences->len, >, 50);
  g_assert_nonnull (anchor);
  g_assert_cmpint (g_date_compare (anchor, expected), ==, 0);
}

static void
test_infer_anchor (void)
{
  static const char *const votes[] = {
    "The deal of August 1, 2025 lapsed.",
    "On Tuesday (January 13), they spoke.",
    "He spoke on Tuesday, January 13, 2026, to Rubio.",
    "She spoke on Jan 13 too.",
    NULL,
  };
  static const char *const none[] = { "They spoke on Tuesday.", "In May 2025, nothing.", NULL };
  g_autoptr(GDate) anchor = plx_infer_anchor (votes);
  g_autoptr(GDate) expected = anchor_new ();

  g_assert_nonnull (anchor);
  g_assert_cmpint (g_date_compare (anchor, expected), ==, 0);
  g_assert_null (plx_infer_anchor (none));
}

/* ---- ECB+ --------------------------------------------------------- */

/* Whether a mention over the words @expression resolves to @expected at
 * @precision. */
static gboolean
resolves_to (const char *sentence,
             GDate      *anchor,
             const char *expression,
             const char *expected,
             const char *precision)
{
  g_autoptr(GArray) mentions = plx_extract_dates (sentence, anchor, "en");
  const char *at = strstr (sentence, expression);
  gsize start, end;

  g_assert_nonnull (at);
  start = at - sentence;
  end = start + strlen (expression);
  for (guint i = 0; i < mentions->len; i++)
    {
      const PlxDateMention *mention = &g_array_index (mentions, PlxDateMention, i);
      g_autofree char *date = NULL;

      if (mention->end <= start || mention->start >= end)
        continue;
      date = plx_date_mention_to_string (mention);
      return g_strcmp0 (date, expected) == 0
             && g_strcmp0 (plx_date_precision_to_string (mention->precision), precision) == 0;
    }

  return FALSE;
}

static GDate *
parse_iso_date (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", 3);

  g_assert_cmpuint (g_strv_length (parts), ==, 3);

  return g_date_new_dmy (atoi (parts[2]), atoi (parts[1]), atoi (parts[0]));
}

/* tests/data/dates/ecbplus-dated.tsv: sentences of ECB+ articles,
 * labelled by hand (see the README there). */
static void
test_ecbplus (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "dates", "ecbplus-dated.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0, correct = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_autoptr(GDate) anchor = NULL;

      if (*lines[i] == '\0' || *lines[i] == '#')
        continue;
      g_assert_cmpuint (g_strv_length (fields), ==, 6);
      anchor = parse_iso_date (fields[1]);
      total++;
      if (resolves_to (fields[2], anchor, fields[3], fields[4], fields[5]))
        correct++;
      else
        g_test_message ("wrong: %s \"%s\" (expected %s %s)", fields[0], fields[3], fields[4], fields[5]);
    }

  g_test_message ("ECB+ dated sentences: %u of %u resolved correctly (%.1f%%)",
                  correct, total, 100.0 * correct / total);
  g_assert_cmpuint (total, >=, 30);
  g_assert_cmpuint (correct * 10, >=, total * 9);
}

/* A month named alone is the coming one when it is at most two months
 * after the anchor ("a meeting in February", written in January), else
 * the past one ("a conflict in May"). */
static void
test_month_without_year (void)
{
  static const Case cases[] = {
    { "A potential meeting in February could provide an opportunity to reset the dialogue.",
      "February", "2026-02", PLX_PRECISION_MONTH },
    { "The two countries fought a brief conflict in May that still shapes their ties.",
      "May", "2025-05", PLX_PRECISION_MONTH },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The timeline writes each date as a reader does, to its precision; a
 * single-digit day is not padded. (The C locale: English names.) */
static void
test_format_readable (void)
{
  static const struct
  {
    const char       *date;
    PlxDatePrecision  precision;
    const char       *expected;
  } cases[] = {
    { "2026-01-13", PLX_PRECISION_DAY, "13 January 2026" },
    { "2025-08-01", PLX_PRECISION_DAY, "1 August 2025" },
    { "2026-02", PLX_PRECISION_MONTH, "February 2026" },
    { "2025", PLX_PRECISION_YEAR, "2025" },
    { "2025-mid", PLX_PRECISION_PART_OF_YEAR, "Mid-2025" },
    { "2025-early", PLX_PRECISION_PART_OF_YEAR, "Early 2025" },
    /* Not a date: itself, not a crash. */
    { "2026-02-30", PLX_PRECISION_DAY, "2026-02-30" },
    { "soon", PLX_PRECISION_MONTH, "soon" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = plx_date_format_readable (cases[i].date, cases[i].precision);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dates/format-readable", test_format_readable);
  g_test_add_func ("/dates/absolute/days", test_absolute_days);
  g_test_add_func ("/dates/absolute/month-without-year", test_month_without_year);
  g_test_add_func ("/dates/absolute/months-years", test_absolute_months_years);
  g_test_add_func ("/dates/absolute/part-field", test_part_field);
  g_test_add_func ("/dates/absolute/not-years", test_not_years);
  g_test_add_func ("/dates/weekday/past", test_weekdays);
  g_test_add_func ("/dates/weekday/future", test_weekdays_future);
  g_test_add_func ("/dates/weekday/with-date", test_weekday_with_date);
  g_test_add_func ("/dates/relative/days", test_relative_days);
  g_test_add_func ("/dates/relative/weeks", test_relative_weeks);
  g_test_add_func ("/dates/relative/months-years", test_relative_months_years);
  g_test_add_func ("/dates/relative/flag", test_relative_flag);
  g_test_add_func ("/dates/null-anchor", test_null_anchor);
  g_test_add_func ("/dates/offsets", test_offsets);
  g_test_add_func ("/dates/other-language", test_other_language);
  g_test_add_func ("/dates/seeds/sentences", test_seed_sentences);
  g_test_add_func ("/dates/seeds/anchor", test_seed_anchor);
  g_test_add_func ("/dates/infer-anchor", test_infer_anchor);
  g_test_add_func ("/dates/ecbplus", test_ecbplus);

  return g_test_run ();
}
