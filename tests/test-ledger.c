/* test-ledger.c: the ledger of figures, events and conflicts on the seeds
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "plx-test-util.h"

static PlxCorpus *seeds;
static PlxAlignment *alignment;
static PlxLedger *ledger;

static guint
count_outlets (GArray *mentions)
{
  g_autoptr(GHashTable) outlets = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < mentions->len; i++)
    g_hash_table_add (outlets, g_array_index (mentions, PlxMention, i).article);

  return g_hash_table_size (outlets);
}

static gboolean
mentions_boilerplate (GArray *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);
      PlxSentence *sentence = plx_article_get_sentence (mention->article, mention->sentence);

      if (plx_sentence_get_role (sentence) != PLX_ROLE_BODY)
        return TRUE;
    }

  return FALSE;
}

/* The entry for a figure; with @scope_word, one whose scope holds it. */
static const PlxTariffEntry *
find_tariff (double         value,
             const char    *unit,
             PlxFigureKind  kind,
             const char    *scope_word)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (ledger);
  const PlxTariffEntry *best = NULL;

  for (guint i = 0; i < tariffs->len; i++)
    {
      const PlxTariffEntry *entry = g_ptr_array_index (tariffs, i);

      if (fabs (entry->value - value) > 1e-6 || g_strcmp0 (entry->unit, unit) != 0 || entry->kind != kind)
        continue;
      if (scope_word != NULL && (entry->scope == NULL || strstr (entry->scope, scope_word) == NULL))
        continue;
      if (best == NULL || entry->mentions->len > best->mentions->len)
        best = entry;
    }

  if (best == NULL)
    g_error ("no ledger entry %g %s %s %s", value, unit, plx_figure_kind_to_string (kind),
             scope_word != NULL ? scope_word : "");
  return best;
}

static void
test_tariffs (void)
{
  const PlxTariffEntry *entry;

  entry = find_tariff (50, "percent", PLX_FIGURE_TARIFF, NULL);
  g_assert_cmpuint (count_outlets (entry->mentions), ==, 5);

  entry = find_tariff (25, "percent", PLX_FIGURE_PENALTY, NULL);
  g_assert_cmpuint (count_outlets (entry->mentions), ==, 4);

  entry = find_tariff (500, "percent", PLX_FIGURE_TARIFF, "russian oil");
  g_assert_cmpint (entry->status, ==, PLX_STATUS_THREATENED);

  entry = find_tariff (25, "percent", PLX_FIGURE_TARIFF, "iran");
  g_assert_cmpuint (count_outlets (entry->mentions), >=, 1);

  entry = find_tariff (100000, "USD", PLX_FIGURE_FEE, NULL);
  g_assert_nonnull (entry);

  entry = find_tariff (2e9, "USD", PLX_FIGURE_TRADE_VOLUME, NULL);
  g_assert_nonnull (entry);

  /* The 25% reciprocal tariff is an entry of its own, not the Iran one. */
  {
    const PlxTariffEntry *iran = find_tariff (25, "percent", PLX_FIGURE_TARIFF, "iran");
    GPtrArray *tariffs = plx_ledger_get_tariffs (ledger);
    guint n_25_tariffs = 0;

    for (guint i = 0; i < tariffs->len; i++)
      {
        const PlxTariffEntry *e = g_ptr_array_index (tariffs, i);

        n_25_tariffs += fabs (e->value - 25) < 1e-6 && e->kind == PLX_FIGURE_TARIFF && e != iran;
      }
    g_assert_cmpuint (n_25_tariffs, >=, 1);
  }
}

static void
test_nothing_from_boilerplate (void)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (ledger);
  GPtrArray *events = plx_ledger_get_events (ledger);

  for (guint i = 0; i < tariffs->len; i++)
    g_assert_false (mentions_boilerplate (((PlxTariffEntry *) g_ptr_array_index (tariffs, i))->mentions));
  for (guint i = 0; i < events->len; i++)
    g_assert_false (mentions_boilerplate (((PlxEventEntry *) g_ptr_array_index (events, i))->mentions));
}

static const PlxEventEntry *
find_event (const char *date,
            const char *word)
{
  GPtrArray *events = plx_ledger_get_events (ledger);
  const PlxEventEntry *best = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);
      gboolean has_word = word == NULL;

      if (!g_str_equal (entry->date, date))
        continue;
      for (guint m = 0; m < entry->mentions->len && !has_word; m++)
        {
          const PlxMention *mention = &g_array_index (entry->mentions, PlxMention, m);
          const char *text = plx_sentence_get_text (plx_article_get_sentence (mention->article, mention->sentence));

          has_word = strstr (text, word) != NULL;
        }
      if (has_word && (best == NULL || entry->mentions->len > best->mentions->len))
        best = entry;
    }

  if (best == NULL)
    g_error ("no event on %s about “%s”", date, word);
  return best;
}

/* The story's events: the date of each one's entry, a word of one of
 * its sentences, what its label names, and how many outlets tell of
 * it. */
static const struct
{
  const char *date;
  const char *word;
  const char *named;
  guint       outlets;
} story_events[] = {
  { "2026-01-13", "Rubio", "phone conversation", 5 },
  { "2026-01-12", "arrival speech", "arrival speech", 5 },
  { "2026-01-13", "next call on trade", "call on trade", 4 },
  { "2026-02", "possible meeting", "meeting", 4 },
  { "2026-02", "Pax Silica", "invite India", 5 },
  { "2025-05", "Pakistan", "India-Pakistan conflict", 3 },
  { "2025-08-01", "deadline", "Deadline for tariff enforcement", 1 },
  { "2025-08", "Russian oil", "Russian oil", 4 },
  { "2025-04", "April", "announced a 25 per cent tariff", 1 },
  { "2025-09", "first meeting", "first meeting", 1 },
  { "2025-11", "G7", "G7", 1 },
};

static void
test_events (void)
{
  const PlxEventEntry *speech;

  g_assert_cmpstr (plx_ledger_get_anchor (ledger), ==, "2026-01-13");
  g_assert_cmpuint (count_outlets (find_event ("2026-01-13", "Rubio")->mentions), ==, 5);
  /* Gor's arrival speech: "on Monday" in 001, 002 and 004, told each
   * its own way, and "a day after" the call in all but 002; the India-Pakistan conflict: "in May 2025" in 001 and 004,
   * "the India-Pakistan conflict last May" in Firstpost. */
  speech = find_event ("2026-01-12", "arrival speech");
  g_assert_cmpuint (count_outlets (speech->mentions), ==, 5);
  /* Named after a mention that states its own date ("on Monday"), not
   * one counted from the call ("a day after Gor publicly stated"). */
  for (guint m = 0; m < speech->mentions->len; m++)
    {
      const PlxMention *mention = &g_array_index (speech->mentions, PlxMention, m);
      const char *text = plx_sentence_get_text (plx_article_get_sentence (mention->article, mention->sentence));

      if (strstr (text, speech->label) != NULL)
        g_assert_null (strstr (mention->text, "after"));
    }
  /* The possible meeting next month: "a possible meeting", "a potential
   * leader-level summit", "meet on the sidelines", in four outlets, one
   * entry, apart from the Pax Silica invitation the same month. */
  g_assert_cmpuint (count_outlets (find_event ("2026-02", "possible meeting")->mentions), ==, 4);
  g_assert_true (find_event ("2026-02", "summit") == find_event ("2026-02", "possible meeting"));
  g_assert_true (find_event ("2026-02", "Pax Silica") != find_event ("2026-02", "possible meeting"));
  /* The call is named by what happened, not only by who took part. */
  g_assert_nonnull (strstr (find_event ("2026-01-13", "Rubio")->label, "conversation"));
  g_assert_cmpuint (plx_ledger_count_events (ledger, PLX_EVENT_KIND_EVENT), <=, 20);
  g_assert_cmpuint (count_outlets (find_event ("2025-05", "Pakistan")->mentions), ==, 3);
  g_assert_nonnull (find_event ("2025-08-01", "deadline"));

  /* Each of the story's events is one entry whose label names it, with
   * every outlet that reports it. */
  for (guint i = 0; i < G_N_ELEMENTS (story_events); i++)
    {
      const PlxEventEntry *entry = find_event (story_events[i].date, story_events[i].word);

      g_test_message ("%s: %s", story_events[i].date, entry->label);
      g_assert_nonnull (strstr (entry->label, story_events[i].named));
      g_assert_cmpuint (count_outlets (entry->mentions), ==, story_events[i].outlets);
    }
  /* The deadline of August 1 and the penalty other outlets date "last
   * August" and "mid-2025" are two things: 003 dates the deadline and
   * tells of the penalty too, so it is in both entries. */
  g_assert_true (find_event ("2025-08-01", "deadline") != find_event ("2025-08", "Russian oil"));
}

/* The entries of @built whose mentions' sentences hold @word. */
static guint
count_entries_with (PlxLedger  *built,
                    const char *word,
                    const PlxEventEntry **found)
{
  GPtrArray *events = plx_ledger_get_events (built);
  guint n = 0;

  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);

      for (guint m = 0; m < entry->mentions->len; m++)
        {
          const PlxMention *mention = &g_array_index (entry->mentions, PlxMention, m);
          const char *text = plx_sentence_get_text (plx_article_get_sentence (mention->article, mention->sentence));

          if (strstr (text, word) != NULL)
            {
              *found = entry;
              n++;
              break;
            }
        }
    }

  return n;
}

typedef struct
{
  const char *texts[4];
  const char *person;  /* in every report of the one event */
  const char *other;   /* in the report of another event that day */
  const char *day;     /* the date of the event's entry */
} Grouping;

/* Three outlets report one speech, worded each its own way and dated to
 * the day by two, to the month by one: one entry, dated to the day, with
 * all three; a flood the same day, in two of them, is an entry of its
 * own. */
static const Grouping groupings[] = {
  { { "Speech in Delhi\n"
      "In his arrival speech in New Delhi on January 12, 2026, ambassador Sergio Gor praised the partnership between the two countries.\n"
      "Heavy floods hit Mumbai on January 12, 2026, closing schools across the city.\n",
      "Gor in Delhi\n"
      "Ambassador Sergio Gor acknowledged the complexities of the trade talks on January 12, 2026, in his first speech.\n"
      "Rains flooded Mumbai on January 12, 2026, and schools were closed.\n",
      "Ambassador arrives\n"
      "Sergio Gor, the new ambassador, gave his arrival speech in New Delhi in January 2026 and praised the partnership.\n",
      NULL },
    "Gor", "Mumbai", "2026-01-12" },
  { { "Rede in Delhi\n"
      "In seiner Antrittsrede in Neu-Delhi lobte Botschafter Sergio Gor am 12. Januar 2026 die Partnerschaft der beiden Länder.\n"
      "Schwere Überschwemmungen trafen Mumbai am 12. Januar 2026, die Schulen der Stadt wurden geschlossen.\n",
      "Gor in Delhi\n"
      "Botschafter Sergio Gor sprach am 12. Januar 2026 in seiner ersten Rede über die schwierigen Handelsgespräche.\n"
      "Regen überflutete Mumbai am 12. Januar 2026, die Schulen blieben geschlossen.\n",
      "Botschafter angekommen\n"
      "Sergio Gor, der neue Botschafter, hielt im Januar 2026 seine Antrittsrede in Neu-Delhi und lobte die Partnerschaft.\n",
      NULL },
    "Gor", "Mumbai", "2026-01-12" },
};

static void
test_event_grouping (void)
{
  for (guint g = 0; g < G_N_ELEMENTS (groupings); g++)
    {
      const Grouping *grouping = &groupings[g];
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (grouping->texts, &corpus);
      const PlxEventEntry *speech = NULL, *flood = NULL;

      g_test_message ("%s", grouping->texts[0]);
      g_assert_cmpuint (count_entries_with (built, grouping->person, &speech), ==, 1);
      g_assert_cmpuint (count_outlets (speech->mentions), ==, 3);
      g_assert_cmpstr (speech->date, ==, grouping->day);
      g_assert_cmpint (speech->precision, ==, PLX_PRECISION_DAY);

      g_assert_cmpuint (count_entries_with (built, grouping->other, &flood), ==, 1);
      g_assert_true (flood != speech);
      g_assert_cmpuint (count_outlets (flood->mentions), ==, 2);
    }
}

/* "The call came a day after Gor's speech": the speech is dated a day
 * before the day the article last gave, and joins the outlet that dates
 * it itself; in a quote, "a day after" counts from when the words were
 * said, and dates nothing. */
static const Grouping counted[] = {
  { { "Ministers talk\n"
      "The two foreign ministers spoke by phone on January 13, 2026, about trade.\n"
      "The call came a day after ambassador Sergio Gor gave his arrival speech in New Delhi.\n",
      "Gor arrives\n"
      "Ambassador Sergio Gor gave his arrival speech in New Delhi on January 12, 2026.\n"
      "“We met two days after the vote,” a diplomat said of Gor's first talks in the capital.\n",
      NULL },
    "arrival speech", "first talks", "2026-01-12" },
  { { "Telefonat\n"
      "Die beiden Außenminister telefonierten am 13. Januar 2026 über den Handel.\n"
      "Das Gespräch kam einen Tag nach der Antrittsrede von Botschafter Sergio Gor in Neu-Delhi.\n",
      "Gor in Delhi\n"
      "Botschafter Sergio Gor hielt seine Antrittsrede in Neu-Delhi am 12. Januar 2026.\n"
      "„Wir trafen uns zwei Tage nach der Wahl“, sagte ein Diplomat über die ersten Gespräche von Gor in der Hauptstadt.\n",
      NULL },
    "Antrittsrede", "ersten Gespräche", "2026-01-12" },
};

static void
test_event_counted_from_another (void)
{
  for (guint g = 0; g < G_N_ELEMENTS (counted); g++)
    {
      const Grouping *grouping = &counted[g];
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (grouping->texts, &corpus);
      const PlxEventEntry *speech = NULL, *quoted = NULL;

      g_test_message ("%s", grouping->texts[0]);
      g_assert_cmpuint (count_entries_with (built, grouping->person, &speech), ==, 1);
      g_assert_cmpstr (speech->date, ==, grouping->day);
      g_assert_cmpuint (count_outlets (speech->mentions), ==, 2);
      g_assert_cmpuint (count_entries_with (built, grouping->other, &quoted), ==, 0);
    }
}

/* One possible meeting, named three ways ("a possible meeting next
 * month", "a potential summit in February", "talks next month"), with
 * little else in common: one entry, with every outlet; an invitation the
 * same month stays apart. */
typedef struct
{
  const char *texts[4];
  const char *kinds[3];  /* the event's word in each outlet */
  const char *other;     /* in the invitation's sentences */
} Named;

static const Named named[] = {
  { { "Talks\n"
      "The ministers spoke on January 13, 2026, about trade.\n"
      "They discussed a possible meeting next month in Washington.\n",
      "Ministers\n"
      "The two ministers held a call on January 13, 2026.\n"
      "A potential summit in February could reset the dialogue.\n"
      "The US will invite India next month to join Pax Silica.\n",
      "Call\n"
      "On January 13, 2026, the ministers spoke by phone.\n"
      "Officials hinted at talks next month between the leaders.\n",
      NULL },
    { "meeting", "summit", "talks" }, "invite" },
  { { "Entretien\n"
      "Les ministres se sont parlé le 13 janvier 2026 du commerce.\n"
      "Ils ont évoqué une rencontre possible le mois prochain à Washington.\n",
      "Ministres\n"
      "Les deux ministres ont eu un appel le 13 janvier 2026.\n"
      "Un sommet en février pourrait relancer le dialogue.\n"
      "Les États-Unis inviteront l’Inde le mois prochain à rejoindre Pax Silica.\n",
      "Appel\n"
      "Le 13 janvier 2026, les ministres se sont parlé au téléphone.\n"
      "Des responsables ont évoqué des pourparlers le mois prochain entre les dirigeants.\n",
      NULL },
    { "rencontre", "sommet", "pourparlers" }, "inviteront" },
};

static void
test_event_named_alike (void)
{
  for (guint g = 0; g < G_N_ELEMENTS (named); g++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (named[g].texts, &corpus);
      const PlxEventEntry *meeting = NULL, *found = NULL, *invitation = NULL;

      g_test_message ("%s", named[g].texts[0]);
      for (guint k = 0; k < G_N_ELEMENTS (named[g].kinds); k++)
        {
          g_assert_cmpuint (count_entries_with (built, named[g].kinds[k], &found), ==, 1);
          g_assert_true (meeting == NULL || found == meeting);
          meeting = found;
        }
      g_assert_cmpuint (count_outlets (meeting->mentions), ==, 3);
      g_assert_cmpstr (meeting->date, ==, "2026-02");
      g_assert_cmpuint (count_entries_with (built, named[g].other, &invitation), ==, 1);
      g_assert_true (invitation != meeting);
    }
}

/* One event dated at two precisions: a day by one outlet, the part of
 * the year around it by another ("mid-2025", "Mitte 2025"), their whole
 * sentences telling the same (the same figures, most words in common):
 * one entry, dated by the day. Another event of that part of the year,
 * and the same words dated in another month, stay apart. */
static const struct
{
  const char *texts[4];
  const char *event;
  const char *day;
  const char *other;
} coarser[] = {
  { { "Steel duties\n"
      "The government imposed a 25 per cent penalty on steel imports from Norway on August 1, 2025, "
      "raising the total duty to 50 per cent.\n"
      "The ministers met in Oslo on January 12, 2026.\n",
      "Trade row\n"
      "Relations soured in mid-2025 when the government slapped a 25 per cent penalty on Norwegian steel imports, "
      "bringing total duties to 50 per cent.\n"
      "Separately, the harbour authority opened a new container terminal in mid-2025 after years of delay.\n"
      "The ministers met in Oslo on January 12, 2026.\n",
      "Steel\n"
      "The government imposed a 25 per cent penalty on steel imports from Norway in September 2025, "
      "raising the total duty to 50 per cent.\n"
      "The ministers met in Oslo on January 12, 2026.\n",
      NULL },
    "penalty on steel imports from Norway", "2025-08-01", "container terminal" },
  { { "Stahlzölle\n"
      "Die Regierung verhängte am 1. August 2025 einen Strafzoll von 25 Prozent auf Stahlimporte aus Norwegen, "
      "womit der Gesamtzoll auf 50 Prozent stieg.\n"
      "Die Minister trafen sich am 12. Januar 2026 in Oslo.\n",
      "Handelsstreit\n"
      "Mitte 2025 verschärfte sich der Streit, als die Regierung einen Strafzoll von 25 Prozent auf Stahlimporte "
      "aus Norwegen verhängte und der Gesamtzoll auf 50 Prozent stieg.\n"
      "Die Hafenbehörde eröffnete Mitte 2025 nach Jahren der Verzögerung ein neues Containerterminal.\n"
      "Die Minister trafen sich am 12. Januar 2026 in Oslo.\n",
      NULL },
    "Strafzoll", "2025-08-01", "Containerterminal" },
};

/* A date before a noun dates that thing: the deadline of August 1 is
 * an entry of its own, named by its noun; the penalty imposed after it,
 * which another outlet dates "last August", is another, with both
 * outlets. */
static void
test_event_deadline_apart (void)
{
  const char *texts[] = {
    "Steel duties\n"
    "After months of talks leading up to an August 1, 2025 deadline for duty enforcement, the government imposed "
    "duties on Norwegian goods, including a 25 per cent penalty on steel imports from Norway.\n"
    "The ministers met in Oslo on January 12, 2026.\n",
    "Trade row\n"
    "Relations soured last August when the government slapped a 25 per cent penalty on steel imports from Norway.\n"
    "The ministers met in Oslo on January 12, 2026.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (texts, &corpus);
  const PlxEventEntry *deadline = NULL, *penalty = NULL;

  for (guint e = 0; e < plx_ledger_get_events (built)->len; e++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (plx_ledger_get_events (built), e);

      g_test_message ("%s %s", entry->date, entry->label);
      if (g_str_equal (entry->date, "2025-08-01"))
        deadline = entry;
      else if (g_str_equal (entry->date, "2025-08"))
        penalty = entry;
    }
  g_assert_nonnull (deadline);
  g_assert_cmpstr (deadline->label, ==, "Deadline for duty enforcement");
  g_assert_cmpuint (count_outlets (deadline->mentions), ==, 1);
  g_assert_nonnull (penalty);
  g_assert_cmpstr (penalty->label, ==, "The government slapped a 25 per cent penalty on steel imports from Norway");
  g_assert_cmpuint (count_outlets (penalty->mentions), ==, 2);
}

/* "The call came a day after Gor's first speech in Oslo", in an article
 * whose last day was another event's: the speech is dated where an
 * outlet states its day, and is one entry with that outlet's. */
static const struct
{
  const char *texts[3];
  const char *stated;
} counted_resolved[] = {
  { { "Speech\n"
      "Ambassador Gor gave his first speech in Oslo on Monday, January 12, 2026.\n"
      "The new harbour opened on January 2, 2026.\n",
      "Talks\n"
      "The trade talks opened in Bergen on Friday, January 9, 2026.\n"
      "The ministers’ call came a day after Gor’s first speech in Oslo.\n",
      NULL },
    "gave his first speech" },
  { { "Rede\n"
      "Botschafter Gor hielt seine erste Rede in Oslo am Montag, dem 12. Januar 2026.\n"
      "Der neue Hafen wurde am 2. Januar 2026 eröffnet.\n",
      "Gespräche\n"
      "Die Handelsgespräche begannen am Freitag, dem 9. Januar 2026, in Bergen.\n"
      "Das Telefonat kam einen Tag nach der ersten Rede von Botschafter Gor in Oslo.\n",
      NULL },
    "hielt seine erste Rede" },
};

static void
test_event_counted_resolved (void)
{
  for (guint g = 0; g < G_N_ELEMENTS (counted_resolved); g++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (counted_resolved[g].texts, &corpus);
      const PlxEventEntry *speech = NULL;

      g_test_message ("%s", counted_resolved[g].texts[1]);
      g_assert_cmpuint (count_entries_with (built, counted_resolved[g].stated, &speech), ==, 1);
      g_assert_cmpstr (speech->date, ==, "2026-01-12");
      g_assert_cmpuint (count_outlets (speech->mentions), ==, 2);
      /* Nothing is dated the day before the talks. */
      for (guint e = 0; e < plx_ledger_get_events (built)->len; e++)
        g_assert_cmpstr (((PlxEventEntry *) g_ptr_array_index (plx_ledger_get_events (built), e))->date, !=,
                         "2026-01-08");
    }
}

/* An outlet that tells of the invitation as part of another day's news
 * ("a day after the ambassador extended an invitation"), in words of its
 * own, still reports it; an outlet that only shares the day does not. */
static const struct
{
  const char *texts[4];
  const char *stated;
} named_reports[] = {
  { { "Invitation\n"
      "The US will invite Norway next month to join the Arctic Shipping Compact.\n"
      "The ministers met in Oslo on January 12, 2026.\n",
      "Day one\n"
      "The ministers met in Oslo on January 12, 2026.\n"
      "Their meeting came a day after the ambassador extended an invitation to Norway to join the Arctic Shipping "
      "Compact, a coalition of ports.\n",
      "Harbour\n"
      "The new container terminal in Bergen opened on January 9, 2026.\n"
      "The ministers met in Oslo on January 12, 2026.\n",
      NULL },
    "will invite Norway" },
  { { "Einladung\n"
      "Die USA laden Norwegen nächsten Monat zum Beitritt zum Arctic Shipping Compact ein.\n"
      "Die Minister trafen sich am 12. Januar 2026 in Oslo.\n",
      "Erster Tag\n"
      "Die Minister trafen sich am 12. Januar 2026 in Oslo.\n"
      "Das Treffen kam einen Tag nach der Einladung des Botschafters an Norwegen zum Beitritt zum Arctic Shipping "
      "Compact, einem Bündnis von Häfen.\n",
      "Hafen\n"
      "Das neue Containerterminal in Bergen wurde am 9. Januar 2026 eröffnet.\n"
      "Die Minister trafen sich am 12. Januar 2026 in Oslo.\n",
      NULL },
    "laden Norwegen" },
};

static void
test_event_named_report (void)
{
  for (guint g = 0; g < G_N_ELEMENTS (named_reports); g++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (named_reports[g].texts, &corpus);
      const PlxEventEntry *invitation = NULL;

      g_test_message ("%s", named_reports[g].texts[0]);
      g_assert_cmpuint (count_entries_with (built, named_reports[g].stated, &invitation), ==, 1);
      g_assert_cmpstr (invitation->date, ==, "2026-02");
      g_assert_cmpuint (count_outlets (invitation->mentions), ==, 2);
      g_assert_false (plx_mentions_has_article (invitation->mentions, plx_corpus_get_article (corpus, 2)));
    }
}

static void
test_event_dated_coarser (void)
{
  for (guint g = 0; g < G_N_ELEMENTS (coarser); g++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (coarser[g].texts, &corpus);
      const PlxEventEntry *event = NULL, *other = NULL;
      guint n_dated_alike = 0;

      g_test_message ("%s", coarser[g].texts[0]);
      for (guint e = 0; e < plx_ledger_get_events (built)->len; e++)
        {
          const PlxEventEntry *entry = g_ptr_array_index (plx_ledger_get_events (built), e);

          if (strstr (entry->label, coarser[g].event) != NULL && g_str_equal (entry->date, coarser[g].day))
            {
              event = entry;
              n_dated_alike++;
            }
        }
      g_assert_cmpuint (n_dated_alike, ==, 1);
      g_assert_cmpuint (count_outlets (event->mentions), ==, 2);
      g_assert_true (plx_mentions_has_article (event->mentions, plx_corpus_get_article (corpus, 0)));
      g_assert_true (plx_mentions_has_article (event->mentions, plx_corpus_get_article (corpus, 1)));

      g_assert_cmpuint (count_entries_with (built, coarser[g].other, &other), ==, 1);
      g_assert_true (other != event);
      g_assert_cmpuint (other->mentions->len, ==, 1);
    }
}

/* An outlet that tells of a dated event without its date reports it too:
 * its sentence shares the row of a dated one (the same statement). One
 * that says something else on the same subject does not. */
static const char *const undated_reports[][4] = {
  { "The invitation\n"
    "The United States will invite India next month to join the Pax Silica supply chain initiative.\n"
    "The ambassador spoke to reporters in New Delhi on January 12, 2026.\n",
    "The initiative\n"
    "India would be invited to join the Pax Silica supply chain initiative, the ambassador said.\n"
    "The ambassador spoke to reporters in New Delhi on January 12, 2026.\n",
    "Chips\n"
    "India hopes to build more semiconductors for the world's supply chains.\n"
    "The ambassador spoke to reporters in New Delhi on January 12, 2026.\n",
    NULL },
  { "Die Einladung\n"
    "Die Vereinigten Staaten laden Indien nächsten Monat zum Beitritt zur Lieferketteninitiative Pax Silica ein.\n"
    "Der Botschafter sprach am 12. Januar 2026 in Neu-Delhi mit Reportern.\n",
    "Die Initiative\n"
    "Indien werde zum Beitritt zur Lieferketteninitiative Pax Silica eingeladen, sagte der Botschafter.\n"
    "Der Botschafter sprach am 12. Januar 2026 in Neu-Delhi mit Reportern.\n",
    "Chips\n"
    "Indien hofft, mehr Halbleiter für die Lieferketten der Welt zu bauen.\n"
    "Der Botschafter sprach am 12. Januar 2026 in Neu-Delhi mit Reportern.\n",
    NULL },
};

static void
test_event_undated_report (void)
{
  for (guint g = 0; g < G_N_ELEMENTS (undated_reports); g++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (undated_reports[g], &corpus);
      const PlxEventEntry *invitation = NULL;
      gboolean undated = FALSE;

      g_test_message ("%s", undated_reports[g][0]);
      g_assert_cmpuint (count_entries_with (built, "Pax Silica", &invitation), ==, 1);
      g_assert_cmpstr (invitation->date, ==, "2026-02");
      g_assert_cmpuint (count_outlets (invitation->mentions), ==, 2);
      g_assert_false (plx_mentions_has_article (invitation->mentions, plx_corpus_get_article (corpus, 2)));
      for (guint m = 0; m < invitation->mentions->len; m++)
        {
          const PlxMention *mention = &g_array_index (invitation->mentions, PlxMention, m);

          if (mention->article == plx_corpus_get_article (corpus, 1))
            undated = *mention->text == '\0';
        }
      g_assert_true (undated);
    }
}

/* "The call came a day after Gor spoke" / "The dialogue between the two
 * follows a day after the American ambassador praised the ties": counted
 * from the same people's call to one day, one event, though the two name
 * its subject differently; counted by other people, another. */
static const struct
{
  const char *texts[4];
  const char *words[3];  /* in the speech's two reports, in the other event's */
} counted_same_people[] = {
  { { "The call\n"
      "Jaishankar and Rubio spoke by phone on January 13, 2026.\n"
      "The call between Jaishankar and Rubio came a day after Sergio Gor gave his first speech.\n",
      "The dialogue\n"
      "Jaishankar and Rubio held talks on January 13, 2026.\n"
      "The dialogue between Jaishankar and Rubio follows a day after the American ambassador praised the ties.\n",
      "The vote\n"
      "Parliament passed the budget on January 13, 2026.\n"
      "The vote came a day after Modi announced new spending.\n",
      NULL },
    { "first speech", "praised the ties", "new spending" } },
  { { "Das Telefonat\n"
      "Jaishankar und Rubio telefonierten am 13. Januar 2026.\n"
      "Das Telefonat zwischen Jaishankar und Rubio kam einen Tag nach der ersten Rede von Sergio Gor.\n",
      "Der Dialog\n"
      "Jaishankar und Rubio führten am 13. Januar 2026 Gespräche.\n"
      "Der Dialog zwischen Jaishankar und Rubio folgt einen Tag nach dem Lob des amerikanischen Botschafters.\n",
      "Die Abstimmung\n"
      "Das Parlament verabschiedete am 13. Januar 2026 den Haushalt.\n"
      "Die Abstimmung kam einen Tag nach der Ankündigung neuer Ausgaben durch Modi.\n",
      NULL },
    { "ersten Rede", "Lob des", "neuer Ausgaben" } },
};

static void
test_event_counted_same_people (void)
{
  for (guint g = 0; g < G_N_ELEMENTS (counted_same_people); g++)
    {
      const char *const *words = counted_same_people[g].words;
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (counted_same_people[g].texts, &corpus);
      const PlxEventEntry *speech = NULL, *praise = NULL, *spending = NULL;

      g_test_message ("%s", counted_same_people[g].texts[0]);
      g_assert_cmpuint (count_entries_with (built, words[0], &speech), ==, 1);
      g_assert_cmpuint (count_entries_with (built, words[1], &praise), ==, 1);
      g_assert_true (speech == praise);
      g_assert_cmpstr (speech->date, ==, "2026-01-12");
      g_assert_cmpuint (count_outlets (speech->mentions), ==, 2);
      g_assert_cmpuint (count_entries_with (built, words[2], &spending), ==, 1);
      g_assert_true (spending != speech);
    }
}

static void
test_trade_call_conflict (void)
{
  GPtrArray *conflicts = plx_ledger_get_conflicts (ledger);
  const PlxDiscrepancy *found = NULL;

  for (guint i = 0; i < conflicts->len && found == NULL; i++)
    {
      const PlxDiscrepancy *conflict = g_ptr_array_index (conflicts, i);
      gboolean tuesday = FALSE, wednesday = FALSE;

      if (conflict->kind != PLX_DIFF_CLASS_DATE)
        continue;
      for (guint m = 0; m < conflict->mentions->len; m++)
        {
          const PlxMention *mention = &g_array_index (conflict->mentions, PlxMention, m);

          tuesday |= g_str_equal (mention->text, "2026-01-13");
          wednesday |= g_str_equal (mention->text, "2026-01-14");
        }
      if (tuesday && wednesday)
        found = conflict;
    }

  /* Tuesday in two outlets, Wednesday, January 14 in one; the quoted
   * "tomorrow" of 003 counts from the Monday its previous sentence
   * gives the speech, so 003 is on Tuesday's side too. */
  g_assert_nonnull (found);
  for (guint m = 0; m < found->mentions->len; m++)
    {
      const PlxMention *mention = &g_array_index (found->mentions, PlxMention, m);
      const char *id = plx_article_get_id (mention->article);

      if (g_str_has_prefix (id, "001") || g_str_has_prefix (id, "003") || g_str_has_prefix (id, "004"))
        g_assert_cmpstr (mention->text, ==, "2026-01-13");
      else if (g_str_has_prefix (id, "002"))
        g_assert_cmpstr (mention->text, ==, "2026-01-14");
      else
        g_error ("%s is not on either side", id);
    }
  g_assert_cmpuint (count_outlets (found->mentions), ==, 4);
  g_assert_nonnull (strstr (found->summary, "002_4a8dc2e8efc26f03"));
  /* Found across rows, by the words around the dates: in no row. */
  g_assert_cmpuint (found->row, ==, PLX_DISCREPANCY_NO_ROW);
  g_assert_cmpstr (plx_ledger_conflict_kind_to_string (found->kind), ==, "date");

  /* The entry of the next call on trade carries the warning; the call
   * of the two ministers that day does not. */
  {
    g_autoptr(GPtrArray) next_call = plx_ledger_find_conflicts (ledger, find_event ("2026-01-13", "next call on trade")->mentions);
    g_autoptr(GPtrArray) ministers = plx_ledger_find_conflicts (ledger, find_event ("2026-01-13", "Rubio")->mentions);

    g_assert_cmpuint (next_call->len, ==, 1);
    g_assert_true (g_ptr_array_index (next_call, 0) == found);
    g_assert_cmpuint (ministers->len, ==, 0);
    /* One entry for the next call on trade, whichever day each outlet
     * gives (001, 004 and 003, whose "tomorrow" was said on Monday, Tuesday;
     * 002 Wednesday). */
    g_assert_cmpuint (count_outlets (find_event ("2026-01-13", "next call on trade")->mentions), ==, 4);
  }
}

/* "Last week" in someone's words counts from when they were said, which
 * the article does not give (the sentence before the quote dates no
 * day): it dates no event of the timeline; the same words outside the
 * quote do. */
static void
test_quoted_relative_dates_nothing (void)
{
  const char *texts[][3] = {
    { "Reciprocity\n"
      "The trade minister spoke in Delhi on January 13, 2026.\n"
      "He met exporters and farmers.\n"
      "“Last week, our partners promised a year of reciprocity,” the minister said.\n"
      "Last week, the partners signed a steel accord in Geneva.\n",
      NULL, NULL },
    { "Gegenseitigkeit\n"
      "Der Handelsminister sprach am 13. Januar 2026 in Delhi.\n"
      "Er traf Exporteure und Bauern.\n"
      "„Letzte Woche versprachen unsere Partner ein Jahr der Gegenseitigkeit“, sagte der Minister.\n"
      "Letzte Woche unterzeichneten die Partner ein Stahlabkommen in Genf.\n",
      NULL, NULL },
  };
  const char *words[][2] = { { "reciprocity", "steel accord" }, { "Gegenseitigkeit", "Stahlabkommen" } };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (texts[t], &corpus);
      const PlxEventEntry *entry = NULL;

      g_assert_cmpuint (count_entries_with (built, words[t][0], &entry), ==, 0);
      g_assert_cmpuint (count_entries_with (built, words[t][1], &entry), ==, 1);
    }
}

/* A quote right after the sentence that dates its words counts from
 * that day: "tomorrow", said on Monday, is Tuesday, the day another
 * outlet gives. */
static void
test_quoted_relative_said (void)
{
  const char *texts[][3] = {
    { "Talks\n"
      "The ambassador spoke to exporters in Oslo on Monday, January 12, 2026.\n"
      "“The next round of the fishing talks will open tomorrow,” the ambassador said.\n",
      "Fishing\n"
      "The next round of the fishing talks opened in Oslo on Tuesday, January 13, 2026.\n",
      NULL },
    { "Gespräche\n"
      "Der Botschafter sprach am Montag, dem 12. Januar 2026, in Oslo mit Exporteuren.\n"
      "„Die nächste Runde der Fischereigespräche beginnt morgen“, sagte der Botschafter.\n",
      "Fischerei\n"
      "Die nächste Runde der Fischereigespräche begann am Dienstag, dem 13. Januar 2026, in Oslo.\n",
      NULL },
  };
  const char *words[] = { "fishing talks", "Fischereigespräche" };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (texts[t], &corpus);
      const PlxEventEntry *entry = NULL;

      g_test_message ("%s", texts[t][0]);
      g_assert_cmpuint (count_entries_with (built, words[t], &entry), ==, 1);
      g_assert_cmpstr (entry->date, ==, "2026-01-13");
      g_assert_cmpuint (count_outlets (entry->mentions), ==, 2);
    }
}

/* Two outlets give one statement two different days: one entry, with
 * the conflict beside it; another statement of another day stays
 * apart. */
static void
test_event_dated_differently (void)
{
  const char *texts[][3] = {
    { "Steel talks\n"
      "Trade officials from India and the European Union will hold the next round of steel tariff talks in Brussels on March 3, 2026.\n",
      "Steel round\n"
      "Trade officials from India and the European Union will hold the next round of steel tariff talks in Brussels on March 4, 2026.\n"
      "Heavy snow closed the airport in Brussels on March 10, 2026.\n",
      NULL },
    { "Stahlgespräche\n"
      "Handelsbeamte aus Indien und der Europäischen Union führen die nächste Runde der Stahlzollgespräche in Brüssel am 3. März 2026.\n",
      "Stahlrunde\n"
      "Handelsbeamte aus Indien und der Europäischen Union führen die nächste Runde der Stahlzollgespräche in Brüssel am 4. März 2026.\n"
      "Starker Schneefall schloss den Flughafen in Brüssel am 10. März 2026.\n",
      NULL },
  };
  const char *words[][2] = { { "steel tariff talks", "snow" }, { "Stahlzollgespräche", "Schneefall" } };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (texts[t], &corpus);
      const PlxEventEntry *talks = NULL, *snow = NULL;
      g_autoptr(GPtrArray) conflicts = NULL;

      g_assert_cmpuint (count_entries_with (built, words[t][0], &talks), ==, 1);
      g_assert_cmpuint (count_outlets (talks->mentions), ==, 2);
      g_assert_cmpstr (talks->date, ==, "2026-03-03");
      /* The dates found across rows; the row of the two sentences may
       * add its own discrepancy of the day's number. */
      conflicts = plx_ledger_find_conflicts (built, talks->mentions);
      g_assert_cmpuint (conflicts->len, >=, 1);
      g_assert_cmpint (((PlxDiscrepancy *) g_ptr_array_index (conflicts, 0))->kind, ==, PLX_DIFF_CLASS_DATE);

      g_assert_cmpuint (count_entries_with (built, words[t][1], &snow), ==, 1);
      g_assert_true (snow != talks);
    }
}

static guint
count_in (GPtrArray            *array,
          const PlxDiscrepancy *discrepancy)
{
  guint n = 0;

  for (guint i = 0; i < array->len; i++)
    n += g_ptr_array_index (array, i) == discrepancy;

  return n;
}

/* A figure two outlets state differently in one row is a discrepancy of
 * that row and a conflict of the ledger: one and the same, once in each
 * list; a quote worded differently is a discrepancy only. */
static void
test_number_discrepancy_is_conflict (void)
{
  const char *texts[] = {
    "Washington imposed a 25% tariff on imports of Indian steel on Monday.\n",
    "Washington imposed a 50 per cent tariff on imports of Indian steel on Monday.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) two = plx_test_align_texts (texts, &corpus);
  g_autoptr(PlxLedger) built = plx_ledger_build (corpus, two);
  GPtrArray *discrepancies = plx_ledger_get_discrepancies (built);
  GPtrArray *conflicts = plx_ledger_get_conflicts (built);
  const PlxDiscrepancy *number;
  guint n_quotes = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (two)), ==, 1);
  g_assert_cmpuint (discrepancies->len, ==, 1);
  number = g_ptr_array_index (discrepancies, 0);
  g_assert_cmpint (number->kind, ==, PLX_DIFF_CLASS_NUMBER);
  g_assert_cmpuint (number->row, ==, plx_row_get_id (plx_alignment_get_row (two, 0)));
  g_assert_nonnull (strstr (number->summary, "25%"));
  g_assert_nonnull (strstr (number->summary, "50 per cent"));
  g_assert_cmpuint (count_in (discrepancies, number), ==, 1);
  g_assert_cmpuint (count_in (conflicts, number), ==, 1);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (plx_ledger_conflict_kind_to_string (number->kind), ==, "value");

  /* On the seeds: every conflict of a row is one of the discrepancies,
   * and the quote that Firstpost words differently is no conflict. */
  discrepancies = plx_ledger_get_discrepancies (ledger);
  conflicts = plx_ledger_get_conflicts (ledger);
  for (guint i = 0; i < conflicts->len; i++)
    {
      const PlxDiscrepancy *conflict = g_ptr_array_index (conflicts, i);

      if (conflict->row != PLX_DISCREPANCY_NO_ROW)
        g_assert_cmpuint (count_in (discrepancies, conflict), ==, 1);
      else
        g_assert_cmpint (conflict->kind, ==, PLX_DIFF_CLASS_DATE);
    }
  for (guint i = 0; i < discrepancies->len; i++)
    {
      const PlxDiscrepancy *discrepancy = g_ptr_array_index (discrepancies, i);

      g_assert_cmpuint (discrepancy->row, !=, PLX_DISCREPANCY_NO_ROW);
      if (discrepancy->kind != PLX_DIFF_CLASS_QUOTE)
        continue;
      g_assert_cmpuint (count_in (conflicts, discrepancy), ==, 0);
      n_quotes++;
    }
  g_assert_cmpuint (n_quotes, >, 0);
}

static void
test_export_facts (void)
{
  g_autofree char *document = plx_test_export_json (seeds, TRUE, FALSE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *facts;

  json_parser_load_from_data (parser, document, -1, &error);
  g_assert_no_error (error);
  facts = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "facts");
  g_assert_nonnull (facts);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (facts, "tariffs")), >=, 6);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (facts, "events")), >=, 5);
  g_assert_cmpstr (json_object_get_string_member (facts, "anchor"), ==, "2026-01-13");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  seeds = plx_test_load (plx_test_sample_dir ());
  alignment = plx_align_corpus (seeds, NULL, NULL);
  ledger = plx_ledger_build (seeds, alignment);

  g_test_add_func ("/ledger/seeds/tariffs", test_tariffs);
  g_test_add_func ("/ledger/seeds/nothing-from-boilerplate", test_nothing_from_boilerplate);
  g_test_add_func ("/ledger/seeds/events", test_events);
  g_test_add_func ("/ledger/seeds/trade-call-conflict", test_trade_call_conflict);
  g_test_add_func ("/ledger/event-grouping", test_event_grouping);
  g_test_add_func ("/ledger/event-counted-from-another", test_event_counted_from_another);
  g_test_add_func ("/ledger/event-dated-differently", test_event_dated_differently);
  g_test_add_func ("/ledger/event-named-alike", test_event_named_alike);
  g_test_add_func ("/ledger/event-counted-same-people", test_event_counted_same_people);
  g_test_add_func ("/ledger/event-undated-report", test_event_undated_report);
  g_test_add_func ("/ledger/event-dated-coarser", test_event_dated_coarser);
  g_test_add_func ("/ledger/event-deadline-apart", test_event_deadline_apart);
  g_test_add_func ("/ledger/event-counted-resolved", test_event_counted_resolved);
  g_test_add_func ("/ledger/event-named-report", test_event_named_report);
  g_test_add_func ("/ledger/quoted-relative-said", test_quoted_relative_said);
  g_test_add_func ("/ledger/quoted-relative-dates-nothing", test_quoted_relative_dates_nothing);
  g_test_add_func ("/ledger/number-discrepancy-is-conflict", test_number_discrepancy_is_conflict);
  g_test_add_func ("/ledger/seeds/export", test_export_facts);

  status = g_test_run ();

  g_clear_pointer (&ledger, plx_ledger_free);
  g_clear_object (&alignment);
  g_clear_object (&seeds);

  return status;
}
