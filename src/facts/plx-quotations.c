/* plx-quotations.c: who said what, across outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-article.h"
#include "plx-quotations.h"
#include "plx-quote-spans.h"
#include "plx-quote-speakers.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/* Every quoted stretch of the body sentences (plx_article_get_quote_spans()) is a
 * mention of a quotation, with its speaker (plx-quote-speakers.c). A
 * quote that runs on into the next sentence of its paragraph, or is
 * interrupted by its attribution ("“Real friends can disagree,” Gor
 * said, “but we will always resolve our differences”", with the comma
 * inside the marks or after them as in German), is one mention,
 * its parts joined by a space. A word or two in quotation marks with no
 * speaker ("a 25 per cent “reciprocal” tariff") is a term, not a
 * statement.
 *
 * Mentions of one quotation, across outlets, are one entry: they share
 * SHARED_RUN words in a row (MORE_SHARED_RUN when one speaker is
 * unknown), at least half the shorter one, or are the same few words;
 * never two different speakers, nor a few words and a version
 * LENGTH_RATIO times as long (Gor's "next call on trade", quoted alone
 * by two outlets, is a quotation of its own beside the whole speech a
 * third gives). Only versions that share a run of SHARED_RUN words are
 * compared (a run in more than BUCKET_MAX versions, "one of the", is no
 * lead): the corpus's quotes are not compared pair by pair. The entry's wording compares each version with the fullest:
 * the same words, a part of them (each stretch between an ellipsis or an
 * editor's brackets found in order), or other words. */

#define TERM_WORDS       2
#define SHARED_RUN       3
#define MORE_SHARED_RUN  4
#define JOIN_TOKENS      8
#define LENGTH_RATIO     5
#define BUCKET_MAX       64

typedef struct
{
  PlxQuoteMention  mention;
  GString         *text;
  PlxSpeaker      *speaker;
  GPtrArray       *words;    /* norms; NULL where an ellipsis or brackets cut */
  guint            n_words;
  guint            group;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  if (found->text != NULL)
    g_string_free (found->text, TRUE);
  g_free (found->mention.text);
  g_free (found->mention.attribution);
  plx_speaker_free (found->speaker);
  if (found->words != NULL)
    g_ptr_array_unref (found->words);
  g_free (found);
}

static void
clear_mention (gpointer data)
{
  PlxQuoteMention *mention = data;

  g_free (mention->text);
  g_free (mention->attribution);
}

void
plx_quote_entry_free (gpointer data)
{
  PlxQuoteEntry *entry = data;

  g_free (entry->speaker);
  g_free (entry->text);
  g_array_unref (entry->mentions);
  g_free (entry);
}

void
plx_term_entry_free (gpointer data)
{
  PlxTermEntry *entry = data;

  g_free (entry->text);
  g_array_unref (entry->mentions);
  g_free (entry);
}

const char *
plx_quote_wording_to_string (PlxQuoteWording wording)
{
  switch (wording)
    {
    case PLX_QUOTE_SAME:
      return "same";
    case PLX_QUOTE_SHORTENED:
      return "shortened";
    case PLX_QUOTE_WORDED:
      return "worded";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * plx_quote_wording_describe:
 * @wording: how the outlets' versions of a quotation differ
 *
 * Returns: the wording in words, for a reader (translated)
 */
const char *
plx_quote_wording_describe (PlxQuoteWording wording)
{
  switch (wording)
    {
    case PLX_QUOTE_WORDED:
      /* Translators: of a quotation some outlets give in other words
       * than the rest
       */
      return _("Worded differently");
    case PLX_QUOTE_SHORTENED:
      /* Translators: of a quotation some outlets give only part of */
      return _("Shortened by some outlets");
    case PLX_QUOTE_SAME:
    default:
      /* Translators: of a quotation every outlet gives in the same words */
      return _("Same words");
    }
}

/* ---- Reading the articles ------------------------------------------ */

/* The words of a version, interned in @interned (one word, one pointer:
 * plx_string_set_intern()), with NULL
 * where an ellipsis or an editor's brackets leave a gap. */
static GPtrArray *
version_words (GHashTable *interned,
               const char *text,
               const char *language,
               guint      *n_words)
{
  g_autoptr(GArray) tokens = plx_tokenize (text, -1, language);
  GPtrArray *words = g_ptr_array_new ();
  int brackets = 0;

  *n_words = 0;
  for (guint t = 0; t < tokens->len; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);
      const char *at = text + token->start;

      if (token->kind == PLX_TOKEN_PUNCT)
        {
          gboolean gap = g_str_has_prefix (at, "…") || g_str_has_prefix (at, "...");

          if (*at == '[')
            brackets++, gap = TRUE;
          else if (*at == ']' && brackets > 0)
            brackets--;
          if (gap && (words->len == 0 || g_ptr_array_index (words, words->len - 1) != NULL))
            g_ptr_array_add (words, NULL);
          continue;
        }
      if (brackets > 0 || token->norm == NULL)
        continue;
      g_ptr_array_add (words, (gpointer) plx_string_set_intern (interned, token->norm));
      (*n_words)++;
    }

  return words;
}

/* Words as a reader counts them: runs of letters and digits (with inner
 * apostrophes and hyphens). Not the tokens' count, which makes one token
 * of "Million Dollar" (an amount), nor plx_count_words(), which counts a
 * lone "+" or "—". */
static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean alnum = g_unichar_isalnum (g_utf8_get_char (p));

      n += alnum && !in_word;
      in_word = alnum || (in_word && (*p == '\'' || *p == '-'));
    }

  return n;
}

static gboolean
ends_with_comma (const GString *text)
{
  gsize n = text->len;

  while (n > 0 && g_ascii_isspace (text->str[n - 1]))
    n--;

  return n > 0 && text->str[n - 1] == ',';
}

/* „Echte Freunde können streiten“, sagte Gor: a comma right after the
 * closing mark at @end. */
static gboolean
comma_after (const char *text,
             gsize       end)
{
  const char *p = text + end;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '"' && c != 0x201C && c != 0x201D && c != 0x00BB)
        break;
      p = g_utf8_next_char (p);
    }

  return *p == ',';
}

/* Without the spaces inside the marks (« réciproque »). */
static void
trim_span (const char *text,
           gsize      *start,
           gsize      *end)
{
  while (*start < *end && g_unichar_isspace (g_utf8_get_char (text + *start)))
    *start = g_utf8_next_char (text + *start) - text;
  while (*end > *start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (text + *end))))
    *end = g_utf8_prev_char (text + *end) - text;
}

static gboolean
starts_lowercase (const char *text)
{
  while (*text != '\0' && !g_unichar_isalpha (g_utf8_get_char (text)))
    text = g_utf8_next_char (text);

  return *text != '\0' && g_unichar_islower (g_utf8_get_char (text));
}

/* How many tokens of @tokens lie in [@from, @to). */
static guint
tokens_between (GArray *tokens,
                gsize   from,
                gsize   to)
{
  guint n = 0;

  for (guint t = 0; t < tokens->len; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);

      n += token->start >= from && token->end <= to;
    }

  return n;
}

static void
find_in_sentence (PlxArticle       *article,
                  guint             index,
                  const char       *reading,
                  PlxSpeakerMemory *memory,
                  Found           **pending,
                  GPtrArray        *found)
{
  PlxSentence *sentence = plx_article_get_sentence (article, index);
  const char *article_text = plx_article_get_text (article);
  const char *text = plx_sentence_get_text (sentence);
  gsize offset = plx_sentence_get_start (sentence);
  GArray *tokens = plx_sentence_get_tokens (sentence, reading);
  g_autoptr(GArray) spans = NULL;
  Found *previous = NULL;
  gsize read = 0;

  /* No mark in the sentence, and no quote open from the one before: no
   * quote (most sentences). */
  if (*pending == NULL && !plx_quote_may_hold_marks (text, strlen (text)))
    {
      plx_speaker_memory_read (memory, text, tokens, reading, 0, G_MAXSIZE);
      return;
    }
  spans = plx_article_get_quote_spans (article, index);

  for (guint k = 0; k < spans->len; k++)
    {
      const PlxQuoteSpan *span = &g_array_index (spans, PlxQuoteSpan, k);
      g_autofree char *attribution = NULL;
      PlxSpeaker *speaker;
      Found *into = NULL;
      gsize start = span->start, end = span->end;

      trim_span (article_text, &start, &end);
      if (start == end)
        continue;

      /* Whom the sentence names before the quote. */
      plx_speaker_memory_read (memory, text, tokens, reading, read, span->start - offset);
      read = span->end - offset;
      speaker = plx_quote_find_speaker (text, tokens, span->start - offset, span->end - offset,
                                                     reading, memory, &attribution);

      /* "said he “concluded a good conversation” …, engaging in
       * discussions on “Trade, …”": one attribution, one speaker. */
      if (previous != NULL && previous->speaker != NULL && attribution != NULL &&
          g_strcmp0 (attribution, previous->mention.attribution) == 0)
        {
          plx_speaker_free (speaker);
          speaker = plx_speaker_copy (previous->speaker);
        }

      /* Running on from the sentence before, or after its attribution. */
      if (!span->opened && *pending != NULL)
        into = *pending;
      else if (previous != NULL &&
               (ends_with_comma (previous->text) || comma_after (article_text, previous->mention.end)) &&
               starts_lowercase (article_text + start) &&
               tokens_between (tokens, previous->mention.end - offset, start - offset) <= JOIN_TOKENS)
        into = previous;

      if (into != NULL)
        {
          g_string_append_c (into->text, ' ');
          g_string_append_len (into->text, article_text + start, end - start);
          into->mention.end = end;
          if (into->speaker == NULL)
            {
              into->speaker = speaker;
              into->mention.attribution = g_steal_pointer (&attribution);
              speaker = NULL;
            }
          plx_speaker_free (speaker);
        }
      else
        {
          into = g_new0 (Found, 1);
          into->mention.article = article;
          into->mention.sentence = index;
          into->mention.start = start;
          into->mention.end = end;
          into->mention.attribution = g_steal_pointer (&attribution);
          into->text = g_string_new_len (article_text + start, end - start);
          into->speaker = speaker;
          g_ptr_array_add (found, into);
        }
      *pending = span->closed ? NULL : into;
      previous = into;
    }
  plx_speaker_memory_read (memory, text, tokens, reading, read, G_MAXSIZE);
}

static void
find_all (GPtrArray        *sentences,
          PlxSpeakerMemory *memory,
          GPtrArray        *found)
{
  PlxArticle *current = NULL;
  Found *pending = NULL;

  for (guint i = 0; i < sentences->len; i += 2)
    {
      PlxArticle *article = g_ptr_array_index (sentences, i);
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (sentences, i + 1));
      const char *language = plx_article_get_language (article);

      if (article != current)
        {
          plx_speaker_memory_clear (memory);
          pending = NULL;
          current = article;
        }
      find_in_sentence (article, index, language != NULL ? language : "en", memory, &pending, found);
    }
}

/* ---- One quotation across outlets ---------------------------------- */

/* The longest run of words two versions share, and where it starts in
 * each (@at_a, @at_b: optional). */
static guint
longest_shared_run (GPtrArray *a,
                    GPtrArray *b,
                    guint     *at_a,
                    guint     *at_b)
{
  g_autofree guint *row = g_new0 (guint, b->len + 1);
  guint best = 0;

  for (guint i = 0; i < a->len; i++)
    {
      guint diagonal = 0;

      for (guint j = 0; j < b->len; j++)
        {
          guint above = row[j + 1];
          const char *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, j);

          row[j + 1] = x != NULL && x == y ? diagonal + 1 : 0;
          if (row[j + 1] > best)
            {
              best = row[j + 1];
              if (at_a != NULL)
                *at_a = i + 1 - best;
              if (at_b != NULL)
                *at_b = j + 1 - best;
            }
          diagonal = above;
        }
    }

  return best;
}

static gboolean
same_words (GPtrArray *a,
            GPtrArray *b)
{
  guint i = 0, j = 0;

  for (;;)
    {
      while (i < a->len && g_ptr_array_index (a, i) == NULL)
        i++;
      while (j < b->len && g_ptr_array_index (b, j) == NULL)
        j++;
      if (i == a->len || j == b->len)
        return i == a->len && j == b->len;
      if (g_ptr_array_index (a, i) != g_ptr_array_index (b, j))
        return FALSE;
      i++, j++;
    }
}

static gboolean
same_quotation (const Found *a,
                const Found *b)
{
  guint run, shorter;

  if (a->speaker != NULL && b->speaker != NULL && g_strcmp0 (a->speaker->key, b->speaker->key) != 0)
    return FALSE;
  if (a->n_words <= SHARED_RUN || b->n_words <= SHARED_RUN)
    return same_words (a->words, b->words);
  shorter = MIN (a->n_words, b->n_words);
  if (shorter * LENGTH_RATIO < MAX (a->n_words, b->n_words))
    return FALSE;
  run = longest_shared_run (a->words, b->words, NULL, NULL);

  return run >= (a->speaker != NULL && b->speaker != NULL ? SHARED_RUN : MORE_SHARED_RUN) &&
         2 * run >= shorter;
}

/* Is each stretch of @part (between its gaps) in @whole, in order? */
static gboolean
is_part (GPtrArray *part,
         GPtrArray *whole)
{
  guint at = 0;

  for (guint i = 0; i < part->len; )
    {
      guint length = 0;
      gboolean found = FALSE;

      while (i < part->len && g_ptr_array_index (part, i) == NULL)
        i++;
      while (i + length < part->len && g_ptr_array_index (part, i + length) != NULL)
        length++;
      if (length == 0)
        break;
      for (guint j = at; j + length <= whole->len && !found; j++)
        {
          guint k = 0;

          while (k < length && g_ptr_array_index (whole, j + k) != NULL &&
                 g_ptr_array_index (part, i + k) == g_ptr_array_index (whole, j + k))
            k++;
          if (k == length)
            found = TRUE, at = j + length;
        }
      if (!found)
        return FALSE;
      i += length;
    }

  return TRUE;
}

/* The words of @words without its gaps. */
static GPtrArray *
without_gaps (GPtrArray *words)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < words->len; i++)
    if (g_ptr_array_index (words, i) != NULL)
      g_ptr_array_add (out, g_ptr_array_index (words, i));

  return out;
}

/* Do @a and @b differ only in how far each runs: their longest shared
 * run starts one of them and ends one of them ("Real friends can
 * disagree, but always resolve their differences" / "… their
 * differences in the end")? */
static gboolean
differ_in_extent (GPtrArray *a,
                  GPtrArray *b)
{
  g_autoptr(GPtrArray) x = without_gaps (a);
  g_autoptr(GPtrArray) y = without_gaps (b);
  guint best_i = 0, best_j = 0;
  guint best = longest_shared_run (x, y, &best_i, &best_j);

  if (best == 0)
    return FALSE;

  return (best_i == 0 || best_j == 0) &&
         (best_i + best == x->len || best_j + best == y->len);
}

static PlxQuoteWording
wording_against (const Found *version,
                 const Found *fullest)
{
  if (same_words (version->words, fullest->words))
    return PLX_QUOTE_SAME;
  if (is_part (version->words, fullest->words) || differ_in_extent (version->words, fullest->words))
    return PLX_QUOTE_SHORTENED;

  return PLX_QUOTE_WORDED;
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];

  return i;
}

static PlxQuoteMention
take_mention (Found *found)
{
  PlxQuoteMention mention = found->mention;

  mention.text = g_string_free (g_steal_pointer (&found->text), FALSE);
  found->mention.attribution = NULL;

  return mention;
}

/* How many of @members give the words of @version. */
static guint
agreeing (GPtrArray   *members,
          const Found *version)
{
  guint n = 0;

  for (guint m = 0; m < members->len; m++)
    n += same_words (((Found *) g_ptr_array_index (members, m))->words, version->words);

  return n;
}

/* The entry of one group of mentions. */
static PlxQuoteEntry *
quote_entry (GPtrArray  *members,
             GHashTable *known)
{
  PlxQuoteEntry *entry = g_new0 (PlxQuoteEntry, 1);
  const Found *fullest = NULL, *named = NULL;

  for (guint m = 0; m < members->len; m++)
    {
      const Found *found = g_ptr_array_index (members, m);

      if (fullest == NULL || found->n_words > fullest->n_words ||
          (found->n_words == fullest->n_words && agreeing (members, found) > agreeing (members, fullest)))
        fullest = found;
      if (found->speaker != NULL &&
          (named == NULL || strlen (found->speaker->name) > strlen (named->speaker->name)))
        named = found;
    }

  /* The fullest name the corpus gives the speaker ("Sergio Gor" where
   * this quote's outlets say "Gor"). */
  if (named != NULL && known != NULL && named->speaker->person &&
      g_hash_table_lookup (known, named->speaker->key) != NULL)
    entry->speaker = g_strdup (((PlxSpeaker *) g_hash_table_lookup (known, named->speaker->key))->name);
  else
    entry->speaker = named != NULL ? g_strdup (named->speaker->name) : NULL;
  /* The comma before "he said" is the sentence's, not the speaker's:
   * the entry's text reads as a whole. */
  entry->text = g_strchomp (g_strdup (fullest->text->str));
  if (g_str_has_suffix (entry->text, ","))
    entry->text[strlen (entry->text) - 1] = '\0';
  entry->wording = PLX_QUOTE_SAME;
  for (guint m = 0; m < members->len; m++)
    entry->wording = MAX (entry->wording, wording_against (g_ptr_array_index (members, m), fullest));

  entry->mentions = g_array_new (FALSE, FALSE, sizeof (PlxQuoteMention));
  g_array_set_clear_func (entry->mentions, clear_mention);
  for (guint m = 0; m < members->len; m++)
    {
      PlxQuoteMention mention = take_mention (g_ptr_array_index (members, m));

      g_array_append_val (entry->mentions, mention);
    }

  return entry;
}

/**
 * plx_quote_entry_count_outlets:
 * @entry: a quotation
 *
 * Returns: how many articles give a version of it
 */
guint
plx_quote_entry_count_outlets (const PlxQuoteEntry *entry)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint m = 0; m < entry->mentions->len; m++)
    g_hash_table_add (seen, g_array_index (entry->mentions, PlxQuoteMention, m).article);

  return g_hash_table_size (seen);
}

static int
compare_quotes (gconstpointer a,
                gconstpointer b)
{
  const PlxQuoteEntry *x = *(PlxQuoteEntry **) a, *y = *(PlxQuoteEntry **) b;
  guint nx = plx_quote_entry_count_outlets (x), ny = plx_quote_entry_count_outlets (y);

  return (nx < ny) - (nx > ny);
}

static void
add_to_bucket (GHashTable *buckets,
               char       *key,
               guint       index)
{
  GArray *members = g_hash_table_lookup (buckets, key);

  if (members == NULL)
    {
      members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (buckets, key, members);
    }
  else
    g_free (key);
  /* A version that repeats a run of words is in its bucket once. */
  if (members->len == 0 || g_array_index (members, guint, members->len - 1) != index)
    g_array_append_val (members, index);
}

/* The versions by each run of SHARED_RUN words they hold, and the short
 * ones by all their words. */
static GHashTable *
candidate_buckets (GPtrArray *quotes_found)
{
  GHashTable *buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < quotes_found->len; i++)
    {
      const Found *found = g_ptr_array_index (quotes_found, i);
      g_autoptr(GPtrArray) words = without_gaps (found->words);

      if (found->n_words <= SHARED_RUN)
        {
          g_ptr_array_add (words, NULL);
          add_to_bucket (buckets, g_strjoinv ("\037", (char **) words->pdata), i);
          continue;
        }
      for (guint w = 0; w + SHARED_RUN <= found->words->len; w++)
        {
          gboolean gap = FALSE;

          for (guint k = 0; k < SHARED_RUN; k++)
            gap |= g_ptr_array_index (found->words, w + k) == NULL;
          if (!gap)
            add_to_bucket (buckets,
                           g_strjoin ("\037", g_ptr_array_index (found->words, w),
                                      g_ptr_array_index (found->words, w + 1),
                                      g_ptr_array_index (found->words, w + 2), NULL),
                           i);
        }
    }

  return buckets;
}

static void
group_quotes (GPtrArray  *quotes_found,
              GHashTable *known,
              GPtrArray  *quotes)
{
  guint n = quotes_found->len;
  g_autofree guint *parent = g_new (guint, n);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  g_autoptr(GHashTable) buckets = candidate_buckets (quotes_found);
  GHashTableIter iter;
  gpointer bucket;

  for (guint i = 0; i < n; i++)
    parent[i] = i;
  /* Only versions that share three words in a row, or are the same few
   * words, can be one quotation: compare those. */
  g_hash_table_iter_init (&iter, buckets);
  while (g_hash_table_iter_next (&iter, NULL, &bucket))
    {
      GArray *members = bucket;

      if (members->len > BUCKET_MAX)
        continue;
      for (guint a = 0; a < members->len; a++)
        for (guint b = a + 1; b < members->len; b++)
          {
            guint i = g_array_index (members, guint, a), j = g_array_index (members, guint, b);

            if (find_root (parent, i) != find_root (parent, j) &&
                same_quotation (g_ptr_array_index (quotes_found, i), g_ptr_array_index (quotes_found, j)))
              parent[find_root (parent, j)] = find_root (parent, i);
          }
    }

  for (guint i = 0; i < n; i++)
    {
      guint root = find_root (parent, i);
      GPtrArray *members = g_hash_table_lookup (groups, GUINT_TO_POINTER (root));

      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (groups, GUINT_TO_POINTER (root), members);
          g_ptr_array_add (order, members);
        }
      g_ptr_array_add (members, g_ptr_array_index (quotes_found, i));
    }

  for (guint g = 0; g < order->len; g++)
    g_ptr_array_add (quotes, quote_entry (g_ptr_array_index (order, g), known));
  /* Stable: the most widely carried first, else in reading order. */
  g_ptr_array_sort (quotes, compare_quotes);
}

static void
group_terms (GPtrArray *terms_found,
             GPtrArray *terms)
{
  g_autoptr(GHashTable) by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < terms_found->len; i++)
    {
      Found *found = g_ptr_array_index (terms_found, i);
      g_autofree char *key = plx_normalise_text (found->text->str, -1);
      PlxTermEntry *entry = g_hash_table_lookup (by_text, key);
      PlxQuoteMention mention;

      if (entry == NULL)
        {
          entry = g_new0 (PlxTermEntry, 1);
          entry->text = g_strdup (found->text->str);
          entry->mentions = g_array_new (FALSE, FALSE, sizeof (PlxQuoteMention));
          g_array_set_clear_func (entry->mentions, clear_mention);
          g_hash_table_insert (by_text, g_steal_pointer (&key), entry);
          g_ptr_array_add (terms, entry);
        }
      mention = take_mention (found);
      g_array_append_val (entry->mentions, mention);
    }
}

/**
 * plx_quotations_find:
 * @sentences: the body sentences, as pairs (article, index as pointer),
 *   in reading order
 * @quotes: (element-type PlxQuoteEntry): filled with the quotations
 * @terms: (element-type PlxTermEntry): filled with the terms
 *
 * Finds the quotations of the body sentences and who said them, one
 * entry per quotation across outlets, and the words in quotation marks
 * that are terms (see the top of this file).
 */
void
plx_quotations_find (GPtrArray *sentences,
                     GPtrArray *quotes,
                     GPtrArray *terms)
{
  g_autoptr(GHashTable) interned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (found_free);
  g_autoptr(GPtrArray) quotes_found = g_ptr_array_new ();
  g_autoptr(GPtrArray) terms_found = g_ptr_array_new ();
  PlxSpeakerMemory memory = { NULL };

  /* Twice: the first reading learns whom the corpus names, so that the
   * second knows "Sergio Gor assumed his role" names a person before "he
   * said" in any article. */
  find_all (sentences, &memory, found);
  g_ptr_array_set_size (found, 0);
  find_all (sentences, &memory, found);
  plx_speaker_memory_clear (&memory);

  for (guint i = 0; i < found->len; i++)
    {
      Found *item = g_ptr_array_index (found, i);
      const char *language = plx_article_get_language (item->mention.article);

      item->words = version_words (interned, item->text->str, language != NULL ? language : "en", &item->n_words);
      if (item->n_words == 0)
        continue;
      if (item->speaker == NULL && count_words (item->text->str) <= TERM_WORDS)
        g_ptr_array_add (terms_found, item);
      else
        g_ptr_array_add (quotes_found, item);
    }

  group_quotes (quotes_found, memory.known, quotes);
  group_terms (terms_found, terms);
  g_clear_pointer (&memory.known, g_hash_table_unref);
}
