/* plx-event-label.c: what happened on a date, as the ledger names it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-data.h"
#include "plx-event-label.h"
#include "plx-event-triggers.h"

/* A label is the clause that holds the date, cut only at its ends:
 *
 *  1. The sentence falls into clauses at commas, semicolons, colons and
 *     brackets (not inside the date, "August 1, 2025", nor a figure,
 *     "1,000"), before a word that opens a clause ("when", "which") and
 *     before the "that" of a reported clause ("stated that ..."; not
 *     before "he"). The words are data: data/rules/event-labels.json.
 *  2. The date's clause names the event when it says something besides
 *     the date (SUBSTANCE content words that are not the date's). A
 *     leading adverbial set off by a comma ("On Tuesday (January 13),
 *     ...", "Ahead of the August 1, 2025 deadline, ...", but not a clause
 *     with a subject and OWN_CLAUSE_SUBSTANCE content words of its own
 *     after "before", "after", "when" ...: "Before Donald Trump took
 *     office last January, …") or a clause that
 *     says little ("It all began last April when ...") gives way to the
 *     nearest clause after it that does, else before it; a clause that
 *     starts with a figure keeps the one before it.
 *  3. The label starts there, without the clause's opener or a leading
 *     "and" or "however", and runs to the end of its clause when that
 *     comes after at least MIN_WORDS words, else on through the next.
 *     It has at most MAX_WORDS words: a longer clause is cut after a
 *     word that may end a label (not a stop word, not a number outside
 *     the date, not a figure's "per" or "million", not inside a name
 *     such as "Secretary of State" or the date), going back, else
 *     forward up to LONGEST_WORDS to finish the name or the figure.
 *  4. A quotation mark or bracket whose partner the label cut off is
 *     left out; the first letter is made a capital.
 *  5. A date right before a 'date-clause-opener' ("on Tuesday, when a
 *     fire destroyed the mill") dates the clause that word opens, when
 *     that clause has MIN_WORDS words; a leading adverbial that names a
 *     kind of event ("In his arrival speech in New Delhi on Monday, ...")
 *     stays before the label as its scene (find_scene()).
 *
 * A sentence with no lowercase word besides its date (a dateline) has
 * no label: its date dates nothing. plx_date_is_period(), at the end,
 * tells the dates that set a background ("through 2025") from those
 * of events. */

#define MIN_WORDS     4
#define MAX_WORDS     14
#define LONGEST_WORDS 18
#define SUBSTANCE     2
#define OWN_CLAUSE_SUBSTANCE 5
#define NOUN_WORDS    3

typedef struct
{
  GHashTable *clause_openers;
  GHashTable *leads;
  GHashTable *adverbial_openers;
  GHashTable *may_end;
  GHashTable *figure_words;
  GHashTable *name_joiners;
  GHashTable *period_openers;
  GHashTable *period_words;
  GHashTable *year_of;
  GHashTable *complementizers;
  GHashTable *complement_after;
  GHashTable *subject_pronouns;
  GHashTable *determiners;
  GHashTable *date_clause_openers;
  GHashTable *scene_openers;
  GHashTable *final_particles;
} LabelWords;

static gpointer
read_words (JsonObject *object)
{
  LabelWords *words = g_new0 (LabelWords, 1);

  words->clause_openers = plx_word_set_from_json (object, "clause-openers");
  words->leads = plx_word_set_from_json (object, "leads");
  words->adverbial_openers = plx_word_set_from_json (object, "adverbial-openers");
  words->may_end = plx_word_set_from_json (object, "may-end");
  words->figure_words = plx_word_set_from_json (object, "figure-words");
  words->name_joiners = plx_word_set_from_json (object, "name-joiners");
  words->period_openers = plx_word_set_from_json (object, "period-openers");
  words->period_words = plx_word_set_from_json (object, "period-words");
  words->year_of = plx_word_set_from_json (object, "year-of");
  words->complementizers = plx_word_set_from_json (object, "complementizers");
  words->complement_after = plx_word_set_from_json (object, "complement-after");
  words->subject_pronouns = plx_word_set_from_json (object, "subject-pronouns");
  words->determiners = plx_word_set_from_json (object, "determiners");
  words->date_clause_openers = plx_word_set_from_json (object, "date-clause-openers");
  words->scene_openers = plx_word_set_from_json (object, "scene-openers");
  words->final_particles = plx_word_set_from_json (object, "final-particles");

  return words;
}

static gpointer
load_words (gpointer unused)
{
  return plx_data_load_languages ("event-labels.json", read_words);
}

static const LabelWords *
words_for (const char *language)
{
  static GOnce once = G_ONCE_INIT;

  return plx_data_for_language (g_once (&once, load_words, NULL), language);
}

static gboolean
in_set (GHashTable     *set,
        const PlxToken *token)
{
  return set != NULL && token->norm != NULL && g_hash_table_contains (set, token->norm);
}

typedef struct
{
  const char       *text;
  GArray           *tokens;
  const LabelWords *words;
  guint             date_first;  /* the date's tokens: [date_first, date_last] */
  guint             date_last;
  const char       *language;
  guint             max_words;   /* at most this many words: MAX_WORDS less a scene's */
} Label;

static const PlxToken *
token_at (const Label *label,
          guint        i)
{
  return &g_array_index (label->tokens, PlxToken, i);
}

static gboolean
is_word (const PlxToken *token)
{
  return token->kind != PLX_TOKEN_PUNCT;
}

static gboolean
in_date (const Label *label,
         guint        i)
{
  return i >= label->date_first && i <= label->date_last;
}

static gboolean
is_punct (const Label *label,
          guint        i,
          const char  *chars)
{
  const PlxToken *token = token_at (label, i);

  return token->kind == PLX_TOKEN_PUNCT && token->end == token->start + 1 &&
         strchr (chars, label->text[token->start]) != NULL;
}

/* An en or em dash sets off a clause ("of current concern – indicating
 * ..."); a hyphen does not. */
static gboolean
is_dash (const Label *label,
         guint        i)
{
  const PlxToken *token = token_at (label, i);

  return token->kind == PLX_TOKEN_PUNCT &&
         (g_utf8_get_char (label->text + token->start) == 0x2013 ||
          g_utf8_get_char (label->text + token->start) == 0x2014);
}

/* Does a clause end before token @i? */
/* "stated that …", "and that …": a reported clause, unless it would
 * start with "he". */
static gboolean
opens_reported_clause (const Label *label,
                       guint        i)
{
  return label->words != NULL && i > 0 && i + 1 < label->tokens->len &&
         in_set (label->words->complementizers, token_at (label, i)) &&
         in_set (label->words->complement_after, token_at (label, i - 1)) &&
         !in_date (label, i + 1) &&
         !in_set (label->words->subject_pronouns, token_at (label, i + 1));
}

static gboolean
is_boundary (const Label *label,
             guint        i)
{
  if (in_date (label, i) && i != label->date_first)
    return FALSE;
  /* "1,000", "10:45": one figure. */
  if (i > 0 && i + 1 < label->tokens->len && is_punct (label, i, ",:.") &&
      token_at (label, i - 1)->kind == PLX_TOKEN_NUMBER &&
      g_ascii_isdigit (label->text[token_at (label, i + 1)->start]))
    return FALSE;

  if (is_punct (label, i, ",;:()[]") || is_dash (label, i))
    return TRUE;
  if (label->words == NULL)
    return FALSE;
  if (in_set (label->words->clause_openers, token_at (label, i)))
    return TRUE;

  return opens_reported_clause (label, i);
}

/* Content words of [@start, @end) that are not the date's. */
static guint
substance (const Label *label,
           guint        start,
           guint        end)
{
  guint n = 0;

  for (guint i = start; i < end; i++)
    {
      const PlxToken *token = token_at (label, i);

      if (token->kind == PLX_TOKEN_WORD && !in_date (label, i) &&
          (token->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY)) == 0 &&
          g_utf8_strlen (token->norm, -1) > 1)
        n++;
    }

  return n;
}

/* Does the sentence say anything besides its date? A dateline ("On Jul
 * 7 2012, 5:55p", "8:44AM BST 16 Sep 2013") has no word in lowercase
 * letters that is not a date's, a figure's or a stop word. */
static gboolean
says_something (const Label *label)
{
  for (guint i = 0; i < label->tokens->len; i++)
    {
      const PlxToken *token = token_at (label, i);
      gboolean lowercase = FALSE;

      if (token->kind != PLX_TOKEN_WORD || in_date (label, i) ||
          (token->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY)) != 0)
        continue;
      for (const char *p = label->text + token->start; p < label->text + token->end; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isdigit (c))
            {
              lowercase = FALSE;
              break;
            }
          /* Scripts without case count as lowercase. */
          lowercase |= g_unichar_islower (c) || (g_unichar_isalpha (c) && !g_unichar_isupper (c) &&
                                                 !g_unichar_istitle (c));
        }
      if (lowercase)
        return TRUE;
    }

  return FALSE;
}

/* Is token @i the particle of a separable verb that closes its clause
 * ("Die USA laden Norwegen zum Beitritt | ein.")? */
static gboolean
is_final_particle (const Label *label,
                   guint        i)
{
  return label->words != NULL && in_set (label->words->final_particles, token_at (label, i)) &&
         (i + 1 == label->tokens->len || !is_word (token_at (label, i + 1)));
}

/* May the label end with token @i? */
static gboolean
may_end (const Label *label,
         guint        i)
{
  const PlxToken *token = token_at (label, i);
  const PlxToken *next = i + 1 < label->tokens->len ? token_at (label, i + 1) : NULL;
  const LabelWords *words = label->words;

  if (!is_word (token))
    return FALSE;
  if (token->kind == PLX_TOKEN_NUMBER && !in_date (label, i))
    return FALSE;
  if (words != NULL && in_set (words->figure_words, token))
    return FALSE;
  if ((token->flags & PLX_TOKEN_FLAG_STOP) != 0 && (words == NULL || !in_set (words->may_end, token)) &&
      !is_final_particle (label, i))
    return FALSE;
  /* Not inside a name ("Marco | Rubio") or a date ("April | 2025"). */
  if (next != NULL && next->kind == PLX_TOKEN_WORD &&
      (token->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0 && (next->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0)
    return FALSE;
  /* Nor inside "Secretary | of State". */
  if (next != NULL && i + 2 < label->tokens->len && words != NULL && in_set (words->name_joiners, next) &&
      (token->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0 &&
      token_at (label, i + 2)->kind == PLX_TOKEN_WORD &&
      (token_at (label, i + 2)->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0 &&
      g_unichar_islower (g_utf8_get_char (label->text + next->start)))
    return FALSE;
  if (next != NULL && in_date (label, i) && in_date (label, i + 1))
    return FALSE;
  /* Not before a determiner: the phrase it opens is what the word before
   * it, a verb, is about ("Rubio held | a phone conversation"). */
  if (next != NULL && words != NULL && in_set (words->determiners, next) && !is_final_particle (label, i + 1))
    return FALSE;
  /* Not before the figure's unit ("25 | per cent"). */
  if (next != NULL && words != NULL && in_set (words->figure_words, next))
    return FALSE;

  return TRUE;
}

static guint
first_word (const Label *label,
            guint        start)
{
  while (start + 1 < label->tokens->len && !is_word (token_at (label, start)))
    start++;

  return start;
}

/* Skips what a label does not start with: punctuation, the clause's
 * opener, "and", "however". */
static guint
skip_leads (const Label *label,
            guint        start)
{
  const LabelWords *words = label->words;

  while (start < label->tokens->len)
    {
      const PlxToken *token = token_at (label, start);

      if (!is_word (token) ||
          (words != NULL && !in_date (label, start) &&
           (in_set (words->clause_openers, token) || in_set (words->leads, token))))
        start++;
      else
        break;
    }

  return start;
}

/* Does a clause opener at the sentence's start lead into a clause with
 * a subject of its own ("Before Donald Trump took …", "Después de que el
 * gobierno anunciara …", "After he left …"), not a noun phrase ("After
 * months of negotiations …")? Looks at the next OPENER_REACH words, up
 * to @end, for a capitalised word outside the date, a subject pronoun or
 * a second opener ("que"). */
#define OPENER_REACH 3

static gboolean
names_subject (const Label *label,
               guint        opener,
               guint        end)
{
  guint seen = 0;

  for (guint i = opener + 1; i < end && seen < OPENER_REACH; i++)
    {
      const PlxToken *token = token_at (label, i);

      if (!is_word (token))
        continue;
      seen++;
      if (((token->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0 && !in_date (label, i)) ||
          in_set (label->words->subject_pronouns, token) || in_set (label->words->clause_openers, token))
        return TRUE;
    }

  return FALSE;
}

static guint count_words (const Label *label,
                          guint        start,
                          guint        end);

/* The "when" that follows the date right after it, over a comma, or
 * G_MAXUINT. */
static guint
date_clause_after (const Label *label)
{
  if (label->words == NULL)
    return G_MAXUINT;

  for (guint i = label->date_last + 1; i < label->tokens->len; i++)
    {
      if (is_punct (label, i, ","))
        continue;
      return in_set (label->words->date_clause_openers, token_at (label, i)) ? i : G_MAXUINT;
    }

  return G_MAXUINT;
}

/* The first token of the label's clause. */
static guint
label_start (const Label *label)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = label->tokens->len;
  guint clause = 0;
  guint chosen;
  gboolean found = FALSE;

  /* The clauses, by their first tokens; the last entry is the end. */
  for (guint i = 0; i < n; i++)
    if (i == 0 || is_boundary (label, i))
      g_array_append_val (starts, i);
  g_array_append_val (starts, n);

  for (guint c = 0; c + 1 < starts->len; c++)
    if (g_array_index (starts, guint, c) <= label->date_first)
      clause = c;

#define CLAUSE_START(c) g_array_index (starts, guint, (c))
#define CLAUSE_SUBSTANCE(c) substance (label, CLAUSE_START (c), CLAUSE_START ((c) + 1))

  chosen = clause;
  /* A sentence's leading adverbial, set off by a comma, sets the scene of
   * the clause after it; not a clause of its own that says much ("Before
   * Donald Trump took the White House for a second time last January,
   * many in India were optimistic": the date is his). */
  if (clause == 0 && starts->len > 2 && label->words != NULL &&
      in_set (label->words->adverbial_openers, token_at (label, 0)) &&
      token_at (label, CLAUSE_START (1))->kind == PLX_TOKEN_PUNCT &&
      !(in_set (label->words->clause_openers, token_at (label, 0)) &&
        CLAUSE_SUBSTANCE (0) >= OWN_CLAUSE_SUBSTANCE && names_subject (label, 0, CLAUSE_START (1))))
    {
      /* ... and a second adverbial ("On Tuesday, after long talks,
       * the ministers signed"), the clause after it. */
      for (guint c = 1; c + 1 < starts->len && !found; c++)
        if (CLAUSE_SUBSTANCE (c) >= SUBSTANCE &&
            !in_set (label->words->adverbial_openers, token_at (label, first_word (label, CLAUSE_START (c)))))
          chosen = c, found = TRUE;
      for (guint c = 1; c + 1 < starts->len && !found; c++)
        if (CLAUSE_SUBSTANCE (c) >= SUBSTANCE)
          chosen = c, found = TRUE;
    }
  if (!found && CLAUSE_SUBSTANCE (clause) < SUBSTANCE)
    {
      for (guint c = clause + 1; c + 1 < starts->len && !found; c++)
        if (CLAUSE_SUBSTANCE (c) >= SUBSTANCE)
          chosen = c, found = TRUE;
      for (guint c = clause; c-- > 0 && !found; )
        if (CLAUSE_SUBSTANCE (c) >= SUBSTANCE)
          chosen = c, found = TRUE;
    }

  /* "Alaska lost part of its history on Tuesday, when a pre-dawn blaze
   * demolished the old dairy warehouse", "ties deteriorated further last
   * August when Trump singled out India": the clause that a date's
   * "when" opens tells what happened on the date, when it has MIN_WORDS
   * words ("next Sunday when the Houston Texans (12-3) head to ..."
   * keeps its own clause). */
  {
    guint after = date_clause_after (label);

    for (guint c = 0; after != G_MAXUINT && c + 1 < starts->len; c++)
      if (CLAUSE_START (c) == after && CLAUSE_SUBSTANCE (c) >= SUBSTANCE &&
          count_words (label, after + 1, CLAUSE_START (c + 1) - 1) >= MIN_WORDS)
        chosen = c;
  }

  /* A clause that starts with a figure ("46 were arrested", what is
   * left of "$1 , 000" in scraped text) keeps the clause before it. */
  while (chosen > 0 && token_at (label, skip_leads (label, CLAUSE_START (chosen)))->kind == PLX_TOKEN_NUMBER &&
         !in_date (label, skip_leads (label, CLAUSE_START (chosen))))
    chosen--;

  return CLAUSE_START (chosen);

#undef CLAUSE_START
#undef CLAUSE_SUBSTANCE
}

/* How many words [@start, @end] holds. */
static guint
count_words (const Label *label,
             guint        start,
             guint        end)
{
  guint n = 0;

  for (guint i = start; i <= end && i < label->tokens->len; i++)
    n += is_word (token_at (label, i));

  return n;
}

/* A long clause whose date lies past its first MAX_WORDS words ("Among
 * them are Trump's repeated claims that he brokered a ceasefire to end
 * an intense four-day conflict between India and Pakistan in May 2025")
 * is named by its part that leads to the date: from the last reported
 * clause before the date ("he brokered a ceasefire ... in May 2025")
 * when it is at most LONGEST_WORDS long, else from the first determiner
 * after a preposition at most MAX_WORDS words before the date's end
 * ("This was followed up by a meeting on the sidelines of the meeting of
 * G7 foreign ministers in November": the noun the clause is about; not
 * after "and" ("India and | the US"), nor after a verb ("Rubio held a
 * phone conversation on Tuesday", whose subject the label keeps)). */
static guint
later_start (const Label *label,
             guint        start)
{
  const LabelWords *words = label->words;

  if (words == NULL || label->date_last >= label->tokens->len ||
      count_words (label, start, label->date_last) <= MAX_WORDS)
    return start;

  for (guint i = label->date_first; i-- > start + 1; )
    if (in_set (words->complementizers, token_at (label, i)) &&
        in_set (words->complement_after, token_at (label, i - 1)))
      {
        if (count_words (label, i + 1, label->date_last) <= LONGEST_WORDS)
          return i + 1;
        break;
      }

  for (guint i = start + 1; i < label->date_first; i++)
    if (count_words (label, i, label->date_last) <= MAX_WORDS &&
        in_set (words->determiners, token_at (label, i)) &&
        (token_at (label, i - 1)->flags & PLX_TOKEN_FLAG_STOP) != 0 &&
        !in_set (words->determiners, token_at (label, i - 1)) &&
        !in_set (words->leads, token_at (label, i - 1)))
      return i;

  return start;
}

/* The last token of a label from @start. */
static guint
label_end (const Label *label,
           guint        start,
           gboolean    *cut)
{
  guint n = label->tokens->len;
  guint count = 0;
  guint last = start;

  for (guint i = start; i < n; i++)
    {
      /* What was claimed is the event of "Last week, Lutnick claimed
       * that a trade pact could not be finalised": a date before the
       * reported clause carries the label on into it. */
      if (i > start && is_boundary (label, i) && count >= MIN_WORDS &&
          !(opens_reported_clause (label, i) && label->date_last < i))
        break;
      if (!is_word (token_at (label, i)))
        continue;
      if (count == label->max_words)
        {
          *cut = TRUE;
          break;
        }
      count++;
      last = i;
    }

  /* Back to a word that may end a label, ... */
  for (guint i = last, left = count; i >= start && left >= 2; i--)
    {
      if (may_end (label, i))
        return i;
      if (is_word (token_at (label, i)))
        left--;
      if (i == 0)
        break;
    }

  /* ... else on, to finish the name or the figure. */
  for (guint i = last + 1; i < n && count < LONGEST_WORDS; i++)
    {
      if (!is_word (token_at (label, i)))
        continue;
      count++;
      if (may_end (label, i))
        return i;
    }

  return last;
}

/* Is there white space in [@from, @to)? A left-out mark is no space. */
static gboolean
has_space (const char *from,
           const char *to)
{
  for (const char *p = from; p < to; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static gboolean
is_mark (const Label *label,
         guint        i,
         PlxTokenFlags flag,
         const char  *chars)
{
  const PlxToken *token = token_at (label, i);

  if (token->kind != PLX_TOKEN_PUNCT)
    return FALSE;
  if ((token->flags & flag) != 0)
    return TRUE;

  return token->end == token->start + 1 && strchr (chars, label->text[token->start]) != NULL;
}

/* The text of tokens [@start, @end], one space where the sentence had
 * white space, without a quotation mark or bracket whose partner is
 * outside; a closing mark right after @end is kept when its partner is
 * inside. */
static char *
label_text (const Label *label,
            guint        start,
            guint        end)
{
  GString *out = g_string_new (NULL);
  int depth_quote = 0, depth_bracket = 0;
  g_autofree gboolean *keep = NULL;
  gsize previous_end = 0;
  gboolean first = TRUE;

  if (end + 1 < label->tokens->len &&
      is_mark (label, end + 1, PLX_TOKEN_FLAG_CLOSE_QUOTE, ")]"))
    end++;

  keep = g_new0 (gboolean, end - start + 1);
  for (guint i = start; i <= end; i++)
    keep[i - start] = TRUE;
  /* Openings without their closing, then closings without their
   * opening, are left out. */
  for (guint i = start; i <= end; i++)
    {
      if (is_mark (label, i, PLX_TOKEN_FLAG_OPEN_QUOTE, ""))
        depth_quote++;
      else if (is_mark (label, i, PLX_TOKEN_FLAG_CLOSE_QUOTE, ""))
        {
          if (depth_quote == 0)
            keep[i - start] = FALSE;
          else
            depth_quote--;
        }
      else if (is_mark (label, i, 0, "(["))
        depth_bracket++;
      else if (is_mark (label, i, 0, ")]"))
        {
          if (depth_bracket == 0)
            keep[i - start] = FALSE;
          else
            depth_bracket--;
        }
    }
  for (guint i = end + 1; i-- > start && (depth_quote > 0 || depth_bracket > 0); )
    {
      if (depth_quote > 0 && is_mark (label, i, PLX_TOKEN_FLAG_OPEN_QUOTE, ""))
        keep[i - start] = FALSE, depth_quote--;
      else if (depth_bracket > 0 && is_mark (label, i, 0, "(["))
        keep[i - start] = FALSE, depth_bracket--;
    }

  for (guint i = start; i <= end; i++)
    {
      const PlxToken *token = token_at (label, i);

      if (!keep[i - start])
        continue;
      if (!first && has_space (label->text + previous_end, label->text + token->start))
        g_string_append_c (out, ' ');
      g_string_append_len (out, label->text + token->start, token->end - token->start);
      previous_end = token->end;
      first = FALSE;
    }

  return g_string_free (out, FALSE);
}

static char *
capitalise (char *label)
{
  gunichar c = g_utf8_get_char (label);
  gunichar upper = g_unichar_toupper (c);
  char buffer[8];
  int length;
  char *result;

  if (*label == '\0' || upper == c)
    return label;

  length = g_unichar_to_utf8 (upper, buffer);
  result = g_strconcat ((buffer[length] = '\0', buffer), g_utf8_next_char (label), NULL);
  g_free (label);

  return result;
}

/* The scene a sentence's leading adverbial sets, when it names a kind of
 * event ("In his arrival speech in New Delhi on Monday, ambassador-
 * designate Gor struck a conciliatory note"; "In September 2025, in their
 * first meeting after ..., their conversation covered ..."): a phrase
 * before the label's @start that opens a clause with a 'scene-opener'
 * and a determiner, and ends with the word naming the event, SCENE_WORDS
 * words at most ("In his arrival speech"). Returns its last token, or
 * G_MAXUINT. */
#define SCENE_WORDS 4

static guint
find_scene (const Label *label,
            guint        start,
            guint       *scene_start)
{
  const LabelWords *words = label->words;

  if (words == NULL)
    return G_MAXUINT;

  for (guint i = 0; i + 2 < start; i++)
    {
      if ((i > 0 && !is_boundary (label, i - 1) && !is_punct (label, i - 1, ",;:(")) ||
          !in_set (words->scene_openers, token_at (label, i)) ||
          !in_set (words->determiners, token_at (label, i + 1)))
        continue;
      for (guint j = i + 2; j < start && j < i + SCENE_WORDS; j++)
        {
          const PlxToken *token = token_at (label, j);

          if (token->kind != PLX_TOKEN_WORD || in_date (label, j))
            break;
          if (plx_event_trigger_at (label->tokens, j, label->language) != NULL)
            {
              *scene_start = i;
              return j;
            }
          if ((token->flags & PLX_TOKEN_FLAG_STOP) != 0)
            break;
        }
    }

  return G_MAXUINT;
}

/* The label's own first word, after a scene: written in lowercase when
 * it is a pronoun or a determiner ("In their first meeting, their
 * conversation ..."), as it stands when a name. */
static char *
join_scene (const Label *label,
            char        *scene,
            char        *rest,
            guint        start)
{
  char *joined;

  if (label->words != NULL &&
      (in_set (label->words->subject_pronouns, token_at (label, start)) ||
       in_set (label->words->determiners, token_at (label, start))))
    {
      g_autofree char *lower = g_utf8_strdown (rest, g_utf8_next_char (rest) - rest);

      joined = g_strconcat (scene, ", ", lower, g_utf8_next_char (rest), NULL);
    }
  else
    joined = g_strconcat (scene, ", ", rest, NULL);

  g_free (scene);
  g_free (rest);

  return joined;
}

/**
 * plx_event_label:
 * @text: a sentence
 * @tokens: (element-type PlxToken): its tokens
 * @date_start: the byte offset of the date in @text
 * @date_end: the byte offset just past it
 * @language: (nullable): the sentence's language
 * @flags: (out) (optional): set to what the label is: cut short, quoted
 *
 * What happened on the date, in the sentence's own words: the clause
 * that holds the date ("It all began last April when Trump announced a
 * 25 per cent tariff on Indian goods" gives "Trump announced a 25 per
 * cent tariff on Indian goods"), cut only at its ends, at most about 14
 * words, never ending inside a name, a figure or a phrase, starting
 * with a capital. A sentence that says nothing besides the date (a
 * dateline: "8:44AM BST 16 Sep 2013") has none.
 *
 * Returns: (transfer full) (nullable): the label, or %NULL when the
 *   date dates nothing
 */
char *
plx_event_label (const char         *text,
                 GArray             *tokens,
                 gsize               date_start,
                 gsize               date_end,
                 const char         *language,
                 PlxEventLabelFlags *flags)
{
  Label label = { text, tokens, words_for (language), G_MAXUINT, 0, language, MAX_WORDS };
  gboolean cut_short = FALSE;
  guint start, end, scene_start = 0, scene_end;
  char *rest;

  g_return_val_if_fail (text != NULL && tokens != NULL, NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const PlxToken *token = token_at (&label, i);

      if (token->end > date_start && token->start < date_end)
        {
          label.date_first = MIN (label.date_first, i);
          label.date_last = i;
        }
    }
  if (label.date_first == G_MAXUINT)
    label.date_first = label.date_last = tokens->len;

  if (!says_something (&label))
    return NULL;

  start = skip_leads (&label, tokens->len > 0 ? later_start (&label, label_start (&label)) : 0);
  if (start >= tokens->len)
    start = skip_leads (&label, 0);
  if (start >= tokens->len)
    return g_strstrip (g_strdup (text));

  scene_end = find_scene (&label, start, &scene_start);
  if (scene_end != G_MAXUINT)
    label.max_words = MAX (MIN_WORDS, MAX_WORDS - count_words (&label, scene_start, scene_end));

  end = label_end (&label, start, &cut_short);
  if (flags != NULL)
    *flags = (cut_short ? PLX_EVENT_LABEL_CUT : 0) |
             ((token_at (&label, start)->flags & PLX_TOKEN_FLAG_QUOTED) != 0 ? PLX_EVENT_LABEL_QUOTED : 0);

  rest = label_text (&label, start, end);
  if (scene_end != G_MAXUINT && *rest != '\0')
    rest = join_scene (&label, label_text (&label, scene_start, scene_end), rest, start);

  return capitalise (rest);
}

/**
 * plx_event_label_noun:
 * @text: a sentence
 * @tokens: (element-type PlxToken): its tokens
 * @noun: the token of a noun a date modifies (plx_date_modified_noun())
 * @language: (nullable): the sentence's language
 *
 * Names the thing a date modifies, from its noun to the end of its
 * clause, trimmed as labels are: "After months of negotiations leading
 * up to an August 1, 2025 deadline for tariff enforcement, …" gives
 * "Deadline for tariff enforcement". A phrase of fewer than NOUN_WORDS
 * words ("the May 9 deadline.": "Deadline") names too little.
 *
 * Returns: (transfer full) (nullable): the label, or %NULL
 */
char *
plx_event_label_noun (const char *text,
                      GArray     *tokens,
                      guint       noun,
                      const char *language)
{
  Label label = { text, tokens, words_for (language), noun, noun, language, MAX_WORDS };
  gboolean cut = FALSE;
  guint end;

  g_return_val_if_fail (text != NULL && tokens != NULL && noun < tokens->len, NULL);

  /* The noun is no date: nothing of the label lies inside one. */
  label.date_first = label.date_last = tokens->len;

  end = label_end (&label, noun, &cut);
  if (count_words (&label, noun, end) < NOUN_WORDS)
    return NULL;

  return capitalise (label_text (&label, noun, end));
}

/**
 * plx_date_is_period:
 * @text: a sentence
 * @tokens: (element-type PlxToken): its tokens
 * @mention: a date of @text
 * @language: (nullable): the sentence's language
 *
 * Is @mention a period, the background of events rather than an event:
 * "through 2025", "since the beginning of 2025", "in the coming
 * weeks", "this year will be a year of reciprocity" (a year counted from
 * the article's date)? The words are data (data/rules/
 * event-labels.json).
 *
 * Returns: %TRUE for a period
 */
gboolean
plx_date_is_period (const char           *text,
                    GArray               *tokens,
                    const PlxDateMention *mention,
                    const char           *language)
{
  const LabelWords *words = words_for (language);
  guint first = tokens->len;

  g_return_val_if_fail (text != NULL && tokens != NULL && mention != NULL, FALSE);

  if (mention->relative && mention->precision == PLX_PRECISION_YEAR)
    return TRUE;
  if (words == NULL)
    return FALSE;

  for (guint i = 0; i < tokens->len; i++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, i);

      if (token->end <= mention->start || token->kind == PLX_TOKEN_PUNCT)
        continue;
      if (token->start >= mention->end)
        break;
      if (first == tokens->len)
        {
          first = i;
          if (in_set (words->period_openers, token))
            return TRUE;
        }
      if (in_set (words->period_words, token))
        return TRUE;
    }

  if (first == tokens->len)
    return FALSE;

  /* A bare year after "of" (the mention's own first word, or the one
   * before it) is a noun's background ("the confrontational rhetoric of
   * 2025"), not when anything happened. */
  if (mention->precision == PLX_PRECISION_YEAR &&
      (in_set (words->year_of, &g_array_index (tokens, PlxToken, first)) ||
       (first > 0 && in_set (words->year_of, &g_array_index (tokens, PlxToken, first - 1)))))
    return TRUE;

  /* The word before the date, over "the" and "of" ("since the
   * beginning of 2025"). */
  for (guint i = first, stops = 0; i-- > 0 && stops <= 3; )
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, i);

      if (token->kind == PLX_TOKEN_PUNCT)
        break;
      if (in_set (words->period_openers, token))
        return TRUE;
      if ((token->flags & PLX_TOKEN_FLAG_STOP) == 0)
        break;
      stops++;
    }

  return FALSE;
}

/**
 * plx_date_modified_noun:
 * @tokens: (element-type PlxToken): a sentence's tokens
 * @first: its date's first token
 * @last: its date's last token
 * @language: (nullable): the sentence's language
 *
 * Finds the noun a date stands before as a modifier, between it and a
 * determiner ("an August 1, 2025 deadline", "the June 24 murder"): the
 * date dates that thing, not the clause around it.
 *
 * Returns: the noun's token, or G_MAXUINT when the date modifies none
 */
guint
plx_date_modified_noun (GArray     *tokens,
                        guint       first,
                        guint       last,
                        const char *language)
{
  const LabelWords *words = words_for (language);
  const PlxToken *noun;

  g_return_val_if_fail (first <= last && last < tokens->len, G_MAXUINT);

  if (words == NULL || first == 0 || last + 1 >= tokens->len ||
      !in_set (words->determiners, &g_array_index (tokens, PlxToken, first - 1)))
    return G_MAXUINT;

  noun = &g_array_index (tokens, PlxToken, last + 1);
  if (noun->kind != PLX_TOKEN_WORD || noun->norm == NULL ||
      (noun->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY |
                      PLX_TOKEN_FLAG_CAPITALISED)) != 0)
    return G_MAXUINT;

  return last + 1;
}
