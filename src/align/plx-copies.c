/* plx-copies.c: articles that repeat another's text (agency copies)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "plx-article.h"
#include "plx-copies.h"
#include "plx-corpus.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/* Many outlets re-run one agency story under a new headline, cut or
 * with a paragraph added. Two articles are one text when most of the
 * shorter one's 8-word sequences (shingles: the normalised words and
 * numbers of its body sentences, so that a new headline, furniture and
 * punctuation do not count) are in the other. Reporting the same event
 * in one's own words shares few: ECB+ shows it (src/README.md,
 * "Copies").
 *
 * The cost grows with the corpus, not its square: every (shingle,
 * article) pair goes into one array, sorted; a run of equal shingles
 * counts one shared shingle for each pair of its articles, and a
 * shingle in more than DF_CAP articles (a stock phrase) counts for
 * none. */

#define SHINGLE  8
#define DF_CAP   256
#define MIN_SHINGLES 5

typedef struct
{
  guint64 hash;
  guint   article;
} Shingle;

typedef struct
{
  PlxArticle *article;
  guint       position;
  guint       n_shingles;   /* distinct */
  guint       n_words;
  char       *address;      /* plx_address_key() of its URL, or NULL */
} Text;

static guint64
word_hash (const char *word)
{
  guint64 hash = G_GUINT64_CONSTANT (14695981039346656037);

  for (const guchar *p = (const guchar *) word; *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= G_GUINT64_CONSTANT (1099511628211);
    }

  return hash;
}

/* The words and numbers of the article's body, hashed. */
static GArray *
body_words (PlxArticle *article)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (guint64));
  const char *language = plx_article_get_language (article);

  for (guint s = 0; s < plx_article_get_n_sentences (article); s++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, s);
      GArray *tokens;

      if (plx_sentence_get_role (sentence) != PLX_ROLE_BODY)
        continue;
      tokens = plx_sentence_get_tokens (sentence, language);
      for (guint t = 0; t < tokens->len; t++)
        {
          const PlxToken *token = &g_array_index (tokens, PlxToken, t);
          guint64 hash;

          if (token->kind == PLX_TOKEN_PUNCT)
            continue;
          hash = word_hash (token->norm);
          g_array_append_val (words, hash);
        }
    }

  return words;
}

static int
compare_shingles (gconstpointer a,
                  gconstpointer b)
{
  const Shingle *x = a;
  const Shingle *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return x->article < y->article ? -1 : x->article > y->article;
}

static void
add_shingles (GArray *shingles,
              GArray *words,
              guint   article)
{
  for (guint i = 0; i + SHINGLE <= words->len; i++)
    {
      Shingle shingle = { 0, article };

      for (guint k = 0; k < SHINGLE; k++)
        shingle.hash = (shingle.hash ^ g_array_index (words, guint64, i + k)) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
                       + k;
      g_array_append_val (shingles, shingle);
    }
}

/* When the article came out: its publication time, else its date line. */
static const char *
article_time (PlxArticle *article)
{
  return plx_article_get_published (article) != NULL ? plx_article_get_published (article)
                                                     : plx_article_get_date (article);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static guint64
pair_key (guint a,
          guint b)
{
  return ((guint64) MIN (a, b) << 32) | MAX (a, b);
}

/* Which of two articles is the copy: the later one by publication (or
 * date line); undated, or of one date, the shorter; of one length, the
 * later in the corpus. Returns > 0 when @a is the copy of @b. */
static int
compare_order (const Text *a,
               const Text *b)
{
  const char *date_a = article_time (a->article);
  const char *date_b = article_time (b->article);

  if (date_a != NULL && date_b != NULL && strcmp (date_a, date_b) != 0)
    return strcmp (date_a, date_b);
  if (a->n_words != b->n_words)
    return a->n_words < b->n_words ? 1 : -1;

  return a->position > b->position ? 1 : -1;
}

/**
 * plx_find_copies:
 * @corpus: a corpus
 * @cancellable: (nullable): a #GCancellable
 *
 * Finds the articles whose text largely repeats another's: of two
 * articles that share at least %PLX_COPY_MIN_SHARE of the shorter one's
 * 8-word sequences, the later is a copy of the earlier; an article that
 * repeats several is the copy of the one it shares most with.
 *
 * Returns: (transfer full) (element-type PlxCopy): a #PlxCopy for each
 *   article that is a copy, in corpus order
 */
GPtrArray *
plx_find_copies (PlxCorpus    *corpus,
                 GCancellable *cancellable)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  g_autoptr(GArray) shingles = g_array_new (FALSE, FALSE, sizeof (Shingle));
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree Text *texts = g_new0 (Text, MAX (n_articles, 1));
  g_autofree guint *original_of = g_new (guint, MAX (n_articles, 1));
  g_autofree double *share_of = g_new0 (double, MAX (n_articles, 1));
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_free);
  guint start;

  for (guint a = 0; a < n_articles; a++)
    {
      g_autoptr(GArray) words = body_words (plx_corpus_get_article (corpus, a));

      original_of[a] = G_MAXUINT;
      texts[a].article = plx_corpus_get_article (corpus, a);
      texts[a].address = plx_address_key (plx_article_get_url (texts[a].article));
      texts[a].position = a;
      texts[a].n_words = words->len;
      add_shingles (shingles, words, a);
    }

  g_array_sort (shingles, compare_shingles);

  /* Distinct shingles: per article, and shared by each pair. */
  for (guint i = 0; i < shingles->len; i = start)
    {
      guint64 hash = g_array_index (shingles, Shingle, i).hash;

      /* The articles that hold this shingle. */
      g_array_set_size (holders, 0);
      for (start = i; start < shingles->len && g_array_index (shingles, Shingle, start).hash == hash; start++)
        {
          guint article = g_array_index (shingles, Shingle, start).article;

          if (holders->len > 0 && g_array_index (holders, guint, holders->len - 1) == article)
            continue;
          g_array_append_val (holders, article);
          texts[article].n_shingles++;
        }

      if (holders->len < 2 || holders->len > DF_CAP)
        continue;
      for (guint x = 0; x < holders->len; x++)
        for (guint y = x + 1; y < holders->len; y++)
          {
            guint64 k = pair_key (g_array_index (holders, guint, x), g_array_index (holders, guint, y));

            g_array_append_val (pairs, k);
          }

      if (g_cancellable_is_cancelled (cancellable))
        break;
    }

  /* Each pair once, with how many shingles it shares. */
  g_array_sort (pairs, compare_pairs);
  for (guint i = 0; i < pairs->len; i = start)
    {
      guint64 k = g_array_index (pairs, guint64, i);
      Text *a = &texts[k >> 32];
      Text *b = &texts[k & G_MAXUINT32];
      guint n;
      guint shorter = MIN (a->n_shingles, b->n_shingles);
      Text *copy, *original;
      double share;

      for (start = i; start < pairs->len && g_array_index (pairs, guint64, start) == k; start++)
        ;
      n = start - i;

      if (shorter < MIN_SHINGLES || (double) n / shorter < PLX_COPY_MIN_SHARE)
        continue;
      /* Two versions of one article are not copies of each other; the
       * same text twice at one address is a duplicate, one source. */
      if (a->address != NULL && g_strcmp0 (a->address, b->address) == 0 &&
          (n < a->n_shingles || n < b->n_shingles))
        continue;

      copy = compare_order (a, b) > 0 ? a : b;
      original = copy == a ? b : a;
      share = (double) n / copy->n_shingles;
      /* The original it shares most with; of equals, the first. */
      if (original_of[copy->position] != G_MAXUINT &&
          (share_of[copy->position] > share ||
           (share_of[copy->position] == share && original_of[copy->position] < original->position)))
        continue;
      original_of[copy->position] = original->position;
      share_of[copy->position] = share;
    }

  for (guint a = 0; a < n_articles; a++)
    {
      PlxCopy *copy;

      if (original_of[a] == G_MAXUINT)
        continue;
      copy = g_new0 (PlxCopy, 1);
      copy->copy = texts[a].article;
      copy->original = texts[original_of[a]].article;
      copy->share = share_of[a];
      g_ptr_array_add (copies, copy);
    }

  for (guint a = 0; a < n_articles; a++)
    g_free (texts[a].address);

  return copies;
}

/**
 * plx_address_key:
 * @url: (nullable): an article's address
 *
 * Returns: (transfer full) (nullable): the address as versions share
 *   it: without its fragment, its scheme's case or a trailing slash; %NULL
 *   for none
 */
char *
plx_address_key (const char *url)
{
  g_autofree char *key = NULL;
  char *fragment;
  gsize length;

  if (url == NULL || *url == '\0')
    return NULL;

  key = g_strstrip (g_strdup (url));
  if ((fragment = strchr (key, '#')) != NULL)
    *fragment = '\0';
  length = strlen (key);
  while (length > 0 && key[length - 1] == '/')
    key[--length] = '\0';
  for (char *p = key; *p != '\0' && *p != ':'; p++)
    *p = g_ascii_tolower (*p);
  if (g_str_has_prefix (key, "http://"))
    {
      char *https = g_strconcat ("https://", key + strlen ("http://"), NULL);

      g_free (key);
      key = https;
    }

  return *key != '\0' ? g_steal_pointer (&key) : NULL;
}

typedef struct
{
  PlxArticle *article;
  guint       position;
  char       *address;
} Addressed;

/* The number in a later file's name, as the fetcher names a new
 * version beside a page (src/load/plx-update-check.c: "story" then
 * "story-2", "story-3"): 2 for "story-2", 1 for "story"; @stem_length
 * is set to the length of the name without it. */
static guint64
version_number (const char *id,
                gsize      *stem_length)
{
  const char *dash = strrchr (id, '-');
  guint64 number;

  if (dash != NULL && dash > id && g_ascii_string_to_unsigned (dash + 1, 10, 2, G_MAXUINT, &number, NULL))
    {
      *stem_length = dash - id;
      return number;
    }

  *stem_length = strlen (id);
  return 1;
}

static int
compare_addressed (gconstpointer a,
                   gconstpointer b)
{
  const Addressed *x = a;
  const Addressed *y = b;
  const char *date_x = article_time (x->article);
  const char *date_y = article_time (y->article);
  const char *id_x = plx_article_get_id (x->article);
  const char *id_y = plx_article_get_id (y->article);
  int by_address = strcmp (x->address, y->address);
  gsize stem_x;
  gsize stem_y;
  guint64 number_x = version_number (id_x, &stem_x);
  guint64 number_y = version_number (id_y, &stem_y);

  if (by_address != 0)
    return by_address;
  if (date_x != NULL && date_y != NULL && strcmp (date_x, date_y) != 0)
    return strcmp (date_x, date_y);
  /* Undated, or of one date (an edited page often keeps its date of
   * publication): "story-2" follows "story", though a folder lists it
   * first ('-' sorts before '.'). */
  if (number_x != number_y && stem_x == stem_y && strncmp (id_x, id_y, stem_x) == 0)
    return number_x < number_y ? -1 : 1;
  /* Else the corpus's order. */

  return x->position < y->position ? -1 : 1;
}

/**
 * plx_find_versions:
 * @corpus: a corpus
 *
 * Finds the versions of one article: articles at one address (their
 * URL, see plx_address_key()), in the order of their publication (else
 * date line; undated or of one date, "story-2" after "story", else the
 * corpus's order), each one whose text differs from the
 * version before it being a later version. One with the same text as the
 * version before it is a duplicate, and no version.
 *
 * Returns: (transfer full) (element-type PlxVersion): the later
 *   versions, each with the one before it
 */
GPtrArray *
plx_find_versions (PlxCorpus *corpus)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  g_autoptr(GArray) addressed = g_array_new (FALSE, FALSE, sizeof (Addressed));
  GPtrArray *versions = g_ptr_array_new_with_free_func (g_free);

  for (guint a = 0; a < n_articles; a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);
      Addressed entry = { article, a, plx_address_key (plx_article_get_url (article)) };

      if (entry.address != NULL)
        g_array_append_val (addressed, entry);
    }
  g_array_sort (addressed, compare_addressed);

  for (guint i = 1; i < addressed->len; i++)
    {
      Addressed *previous = &g_array_index (addressed, Addressed, i - 1);
      Addressed *entry = &g_array_index (addressed, Addressed, i);
      PlxVersion *version;

      if (strcmp (previous->address, entry->address) != 0 ||
          g_strcmp0 (plx_article_get_text (previous->article), plx_article_get_text (entry->article)) == 0)
        continue;

      version = g_new0 (PlxVersion, 1);
      version->article = entry->article;
      version->previous = previous->article;
      g_ptr_array_add (versions, version);
    }

  for (guint i = 0; i < addressed->len; i++)
    g_free (g_array_index (addressed, Addressed, i).address);

  return versions;
}

/**
 * plx_copy_dup_heading:
 * @article: an article
 * @copy: (nullable): what @article is a copy of, if it is one
 *
 * Returns: (transfer full): the heading of @article's column: its
 *   outlet's name, and whose text it repeats and how much
 */
char *
plx_copy_dup_heading (PlxArticle    *article,
                      const PlxCopy *copy)
{
  if (copy == NULL)
    return g_strdup (plx_article_get_display_name (article));

  /* Translators: a column header: an outlet whose article repeats
   * another's text; the second %s is that outlet, %d%% how much of the
   * text is found there, as in “AP News (copy of Reuters, 92%)”
   */
  return g_strdup_printf (_("%s (copy of %s, %d%%)"), plx_article_get_display_name (article),
                          plx_article_get_display_name (copy->original), (int) (copy->share * 100 + 0.5));
}
