/* test-quotes.c: quotations, their speakers, and one quotation across outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-article.h"
#include "plx-ledger.h"
#include "plx-quote-speakers.h"
#include "plx-test-util.h"

/* The speaker of the quote @quote in @text, after @before (read first,
 * as the article's earlier sentences). */
static char *
speaker_of (const char *before,
            const char *text,
            const char *quote,
            const char *language)
{
  PlxSpeakerMemory memory = { NULL };
  g_autoptr(GArray) tokens = plx_tokenize (text, -1, language);
  g_autoptr(PlxSpeaker) speaker = NULL;
  const char *at = strstr (text, quote);
  char *name;

  g_assert_nonnull (at);
  if (before != NULL)
    {
      g_autoptr(GArray) earlier = plx_tokenize (before, -1, language);

      plx_speaker_memory_read (&memory, before, earlier, language, 0, G_MAXSIZE);
    }
  plx_speaker_memory_read (&memory, text, tokens, language, 0, at - text);
  speaker = plx_quote_find_speaker (text, tokens, at - text, at - text + strlen (quote), language, &memory, NULL);
  plx_speaker_memory_clear (&memory);
  g_clear_pointer (&memory.known, g_hash_table_unref);
  if (speaker == NULL)
    return NULL;
  name = g_steal_pointer (&speaker->name);

  return name;
}

static const struct
{
  const char *language;
  const char *before;
  const char *text;
  const char *quote;
  const char *speaker;  /* NULL: unknown */
} cases[] = {
  /* After the quote, name then verb, verb then name. */
  { "en", NULL, "“Real friends can disagree,” Gor said.", "Real friends can disagree,", "Gor" },
  { "en", NULL, "“We are together,” said Ambassador Sergio Gor.", "We are together,", "Sergio Gor" },
  /* Before it, with titles and an initial. */
  { "en", NULL, "External Affairs Minister S. Jaishankar posted on X: “Just concluded a good conversation.”",
    "Just concluded a good conversation.", "S. Jaishankar" },
  { "en", NULL, "In his own post, Gor said Rubio had a “positive call” with Jaishankar.", "positive call", "Gor" },
  { "en", NULL, "According to Treasury Secretary Scott Bessent, India was “profiteering from cheap oil”.",
    "profiteering from cheap oil", "Scott Bessent" },
  /* A pronoun and "the minister" stand for the last person named. */
  { "en", "Ambassador Sergio Gor arrived in New Delhi on Monday.", "“No partner is more essential than India,” he said.",
    "No partner is more essential than India,", "Sergio Gor" },
  { "en", "External Affairs Minister S Jaishankar spoke to Rubio.", "“We discussed trade,” the minister said.",
    "We discussed trade,", "S Jaishankar" },
  /* Unknown stays unknown: no verb of saying, a pronoun with nobody
   * named, never a weekday or an organisation for "he". */
  { "en", NULL, "The talks were described as “a consequential global partnership”.", "a consequential global partnership",
    NULL },
  { "en", NULL, "“It was a good day,” he said on Tuesday.", "It was a good day,", NULL },
  { "en", "The State Department welcomed the talks.", "“It was a good day,” he said.", "It was a good day,", NULL },
  { "en", NULL, "On Tuesday, “the talks went well”, officials said.", "the talks went well", NULL },
  /* An organisation is a speaker, named whole. */
  { "en", NULL, "“The talks were productive,” the State Department said.", "The talks were productive,",
    "State Department" },
  /* A name set off by commas after a title: "he" is that person. */
  { "en", "China's foreign minister, Wang Yi, met his counterpart on Friday.",
    "“We agreed on the next steps,” he said.", "We agreed on the next steps,", "Wang Yi" },
  /* A person of an organisation, or after a possessive: the person. */
  { "en", NULL, "“We have made our intentions clear,” White House spokesman Tony Fratto said.",
    "We have made our intentions clear,", "Tony Fratto" },
  { "en", NULL, "“Customers should install the update,” Microsoft's Christopher Budd said.",
    "Customers should install the update,", "Christopher Budd" },
  { "en", NULL, "“The setback was substantial,” said Coach Sean Payton.", "The setback was substantial,",
    "Sean Payton" },
  { "en", NULL, "It came a day after Gor publicly stated that India and the United States remain actively engaged in efforts to conclude a bilateral trade deal and that the “next call on trade” was scheduled for Tuesday.", "next call on trade", "Gor" },
  { "en", NULL, "External Affairs Minister S Jaishankar on Tuesday (Jan 13) said he “concluded a good conversation” with United States Secretary of State Marco Rubio.", "concluded a good conversation", "S Jaishankar" },
  { "en", NULL, "New Delhi has maintained there was no intervention, with Defence Minister Rajnath Singh telling Parliament last July that it was “completely incorrect”.", "completely incorrect", "Rajnath Singh" },
  /* German: „…“ and verbs of saying, "laut". */
  { "de", NULL, "„Echte Freunde können streiten“, sagte Botschafter Sergio Gor.", "Echte Freunde können streiten",
    "Sergio Gor" },
  { "de", NULL, "Laut Außenminister Jaishankar war es „ein gutes Gespräch“.", "ein gutes Gespräch", "Jaishankar" },
  { "de", "Botschafter Sergio Gor kam am Montag an.", "„Wir sind zusammen“, sagte er.", "Wir sind zusammen", "Sergio Gor" },
  { "de", NULL, "„Wir treffen uns nächsten Monat in Washington. Die Gespräche werden schwer“, sagte Gor vor Journalisten.",
    "Wir treffen uns nächsten Monat in Washington. Die Gespräche werden schwer", "Gor" },
  { "de", NULL, "Gor sagte: „Wir treffen uns nächsten Monat … die Gespräche werden schwer.“",
    "Wir treffen uns nächsten Monat … die Gespräche werden schwer.", "Gor" },
  /* French: « … » and "selon". */
  { "fr", NULL, "« De vrais amis peuvent être en désaccord », a déclaré l’ambassadeur Sergio Gor.",
    "De vrais amis peuvent être en désaccord", "Sergio Gor" },
  { "fr", NULL, "Selon le ministre Jaishankar, il s’agit d’« une bonne conversation ».", "une bonne conversation",
    "Jaishankar" },
};

static void
test_speakers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *speaker = speaker_of (cases[i].before, cases[i].text, cases[i].quote, cases[i].language);

      g_test_message ("%s: %s", cases[i].language, cases[i].text);
      g_assert_cmpstr (speaker, ==, cases[i].speaker);
    }
}

/* The quotation entry with a version that holds @words, or, @exactly,
 * that is @words. */
static const PlxQuoteEntry *
find_quote_in (PlxLedger  *ledger,
               const char *words,
               gboolean    exactly)
{
  GPtrArray *quotes = plx_ledger_get_quotes (ledger);

  for (guint i = 0; i < quotes->len; i++)
    {
      const PlxQuoteEntry *entry = g_ptr_array_index (quotes, i);

      for (guint m = 0; m < entry->mentions->len; m++)
        {
          const char *text = g_array_index (entry->mentions, PlxQuoteMention, m).text;

          if (exactly ? g_str_equal (text, words) : strstr (text, words) != NULL)
            return entry;
        }
    }

  return NULL;
}

static const PlxQuoteEntry *
find_quote (PlxLedger  *ledger,
            const char *words)
{
  return find_quote_in (ledger, words, FALSE);
}

static const PlxQuoteEntry *
find_quote_exactly (PlxLedger  *ledger,
                    const char *words)
{
  return find_quote_in (ledger, words, TRUE);
}

static gboolean
is_term (PlxLedger  *ledger,
         const char *text)
{
  GPtrArray *terms = plx_ledger_get_terms (ledger);

  for (guint i = 0; i < terms->len; i++)
    if (g_str_equal (((PlxTermEntry *) g_ptr_array_index (terms, i))->text, text))
      return TRUE;

  return FALSE;
}

typedef struct
{
  const char *texts[4];
  const char *worded;     /* in a quote the outlets word differently */
  const char *shortened;  /* in one an outlet cuts */
  const char *same;       /* in one all give alike */
  const char *speaker;    /* of the worded one */
  const char *term;       /* a scare quote */
} Outlets;

/* Three outlets quote one ambassador: a quote interrupted by its
 * attribution, one running over two sentences, one cut with an
 * ellipsis, one reworded; a word in quotation marks is a term. */
static const Outlets outlets[] = {
  { { "Speech\n"
      "Ambassador Sergio Gor arrived in New Delhi on Monday.\n"
      "“Real friends can disagree,” Gor said, “but they always resolve their differences in the end.”\n"
      "“We will meet next month in Washington. The talks will be hard,” he added.\n"
      "He called the tariff “reciprocal”.\n",
      "Gor in Delhi\n"
      "“Real friends can disagree, but they always solve their differences in the end,” said Ambassador Sergio Gor.\n"
      "Gor said: “We will meet next month … the talks will be hard.”\n",
      "Arrival\n"
      "The new ambassador, Sergio Gor, spoke on Monday.\n"
      "“We will meet next month in Washington. The talks will be hard,” Gor told reporters.\n"
      "Officials described the tariff as “reciprocal”.\n",
      NULL },
    "solve their differences", "talks will be hard", NULL, "Sergio Gor", "reciprocal" },
  { { "Rede\n"
      "Botschafter Sergio Gor kam am Montag in Neu-Delhi an.\n"
      "„Echte Freunde können streiten“, sagte Gor, „aber sie lösen ihre Differenzen am Ende immer.“\n"
      "„Wir treffen uns nächsten Monat in Washington. Die Gespräche werden schwer“, fügte er hinzu.\n"
      "Er nannte den Zoll „reziprok“.\n",
      "Gor in Delhi\n"
      "„Echte Freunde können streiten, aber sie klären ihre Differenzen am Ende immer“, sagte Botschafter Sergio Gor.\n"
      "Gor sagte: „Wir treffen uns nächsten Monat … die Gespräche werden schwer.“\n",
      "Ankunft\n"
      "Der neue Botschafter Sergio Gor sprach am Montag.\n"
      "„Wir treffen uns nächsten Monat in Washington. Die Gespräche werden schwer“, sagte Gor vor Journalisten.\n"
      "Beamte nannten den Zoll „reziprok“.\n",
      NULL },
    "klären ihre Differenzen", "Gespräche werden schwer", NULL, "Sergio Gor", "reziprok" },
  { { "Discours\n"
      "L’ambassadeur Sergio Gor est arrivé lundi à New Delhi.\n"
      "« De vrais amis peuvent être en désaccord », a déclaré Gor, « mais ils règlent toujours leurs différends à la fin. »\n"
      "« Nous nous verrons le mois prochain à Washington. Les discussions seront difficiles », a-t-il ajouté.\n"
      "Il a qualifié le droit de douane de « réciproque ».\n",
      "Gor à Delhi\n"
      "« De vrais amis peuvent être en désaccord, mais ils résolvent toujours leurs différends à la fin », a déclaré l’ambassadeur Sergio Gor.\n"
      "Gor a déclaré : « Nous nous verrons le mois prochain … les discussions seront difficiles. »\n",
      "Arrivée\n"
      "Le nouvel ambassadeur Sergio Gor a parlé lundi.\n"
      "« Nous nous verrons le mois prochain à Washington. Les discussions seront difficiles », a déclaré Gor aux journalistes.\n"
      "Des responsables ont qualifié le droit de douane de « réciproque ».\n",
      NULL },
    "résolvent toujours", "discussions seront difficiles", NULL, "Sergio Gor", "réciproque" },
};

static void
test_across_outlets (void)
{
  for (guint o = 0; o < G_N_ELEMENTS (outlets); o++)
    {
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(PlxLedger) built = plx_test_ledger_of_texts (outlets[o].texts, &corpus);
      const PlxQuoteEntry *worded = find_quote (built, outlets[o].worded);
      const PlxQuoteEntry *shortened = find_quote (built, outlets[o].shortened);

      g_test_message ("%s", outlets[o].texts[0]);
      /* The interrupted quote: one version per outlet, both parts in the
       * first outlet's, and worded differently by the second. */
      g_assert_nonnull (worded);
      g_assert_cmpstr (worded->speaker, ==, outlets[o].speaker);
      for (guint m = 0; m < worded->mentions->len; m++)
        g_test_message ("  %s: %s", plx_article_get_id (g_array_index (worded->mentions, PlxQuoteMention, m).article),
                        g_array_index (worded->mentions, PlxQuoteMention, m).text);
      g_assert_cmpuint (plx_quote_entry_count_outlets (worded), ==, 2);
      g_assert_cmpuint (worded->mentions->len, ==, 2);
      g_assert_cmpint (worded->wording, ==, PLX_QUOTE_WORDED);
      /* Over two sentences, "he added" after the second: one quote, cut
       * with an ellipsis by one outlet. */
      g_assert_nonnull (shortened);
      g_assert_true (shortened != worded);
      g_assert_cmpstr (shortened->speaker, ==, outlets[o].speaker);
      g_assert_cmpuint (plx_quote_entry_count_outlets (shortened), ==, 3);
      g_assert_cmpint (shortened->wording, ==, PLX_QUOTE_SHORTENED);
      /* A word in quotation marks is a term, not a quotation. */
      g_assert_true (is_term (built, outlets[o].term));
      g_assert_null (find_quote (built, outlets[o].term));
    }
}

/* The sample: the quotations the issue names, each one entry. */
static void
test_sample (void)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (plx_test_sample_dir ());
  g_autoptr(PlxComparison) comparison = plx_test_compare (corpus, TRUE);
  PlxLedger *ledger = plx_comparison_get_ledger (comparison);
  const PlxQuoteEntry *post = find_quote (ledger, "Just concluded");
  const PlxQuoteEntry *finish = find_quote (ledger, "finish line");
  const PlxQuoteEntry *touch = find_quote (ledger, "remain in touch");
  const PlxQuoteEntry *positive = find_quote_exactly (ledger, "positive call");
  const PlxQuoteEntry *next_call = find_quote_exactly (ledger, "next call on trade");

  /* Jaishankar's post, four outlets, one of them "a excellent". */
  g_assert_nonnull (strstr (post->speaker, "Jaishankar"));
  g_assert_cmpuint (plx_quote_entry_count_outlets (post), ==, 4);
  g_assert_cmpint (post->wording, ==, PLX_QUOTE_WORDED);
  /* Gor's "finish line": "but we are together", "but we are determined
   * to get there", "determined to get it across the finish line". */
  g_assert_cmpstr (finish->speaker, ==, "Sergio Gor");
  g_assert_cmpuint (plx_quote_entry_count_outlets (finish), ==, 4);
  g_assert_cmpint (finish->wording, ==, PLX_QUOTE_WORDED);
  g_assert_nonnull (strstr (touch->speaker, "Jaishankar"));
  g_assert_cmpuint (plx_quote_entry_count_outlets (touch), ==, 2);
  g_assert_cmpint (touch->wording, !=, PLX_QUOTE_WORDED);
  g_assert_cmpstr (positive->speaker, ==, "Sergio Gor");
  g_assert_cmpint (positive->wording, ==, PLX_QUOTE_SAME);
  g_assert_cmpuint (plx_quote_entry_count_outlets (positive), ==, 2);
  /* "next call on trade", quoted alone by two outlets, apart from the
   * whole speech a third gives. */
  g_assert_cmpstr (next_call->speaker, ==, "Sergio Gor");
  g_assert_cmpint (next_call->wording, ==, PLX_QUOTE_SAME);
  g_assert_cmpuint (plx_quote_entry_count_outlets (next_call), ==, 2);
  /* The single-outlet quotes, by who said them. */
  g_assert_cmpstr (find_quote (ledger, "profiteering")->speaker, ==, "Scott Bessent");
  g_assert_cmpstr (find_quote (ledger, "completely incorrect")->speaker, ==, "Rajnath Singh");
  g_assert_nonnull (strstr (find_quote (ledger, "ongoing bilateral trade agreement")->speaker, "Pigott"));
  /* The White House adviser, named between commas the sentence before
   * his "he noted". */
  g_assert_cmpstr (find_quote (ledger, "What he (Trump) reported")->speaker, ==, "Stephen Miller");
  g_assert_cmpstr (find_quote (ledger, "Prime Minister Modi came to see me")->speaker, ==, "Donald Trump");
  g_assert_true (is_term (ledger, "reciprocal"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotes/speakers", test_speakers);
  g_test_add_func ("/quotes/across-outlets", test_across_outlets);
  g_test_add_func ("/quotes/sample", test_sample);

  return g_test_run ();
}
