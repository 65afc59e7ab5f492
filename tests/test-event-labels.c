/* test-event-labels.c: the labels of the ledger's events
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-event-label.h"
#include "plx-test-util.h"

/* The label of @date in @text, as the ledger makes it. */
static char *
label_of (const char *text,
          const char *date,
          const char *language)
{
  g_autoptr(GArray) tokens = plx_tokenize (text, -1, language);
  const char *at = strstr (text, date);

  g_assert_nonnull (at);
  return plx_event_label (text, tokens, at - text, at - text + strlen (date), language, NULL);
}

static guint
count_words (const char *label)
{
  g_auto(GStrv) words = g_strsplit_set (label, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += *words[i] != '\0';

  return n;
}

static const struct
{
  const char *language;
  const char *text;
  const char *date;
  const char *label;
} cases[] = {
  /* The clause the date is in, without what only sets the scene. */
  { "en", "It all began last April when Trump announced a 25 per cent tariff on Indian goods.", "last April",
    "Trump announced a 25 per cent tariff on Indian goods" },
  { "en", "On Tuesday (January 13), External Affairs Minister S Jaishankar held a telephonic conversation with Marco Rubio.",
    "Tuesday", "External Affairs Minister S Jaishankar held a telephonic conversation with Marco Rubio" },
  { "en", "Ahead of the August 1, 2025 deadline for tariff enforcement, the Trump administration imposed sweeping "
    "duties on Indian goods.", "August 1, 2025", "The Trump administration imposed sweeping duties on Indian goods" },
  { "en", "This was followed up by a meeting of G7 foreign ministers in November during which they focused on trade.",
    "November", "This was followed up by a meeting of G7 foreign ministers in November" },
  /* The clause a date's "when" opens is what happened on the date; not
   * one too short to say it. */
  { "en", "India and the US ties deteriorated further last August when Trump singled out New Delhi.", "last August",
    "Trump singled out New Delhi" },
  { "en", "The town lost a landmark on Tuesday, when a fire destroyed the old mill by the river.", "Tuesday",
    "A fire destroyed the old mill by the river" },
  { "en", "The season ends next Sunday when the Texans (12-3) visit.", "next Sunday",
    "The season ends next Sunday" },
  { "de", "Die Beziehungen verschlechterten sich im August, als die Regierung neue Zölle auf Stahl verhängte.",
    "August", "Die Regierung neue Zölle auf Stahl verhängte" },
  { "es", "Las relaciones empeoraron en agosto, cuando el gobierno impuso nuevos aranceles al acero.", "agosto",
    "El gobierno impuso nuevos aranceles al acero" },
  /* A leading adverbial that names a kind of event is kept, short, as
   * the label's scene. */
  { "en", "In his farewell speech in Oslo on Monday, the ambassador praised the harbour workers.", "Monday",
    "In his farewell speech, the ambassador praised the harbour workers" },
  { "en", "In September 2025, in their first meeting after the tariffs, their talk covered energy and shipping.",
    "September 2025", "In their first meeting, their talk covered energy and shipping" },
  { "fr", "Pendant la réunion de mardi, le ministre a annoncé de nouveaux droits sur l’acier.", "mardi",
    "Pendant la réunion, le ministre a annoncé de nouveaux droits sur l’acier" },
  /* What was reported, not who reported it, unless the report would
   * lose its subject. */
  { "en", "It came a day after Gor publicly stated that India and the US remain engaged and that the next call on "
    "trade was scheduled for Tuesday.", "Tuesday", "The next call on trade was scheduled for Tuesday" },
  { "en", "Last week, Commerce Secretary Howard Lutnick claimed that a trade pact could not be finalised.",
    "Last week", "Commerce Secretary Howard Lutnick claimed that a trade pact could not be finalised" },
  { "en", "Trump insisted that he played a central role in ending the conflict last May.", "last May",
    "Trump insisted that he played a central role in ending the conflict last May" },
  { "en", "The disagreements that collapsed trade talks in 2025 remain on the table.", "in 2025",
    "The disagreements that collapsed trade talks in 2025 remain on the table" },
  /* Cut short, but not inside a name, a figure or a phrase. */
  { "en", "The minister met US Secretary of State Marco Rubio and Treasury Secretary Scott Bessent in Washington on "
    "Monday to discuss the tariffs.", "Monday",
    "The minister met US Secretary of State Marco Rubio and Treasury Secretary Scott Bessent" },
  { "en", "Officials said on Friday that the government would raise the levy on imported steel and aluminium to 25 "
    "per cent from next year.", "Friday",
    "Officials said on Friday that the government would raise the levy on imported steel" },
  /* A long clause whose date lies far in: the part that leads to it (in
   * French, the relative clause after "selon lesquelles"). */
  { "en", "Among them are President Trump’s repeated claims that he brokered a ceasefire to end an intense four-day "
    "conflict between India and Pakistan in May 2025.", "May 2025",
    "He brokered a ceasefire to end an intense four-day conflict between India and Pakistan" },
  { "en", "This was followed up by a meeting on the sidelines of the meeting of G7 foreign ministers in November "
    "during which they focused on trade.", "November",
    "A meeting on the sidelines of the meeting of G7 foreign ministers in November" },
  /* Never cut before the object of its verb, nor go on past a dash. */
  { "en", "External Affairs Minister S. Jaishankar and US Secretary of State Marco Rubio held a phone conversation "
    "on Tuesday, discussing trade.", "Tuesday",
    "External Affairs Minister S. Jaishankar and US Secretary of State Marco Rubio" },
  { "en", "In September 2025, their conversation covered a range of issues of “current concern” – indicating that "
    "ties were improving.", "September 2025", "Their conversation covered a range of issues of “current concern”" },
  { "fr", "Parmi eux figurent les affirmations répétées du président américain selon lesquelles il aurait négocié "
    "un cessez-le-feu pour mettre fin au conflit entre l’Inde et le Pakistan en mai 2025.", "mai 2025",
    "Il aurait négocié un cessez-le-feu pour mettre fin au conflit entre l’Inde" },
  /* A quotation mark whose partner is cut off is left out. */
  { "en", "“In the end, last week, our great Secretary of State spoke to India,” he said.", "last week",
    "Our great Secretary of State spoke to India" },
  /* German: the clause's opener goes, the label ends on the verb. */
  { "de", "Die Gespräche scheiterten, nachdem die USA am 1. August Zölle von 25 Prozent verhängt hatten.",
    "1. August", "Die USA am 1. August Zölle von 25 Prozent verhängt" },
  { "de", "Am Dienstag, nach langen Verhandlungen, unterzeichneten die Minister in Brüssel ein neues Abkommen.",
    "Dienstag", "Unterzeichneten die Minister in Brüssel ein neues Abkommen" },
  /* The particle of a separable verb closes the clause: the label keeps
   * it, and the words before it. */
  { "de", "Die USA laden Norwegen am 2. Februar zum Beitritt zum Arctic Shipping Compact ein.", "2. Februar",
    "Die USA laden Norwegen am 2. Februar zum Beitritt zum Arctic Shipping Compact ein" },
  /* A leading clause that says much of its own holds its date's event. */
  { "en", "Before President Lee took office for a second time last January, many exporters were hopeful.",
    "last January", "President Lee took office for a second time last January" },
  /* ... but not a phrase that only sets the scene. */
  { "en", "After months of talks leading up to the March 3 deadline for the new levy, the government raised duties on steel.",
    "March 3", "The government raised duties on steel" },
  { "es", "Después de que el gobierno anunciara nuevos aranceles sobre el acero en abril, las exportaciones cayeron.",
    "en abril", "El gobierno anunciara nuevos aranceles sobre el acero en abril" },
  /* French and Spanish. */
  { "fr", "Le ministre a annoncé mardi que les droits de douane seraient relevés à 25 pour cent.", "mardi",
    "Le ministre a annoncé mardi que les droits de douane seraient relevés" },
  { "es", "El martes, el ministro firmó en Bruselas un nuevo acuerdo comercial con la Unión Europea.", "martes",
    "El ministro firmó en Bruselas un nuevo acuerdo comercial con la Unión Europea" },
};

static void
test_labels (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = label_of (cases[i].text, cases[i].date, cases[i].language);

      g_test_message ("%s: “%s”", cases[i].language, cases[i].text);
      g_assert_cmpstr (label, ==, cases[i].label);
      g_assert_cmpuint (count_words (label), <=, 14);
    }
}

/* A date that modifies a noun ("the March 3 deadline") dates that
 * thing, named from its noun; a relative date, or one without a
 * determiner before it, modifies none. */
static void
test_modified_noun (void)
{
  static const struct
  {
    const char *language;
    const char *text;
    const char *date;
    const char *label;   /* NULL: the date modifies no noun, or one too short to name */
  } nouns[] = {
    { "en", "After months of talks leading up to the March 3 deadline for the new levy, the government raised duties.",
      "March 3", "Deadline for the new levy" },
    { "en", "The company missed an April 30 deadline.", "April 30", NULL },
    { "en", "The ministers met on March 3 in Oslo.", "March 3", NULL },
    { "de", "Vor der Frist vom 1. August verhängte die Regierung neue Zölle.", "1. August", NULL },
    { "de", "Nach Monaten der Verhandlungen bis zur am 1. August ablaufenden Frist für die Zölle verhängte die Regierung Strafzölle.",
      "1. August", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    {
      g_autoptr(GArray) tokens = plx_tokenize (nouns[i].text, -1, nouns[i].language);
      const char *at = strstr (nouns[i].text, nouns[i].date);
      guint first = G_MAXUINT, last = 0, noun;
      g_autofree char *label = NULL;

      g_test_message ("%s: “%s”", nouns[i].language, nouns[i].text);
      for (guint t = 0; t < tokens->len; t++)
        {
          const PlxToken *token = &g_array_index (tokens, PlxToken, t);

          if (token->start >= (gsize) (at - nouns[i].text) && token->end <= (gsize) (at - nouns[i].text) + strlen (nouns[i].date))
            {
              first = MIN (first, t);
              last = t;
            }
        }
      noun = plx_date_modified_noun (tokens, first, last, nouns[i].language);
      if (noun != G_MAXUINT)
        label = plx_event_label_noun (nouns[i].text, tokens, noun, nouns[i].language);
      g_assert_cmpstr (label, ==, nouns[i].label);
    }
}

/* A dateline dates nothing: it is no event. */
static void
test_dateline (void)
{
  g_autofree char *stamp = label_of ("8:44AM BST 16 Sep 2013", "16 Sep 2013", "en");
  g_autofree char *byline = label_of ("On Jul 7 2012, 5:55p", "Jul 7 2012", "en");
  g_autofree char *event = label_of ("Passed away Thursday, December 11", "December 11", "en");

  g_assert_null (stamp);
  g_assert_null (byline);
  g_assert_cmpstr (event, ==, "Passed away Thursday, December 11");
}

/* A period is the background of events, not an event. */
static void
test_periods (void)
{
  static const struct
  {
    const char *language;
    const char *text;
    gboolean    period;
  } periods[] = {
    { "en", "Both have held multiple conversations all through 2025.", TRUE },
    { "en", "Ties have been on a downturn since the beginning of 2025.", TRUE },
    { "en", "Progress will depend on what follows in the coming weeks.", TRUE },
    { "en", "He stated that this year will be a year of reciprocity.", TRUE },
    { "en", "Trump announced a 25 per cent tariff on India last April.", FALSE },
    { "en", "Talks collapsed in 2025.", FALSE },
    { "en", "The minister resigned on Tuesday.", FALSE },
    { "en", "Both want to move beyond the confrontational rhetoric of 2025.", TRUE },
    { "en", "The summit of May 5, 2025 ended without a deal.", FALSE },
    { "de", "Die Beziehungen sind seit Januar 2025 angespannt.", TRUE },
    { "de", "Beide wollen die Rhetorik von 2025 hinter sich lassen.", TRUE },
    { "de", "Die Gespräche scheiterten im März 2025 in Brüssel.", FALSE },
    { "de", "Die Vereinbarung wurde am 13. Januar 2026 in Brüssel unterzeichnet.", FALSE },
  };
  g_autoptr(GDate) anchor = g_date_new_dmy (13, G_DATE_JANUARY, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autoptr(GArray) tokens = plx_tokenize (periods[i].text, -1, periods[i].language);
      g_autoptr(GArray) dates = plx_extract_dates_from_tokens (periods[i].text, tokens, anchor, periods[i].language);

      g_test_message ("%s: “%s”", periods[i].language, periods[i].text);
      g_assert_cmpuint (dates->len, ==, 1);
      g_assert_cmpint (plx_date_is_period (periods[i].text, tokens, &g_array_index (dates, PlxDateMention, 0),
                                           periods[i].language), ==, periods[i].period);
    }
}

static gboolean
ends_with_mention (const PlxEventEntry *event)
{
  for (guint m = 0; m < event->mentions->len; m++)
    if (g_str_has_suffix (event->label, g_array_index (event->mentions, PlxMention, m).text))
      return TRUE;

  return FALSE;
}

/* The ledger's events on the sample carry such labels. */
static void
test_sample_labels (void)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (plx_test_sample_dir ());
  g_autoptr(PlxAlignment) alignment = plx_align_corpus (corpus, NULL, NULL);
  g_autoptr(PlxLedger) ledger = plx_ledger_build (corpus, alignment);
  GPtrArray *events = plx_ledger_get_events (ledger);
  gboolean april = FALSE;

  g_assert_cmpuint (events->len, >, 10);
  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *event = g_ptr_array_index (events, i);
      gunichar first = g_utf8_get_char (event->label);
      const char *last = strrchr (event->label, ' ');

      g_test_message ("%s %s", event->date, event->label);
      g_assert_true (g_unichar_isupper (first));
      g_assert_cmpuint (count_words (event->label), >=, 2);
      g_assert_cmpuint (count_words (event->label), <=, 18);
      g_assert_nonnull (last);
      g_assert_false (plx_is_stop_word (last + 1, "en"));
      /* A figure ends a label only as its date's ("on Wednesday,
       * January 14"). */
      if (g_ascii_isdigit (last[1]) && strlen (last + 1) < 4)
        g_assert_true (ends_with_mention (event));
      april |= g_str_equal (event->date, "2025-04") &&
               g_str_equal (event->label, "Trump announced a 25 per cent tariff on India");
    }
  g_assert_true (april);
  /* "all through 2025" is kept, as a period. */
  g_assert_cmpuint (plx_ledger_count_events (ledger, PLX_EVENT_KIND_PERIOD), >=, 1);
  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *event = g_ptr_array_index (events, i);

      if (strstr (event->label, "all through 2025") != NULL)
        g_assert_cmpint (event->kind, ==, PLX_EVENT_KIND_PERIOD);
      if (g_str_equal (event->date, "2025-04"))
        g_assert_cmpint (event->kind, ==, PLX_EVENT_KIND_EVENT);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-labels/clauses", test_labels);
  g_test_add_func ("/event-labels/dateline", test_dateline);
  g_test_add_func ("/event-labels/modified-noun", test_modified_noun);
  g_test_add_func ("/event-labels/periods", test_periods);
  g_test_add_func ("/event-labels/sample", test_sample_labels);

  return g_test_run ();
}
