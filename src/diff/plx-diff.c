/* plx-diff.c: word-level differences between two sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-data.h"
#include "plx-diff.h"
#include "plx-myers.h"
#include "plx-tokens.h"
#include "plx-variants.h"

/* How a pair of sentences becomes a list of hunks:
 *
 *  1. Every token's normalised form is interned to an integer, once per
 *     call, so that the diff compares integers, and "50 per cent" / "50%"
 *     or curly / straight quotes are the same word. Spellings of one
 *     word ("defence" / "defense", "Jaishankar" / "Jayshankar") then
 *     get one integer too: they are equal words, shown as written in
 *     the other sentence, not as a change.
 *  2. The common prefix and suffix are trimmed; Myers' O(ND) algorithm,
 *     in its linear-space divide-and-conquer form, marks the changed
 *     tokens of what is left. Tokens whose word is absent from the other
 *     side are marked first and kept out of the search. Like GNU diff, a
 *     search that passes a cost limit settles for the diagonal that got
 *     furthest, so that two unrelated documents cost O(N) rather than
 *     O(N²); sentences never come near the limit and get a minimal
 *     script.
 *  3. The marks become spans, alternately equal and changed.
 *  4. Clean-up, in the spirit of diff-match-patch's cleanupSemantic: an
 *     insertion or deletion that could equally sit a few words to the
 *     left or right is moved to where it starts and ends at white space
 *     ("a, [b,] c" rather than "a[, b], c"); then a short run of stop
 *     words or punctuation between two changes is folded into them, so
 *     that "[met] the [envoy]" reads as one change of a phrase, and so
 *     is any run much shorter than the changes on both sides.
 *  5. Each changed span gets an operation and a class, and its words as
 *     written in either sentence. */

/* Longest run of stop words and punctuation folded into the changes
 * around it. */
#define MAX_ABSORBED_TOKENS 2

/* Any run of equal words is folded into the changes around it when both
 * are this many times longer. */
#define CONTENT_FOLD_RATIO 3

/* A change with more content words than this on a side is a rewrite of
 * which a title is only a part, not a change of title. */
#define MAX_TITLE_CHANGE_WORDS 4

/* One of the two sentences. */
typedef struct
{
  const char  *text;
  GArray      *tokens;
  const guint *ids;
  guint        len;
} Side;

/* A stretch of the edit script: tokens [a0, a1) of the reference and
 * [b0, b1) of the other sentence. */
typedef struct
{
  gboolean equal;
  guint    a0;
  guint    a1;
  guint    b0;
  guint    b1;
} Span;

static inline const PlxToken *
side_token (const Side *side,
            guint       i)
{
  return &g_array_index (side->tokens, PlxToken, i);
}

/* Gives each distinct normalised form a small integer, shared by both
 * sentences through @ids, so that the diff compares integers. The table
 * holds id + 1, so that a miss (NULL) costs one lookup, not two. */
static guint *
intern_tokens (GArray     *tokens,
               GHashTable *ids)
{
  guint *out = g_new (guint, MAX (tokens->len, 1));

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *norm = g_array_index (tokens, PlxToken, i).norm;
      guint id;

      if (norm == NULL)
        norm = "";
      id = GPOINTER_TO_UINT (g_hash_table_lookup (ids, norm));
      if (id == 0)
        {
          id = g_hash_table_size (ids) + 1;
          g_hash_table_insert (ids, (gpointer) norm, GUINT_TO_POINTER (id));
        }
      out[i] = id - 1;
    }

  return out;
}

/* Spelling variants ------------------------------------------------------ */

/* Whether two capitalised words, each found on one side only, are
 * transliterations of one name (plx_variant_same_name(): one edit apart
 * in a long word). */
static gboolean
same_name (const PlxToken *a,
           const PlxToken *b)
{
  gsize na = a->end - a->start, nb = b->end - b->start;

  /* Cheap first: variants start alike and are about as long. */
  if (!(a->flags & PLX_TOKEN_FLAG_CAPITALISED) || !(b->flags & PLX_TOKEN_FLAG_CAPITALISED)
      || a->norm[0] != b->norm[0] || MAX (na, nb) > MIN (na, nb) + 4)
    return FALSE;

  return plx_variant_same_name (a->norm, b->norm);
}

/* The first token of each word id of @tokens whose id is absent from
 * the other side (@elsewhere), and its spelling. */
static void
collect_unmatched (GArray        *tokens,
                   const guint   *ids,
                   const guint8  *elsewhere,
                   GArray        *first,
                   GPtrArray     *spellings,
                   GHashTable    *seen)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, i);

      if (elsewhere[ids[i]] || token->kind != PLX_TOKEN_WORD || token->norm == NULL
          || !g_hash_table_add (seen, GUINT_TO_POINTER (ids[i] + 1)))
        continue;
      g_array_append_val (first, i);
      g_ptr_array_add (spellings, plx_variant_spelling (token->norm, NULL));
    }
}

/* Gives a word of the other sentence the id of its variant in the
 * reference, when the reference lacks the word itself. Only words that
 * one side lacks are compared, so that this costs nothing for a pair
 * that spells alike. */
static void
unify_variants (GArray *ref_tokens,
                guint  *ref_ids,
                GArray *other_tokens,
                guint  *other_ids,
                guint   n_ids)
{
  g_autofree guint8 *in_ref = g_malloc0 (MAX (n_ids, 1));
  g_autofree guint8 *in_other = g_malloc0 (MAX (n_ids, 1));
  g_autofree guint *to = g_new (guint, MAX (n_ids, 1));
  g_autoptr(GArray) ref_first = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) other_first = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ref_names = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) ref_spellings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) other_spellings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) ref_by_spelling = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean changed = FALSE;

  for (guint i = 0; i < ref_tokens->len; i++)
    in_ref[ref_ids[i]] = 1;
  for (guint j = 0; j < other_tokens->len; j++)
    in_other[other_ids[j]] = 1;
  collect_unmatched (ref_tokens, ref_ids, in_other, ref_first, ref_spellings, seen);
  collect_unmatched (other_tokens, other_ids, in_ref, other_first, other_spellings, seen);
  if (ref_first->len == 0 || other_first->len == 0)
    return;

  for (guint id = 0; id < n_ids; id++)
    to[id] = id;
  for (guint a = 0; a < ref_first->len; a++)
    {
      guint i = g_array_index (ref_first, guint, a);

      g_hash_table_insert (ref_by_spelling, ref_spellings->pdata[a], GUINT_TO_POINTER (a + 1));
      /* Only names are compared pairwise. */
      if (g_array_index (ref_tokens, PlxToken, i).flags & PLX_TOKEN_FLAG_CAPITALISED)
        g_array_append_val (ref_names, i);
    }
  for (guint b = 0; b < other_first->len; b++)
    {
      guint j = g_array_index (other_first, guint, b);
      const PlxToken *word = &g_array_index (other_tokens, PlxToken, j);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (ref_by_spelling, other_spellings->pdata[b]));
      guint i;

      /* One English spelling ("defence", "defense"): the tokenizer has
       * stemmed that spelling, so their stems agree too, which keeps
       * the English rules off other languages' words. */
      if (a > 0)
        {
          i = g_array_index (ref_first, guint, a - 1);
          if (g_strcmp0 (g_array_index (ref_tokens, PlxToken, i).stem, word->stem) == 0)
            {
              to[other_ids[j]] = ref_ids[i];
              changed = TRUE;
              continue;
            }
        }
      if (!(word->flags & PLX_TOKEN_FLAG_CAPITALISED))
        continue;
      for (a = 0; a < ref_names->len; a++)
        {
          i = g_array_index (ref_names, guint, a);
          if (same_name (&g_array_index (ref_tokens, PlxToken, i), word))
            {
              to[other_ids[j]] = ref_ids[i];
              changed = TRUE;
              break;
            }
        }
    }

  if (changed)
    for (guint j = 0; j < other_tokens->len; j++)
      other_ids[j] = to[other_ids[j]];
}

/* Spans ----------------------------------------------------------------- */

static void
append_span (GArray   *spans,
             gboolean  equal,
             guint     a0,
             guint     a1,
             guint     b0,
             guint     b1)
{
  Span span = { equal, a0, a1, b0, b1 };

  g_array_append_val (spans, span);
}

static GArray *
spans_from_marks (const guint8 *a_changed,
                  guint         na,
                  const guint8 *b_changed,
                  guint         nb)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  guint i = 0, j = 0;

  while (i < na || j < nb)
    {
      guint i0 = i, j0 = j;

      if (i < na && j < nb && !a_changed[i] && !b_changed[j])
        {
          while (i < na && j < nb && !a_changed[i] && !b_changed[j])
            i++, j++;
          append_span (spans, TRUE, i0, i, j0, j);
          continue;
        }

      while (i < na && a_changed[i])
        i++;
      while (j < nb && b_changed[j])
        j++;
      g_assert (i > i0 || j > j0);
      append_span (spans, FALSE, i0, i, j0, j);
    }

  return spans;
}

/* Copies the tokens of @ids whose word occurs on the other side
 * (@elsewhere) into @kept, with where each came from in @index, and
 * marks the others changed. Returns how many were kept. */
static gsize
keep_matchable (const guint  *ids,
                gsize         n,
                const guint8 *elsewhere,
                guint        *kept,
                gsize        *index,
                guint8       *changed)
{
  gsize n_kept = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (!elsewhere[ids[i]])
        {
          changed[i] = 1;
          continue;
        }
      kept[n_kept] = ids[i];
      index[n_kept++] = i;
    }

  return n_kept;
}

/* A token whose word never occurs on the other side cannot be matched:
 * it is marked changed at once and left out of the search, which is what
 * keeps two unrelated documents cheap (GNU diff and git do the same). */
static void
mark_changes (const guint *a,
              gsize        n,
              const guint *b,
              gsize        nb,
              guint        n_ids,
              guint8      *a_changed,
              guint8      *b_changed)
{
  g_autofree guint8 *in_a = g_malloc0 (MAX (n_ids, 1));
  g_autofree guint8 *in_b = g_malloc0 (MAX (n_ids, 1));
  g_autofree guint *a_kept = g_new (guint, n + 1);
  g_autofree guint *b_kept = g_new (guint, nb + 1);
  g_autofree gsize *a_index = g_new (gsize, n + 1);
  g_autofree gsize *b_index = g_new (gsize, nb + 1);
  g_autofree guint8 *a_kept_changed = g_malloc0 (n + 1);
  g_autofree guint8 *b_kept_changed = g_malloc0 (nb + 1);
  gsize na_kept, nb_kept;

  for (gsize i = 0; i < n; i++)
    in_a[a[i]] = 1;
  for (gsize j = 0; j < nb; j++)
    in_b[b[j]] = 1;
  na_kept = keep_matchable (a, n, in_b, a_kept, a_index, a_changed);
  nb_kept = keep_matchable (b, nb, in_a, b_kept, b_index, b_changed);

  plx_myers_mark (a_kept, na_kept, b_kept, nb_kept, a_kept_changed, b_kept_changed);

  for (gsize i = 0; i < na_kept; i++)
    a_changed[a_index[i]] = a_kept_changed[i];
  for (gsize j = 0; j < nb_kept; j++)
    b_changed[b_index[j]] = b_kept_changed[j];
}

/* Lines first ------------------------------------------------------------ */

/* The first token of each line of @side, plus @side->len at the end. A
 * line break is a newline in the text between two tokens. */
static GArray *
line_starts (const Side *side)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;

  g_array_append_val (starts, zero);
  for (guint t = 1; t < side->len; t++)
    {
      const PlxToken *before = side_token (side, t - 1);
      const PlxToken *token = side_token (side, t);

      if (memchr (side->text + before->end, '\n', token->start - before->end) != NULL)
        g_array_append_val (starts, t);
    }
  g_array_append_val (starts, side->len);

  return starts;
}

/* Gives each distinct line (its sequence of word ids) a small integer. */
static guint *
intern_lines (const Side *side,
              GArray     *starts,
              GHashTable *lines)
{
  guint *ids = g_new (guint, starts->len);

  for (guint l = 0; l + 1 < starts->len; l++)
    {
      guint first = g_array_index (starts, guint, l);
      guint last = g_array_index (starts, guint, l + 1);
      g_autoptr(GBytes) key = g_bytes_new (side->ids + first, (last - first) * sizeof (guint));
      gpointer id = g_hash_table_lookup (lines, key);

      if (id == NULL)
        {
          id = GUINT_TO_POINTER (g_hash_table_size (lines) + 1);
          g_hash_table_insert (lines, g_bytes_ref (key), id);
        }
      ids[l] = GPOINTER_TO_UINT (id) - 1;
    }

  return ids;
}

/* Multi-line documents are diffed line by line first, as git does: lines
 * that match are equal as a whole, and only the blocks of lines that
 * differ are diffed word by word. Paragraphs that moved then cost no more
 * than lines that changed. */
static void
mark_changes_by_lines (const Side *ref,
                       const Side *other,
                       guint       n_ids,
                       guint8     *a_changed,
                       guint8     *b_changed)
{
  g_autoptr(GArray) a_starts = line_starts (ref);
  g_autoptr(GArray) b_starts = line_starts (other);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                       (GDestroyNotify) g_bytes_unref, NULL);
  g_autofree guint *a_lines = intern_lines (ref, a_starts, lines);
  g_autofree guint *b_lines = intern_lines (other, b_starts, lines);
  guint na = a_starts->len - 1, nb = b_starts->len - 1;
  g_autofree guint8 *a_line_changed = g_malloc0 (na + 1);
  g_autofree guint8 *b_line_changed = g_malloc0 (nb + 1);
  guint i = 0, j = 0;

  mark_changes (a_lines, na, b_lines, nb, g_hash_table_size (lines), a_line_changed, b_line_changed);

  while (i < na || j < nb)
    {
      guint i2 = i, j2 = j;
      guint a0, a1, b0, b1;

      if (i < na && j < nb && !a_line_changed[i] && !b_line_changed[j])
        {
          i++, j++;
          continue;
        }

      while (i2 < na && a_line_changed[i2])
        i2++;
      while (j2 < nb && b_line_changed[j2])
        j2++;

      a0 = g_array_index (a_starts, guint, i);
      a1 = g_array_index (a_starts, guint, i2);
      b0 = g_array_index (b_starts, guint, j);
      b1 = g_array_index (b_starts, guint, j2);
      mark_changes (ref->ids + a0, a1 - a0, other->ids + b0, b1 - b0, n_ids,
                    a_changed + a0, b_changed + b0);
      i = i2;
      j = j2;
    }
}

static GArray *
spans_from_diff (const Side *ref,
                 const Side *other,
                 guint       n_ids)
{
  g_autofree guint8 *a_changed = g_malloc0 (MAX (ref->len, 1));
  g_autofree guint8 *b_changed = g_malloc0 (MAX (other->len, 1));
  guint prefix = 0, suffix = 0;

  /* Most pairs share most of their words: trimming first keeps the
   * search to the part that differs. */
  while (prefix < ref->len && prefix < other->len
         && ref->ids[prefix] == other->ids[prefix])
    prefix++;
  while (suffix < ref->len - prefix && suffix < other->len - prefix
         && ref->ids[ref->len - 1 - suffix] == other->ids[other->len - 1 - suffix])
    suffix++;

  if (strchr (ref->text, '\n') != NULL && strchr (other->text, '\n') != NULL)
    mark_changes_by_lines (ref, other, n_ids, a_changed, b_changed);
  else
    mark_changes (ref->ids + prefix, ref->len - prefix - suffix,
                  other->ids + prefix, other->len - prefix - suffix, n_ids,
                  a_changed + prefix, b_changed + prefix);

  return spans_from_marks (a_changed, ref->len, b_changed, other->len);
}

/* Drops empty spans and joins neighbours of the same kind. */
static void
spans_normalise (GArray *spans)
{
  guint out = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);
      Span *last = out > 0 ? &g_array_index (spans, Span, out - 1) : NULL;

      if (span->a0 == span->a1 && span->b0 == span->b1)
        continue;
      if (last != NULL && last->equal == span->equal)
        {
          last->a1 = span->a1;
          last->b1 = span->b1;
          continue;
        }
      g_array_index (spans, Span, out++) = *span;
    }

  g_array_set_size (spans, out);
}

/* Clean-up: boundaries ---------------------------------------------------- */

static gboolean
ends_clause (const PlxToken *token)
{
  return token->kind == PLX_TOKEN_PUNCT && token->norm != NULL
    && token->norm[0] != '\0' && strchr (",;:.!?", token->norm[0]) != NULL;
}

/* How good a place the gap before token @i of @side is for a change to
 * start or end: the ends of the sentence, then white space after a
 * comma or a full stop, then white space; never inside "word," or
 * "(word", where nothing separates the tokens. */
static int
boundary_score (const Side *side,
                guint       i)
{
  const PlxToken *before, *after;

  if (i == 0 || i >= side->len)
    return 4;

  before = side_token (side, i - 1);
  after = side_token (side, i);
  for (const char *p = side->text + before->end;
       p < side->text + after->start;
       p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        return ends_clause (before) ? 3 : 2;
    }

  return 0;
}

/* Slides the insertion or deletion spans[k] along the run of equal words
 * around it to where its boundaries read best. The words it covers are
 * the same at every position it can take, so the script stays exact. */
static void
shift_change (GArray     *spans,
              guint       k,
              const Side *ref,
              const Side *other)
{
  Span *prev = &g_array_index (spans, Span, k - 1);
  Span *change = &g_array_index (spans, Span, k);
  Span *next = &g_array_index (spans, Span, k + 1);
  gboolean insertion = change->a0 == change->a1;
  const Side *side = insertion ? other : ref;
  guint start = insertion ? change->b0 : change->a0;
  guint end = insertion ? change->b1 : change->a1;
  guint room_left = prev->a1 - prev->a0;
  guint room_right = next->a1 - next->a0;
  int left = 0, right = 0, best = 0, best_score = -1;

  while (left < (int) room_left
         && side->ids[start - left - 1] == side->ids[end - left - 1])
    left++;
  while (right < (int) room_right
         && side->ids[start + right] == side->ids[end + right])
    right++;
  if (left == 0 && right == 0)
    return;

  for (int delta = -left; delta <= right; delta++)
    {
      int score = boundary_score (side, start + delta) + boundary_score (side, end + delta);

      if (score > best_score)
        best_score = score, best = delta;
    }

  prev->a1 += best, prev->b1 += best;
  change->a0 += best, change->a1 += best;
  change->b0 += best, change->b1 += best;
  next->a0 += best, next->b0 += best;
}

static void
spans_shift (GArray     *spans,
             const Side *ref,
             const Side *other)
{
  for (guint k = 1; k + 1 < spans->len; k++)
    {
      const Span *change = &g_array_index (spans, Span, k);

      if (!change->equal && (change->a0 == change->a1 || change->b0 == change->b1))
        shift_change (spans, k, ref, other);
    }

  spans_normalise (spans);
}

/* Clean-up: short equalities ---------------------------------------------- */

static guint
span_size (const Span *span)
{
  return MAX (span->a1 - span->a0, span->b1 - span->b0);
}

static gboolean
is_filler (const PlxToken *token)
{
  return token->kind == PLX_TOKEN_PUNCT || (token->flags & PLX_TOKEN_FLAG_STOP) != 0;
}

/* A run of equal words between two changes is folded into them when it
 * is only stop words and punctuation, and no longer than either change:
 * "[met] the [envoy]" / "[called] the [ambassador]" is one change of a
 * phrase, while "[minister] said on [Tuesday]" keeps its two. Any run
 * is folded when both changes are CONTENT_FOLD_RATIO times longer: a
 * single "together" that the shortest script happened to match inside
 * a rewritten clause is an accident, not a shared word. */
static gboolean
is_absorbed (const Span *before,
             const Span *equal,
             const Span *after,
             const Side *other)
{
  guint len = equal->b1 - equal->b0;
  guint around = MIN (span_size (before), span_size (after));

  if (CONTENT_FOLD_RATIO * len <= around)
    return TRUE;
  if (len > MAX_ABSORBED_TOKENS || len > around)
    return FALSE;
  for (guint i = equal->b0; i < equal->b1; i++)
    {
      if (!is_filler (side_token (other, i)))
        return FALSE;
    }

  return TRUE;
}

/* Rebuilds @spans as a stack: each change, once pushed, swallows the
 * equality before it (and the change before that) for as long as the
 * equality qualifies; a grown change may make the previous one qualify. */
static void
spans_absorb (GArray     *spans,
              const Side *other)
{
  guint top = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      Span span = g_array_index (spans, Span, i);

      while (!span.equal && top >= 2)
        {
          const Span *equal = &g_array_index (spans, Span, top - 1);
          const Span *before = &g_array_index (spans, Span, top - 2);

          if (!equal->equal || before->equal || !is_absorbed (before, equal, &span, other))
            break;
          span.a0 = before->a0;
          span.b0 = before->b0;
          top -= 2;
        }
      g_array_index (spans, Span, top++) = span;
    }

  g_array_set_size (spans, top);
}

/* Classes --------------------------------------------------------------- */

static GHashTable *
get_titles (void)
{
  static GHashTable *titles;

  if (g_once_init_enter (&titles))
    g_once_init_leave (&titles, plx_data_load_words ("titles-en.txt"));

  return titles;
}

static gboolean
is_title_part (const char *part,
               gsize       len)
{
  GHashTable *titles = get_titles ();
  char word[64];

  if (len == 0 || len >= sizeof word)
    return FALSE;
  memcpy (word, part, len);
  word[len] = '\0';
  if (g_hash_table_contains (titles, word))
    return TRUE;
  if (len <= 3 || word[len - 1] != 's')
    return FALSE;

  /* "ministers", "secretaries" */
  if (g_str_has_suffix (word, "ies"))
    strcpy (word + len - 3, "y");
  else
    word[len - 1] = '\0';
  return g_hash_table_contains (titles, word);
}

/* "ambassador-designate", "Gen." and "secretaries" all name a title:
 * each part between hyphens and full stops is looked up, and its
 * singular. */
static gboolean
is_title (const char *norm)
{
  if (norm == NULL)
    return FALSE;

  for (const char *part = norm;; )
    {
      gsize len = strcspn (part, "-.");

      if (is_title_part (part, len))
        return TRUE;
      if (part[len] == '\0')
        return FALSE;
      part += len + 1;
    }
}

/**
 * plx_diff_names_title:
 * @words: (nullable): some words as written ("US ambassador-designate")
 *
 * Returns: %TRUE if one of @words names a title or role, by the same
 *   rules as the %PLX_DIFF_CLASS_TITLE class
 */
gboolean
plx_diff_names_title (const char *words)
{
  g_autofree char *lower = g_utf8_strdown (words != NULL ? words : "", -1);
  g_auto(GStrv) parts = g_strsplit_set (lower, " ,;:()“”\"'’", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0' && is_title (parts[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_month (const Side *side,
          gssize      i)
{
  return i >= 0 && i < side->len
    && (side_token (side, i)->flags & PLX_TOKEN_FLAG_MONTH) != 0;
}

static gboolean
is_number (const Side *side,
           gssize      i)
{
  return i >= 0 && i < side->len && side_token (side, i)->kind == PLX_TOKEN_NUMBER;
}

/* A figure that is part of a date rather than an amount: the day or year
 * next to a month ("January 14", "14 January 2026", "the 14th of
 * January"), or the year after "January 14,". */
static gboolean
is_date_number (const Side *side,
                gssize      i)
{
  const PlxToken *next;

  if (!is_number (side, i))
    return FALSE;
  if (is_month (side, i - 1) || is_month (side, i + 1))
    return TRUE;
  if (is_number (side, i - 1) && is_month (side, i - 2))
    return TRUE;
  if (i >= 2 && g_strcmp0 (side_token (side, i - 1)->norm, ",") == 0
      && is_number (side, i - 2) && is_month (side, i - 3))
    return TRUE;

  next = i + 1 < side->len ? side_token (side, i + 1) : NULL;
  return next != NULL && g_strcmp0 (next->norm, "of") == 0 && is_month (side, i + 2);
}

typedef struct
{
  gboolean quote;
  gboolean number;
  gboolean date;
  gboolean title;
  guint    words;
} Traits;

static void
traits_scan (Traits     *traits,
             const Side *side,
             guint       from,
             guint       to)
{
  const PlxTokenFlags quoting = PLX_TOKEN_FLAG_QUOTED
    | PLX_TOKEN_FLAG_OPEN_QUOTE | PLX_TOKEN_FLAG_CLOSE_QUOTE;

  *traits = (Traits) { 0 };
  for (guint i = from; i < to; i++)
    {
      const PlxToken *token = side_token (side, i);

      if (token->flags & quoting)
        traits->quote = TRUE;
      if (token->flags & (PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY))
        traits->date = TRUE;
      if (token->kind == PLX_TOKEN_NUMBER)
        {
          if (is_date_number (side, i))
            traits->date = TRUE;
          else
            traits->number = TRUE;
        }
      if (token->kind == PLX_TOKEN_WORD && is_title (token->norm))
        traits->title = TRUE;
      if (!is_filler (token))
        traits->words++;
    }
}

/* QUOTE > NUMBER > DATE > TITLE > the operation's own class. A number
 * counts only when both sides have one (a figure replaced by another);
 * a title only when the change is about the title, not a whole clause
 * that happens to contain one. */
static PlxDiffClass
classify (const Span *span,
          const Side *ref,
          const Side *other)
{
  Traits r, o;

  traits_scan (&r, ref, span->a0, span->a1);
  traits_scan (&o, other, span->b0, span->b1);

  if (r.quote || o.quote)
    return PLX_DIFF_CLASS_QUOTE;
  if (r.number && o.number)
    return PLX_DIFF_CLASS_NUMBER;
  if (r.date || o.date)
    return PLX_DIFF_CLASS_DATE;
  if ((r.title || o.title)
      && r.words <= MAX_TITLE_CHANGE_WORDS && o.words <= MAX_TITLE_CHANGE_WORDS)
    return PLX_DIFF_CLASS_TITLE;

  if (span->a0 == span->a1)
    return PLX_DIFF_CLASS_ADDITION;
  if (span->b0 == span->b1)
    return PLX_DIFF_CLASS_OMISSION;
  return PLX_DIFF_CLASS_WORDING;
}

/* Hunks ----------------------------------------------------------------- */

static char *
side_slice (const Side *side,
            guint       from,
            guint       to)
{
  const PlxToken *first, *last;

  if (from >= to)
    return g_strdup ("");

  first = side_token (side, from);
  last = side_token (side, to - 1);
  return g_strndup (side->text + first->start, last->end - first->start);
}

static void
hunk_clear (gpointer data)
{
  PlxDiffHunk *hunk = data;

  g_clear_pointer (&hunk->text, g_free);
  g_clear_pointer (&hunk->old, g_free);
}

static PlxDiffHunk
hunk_from_span (const Span *span,
                const Side *ref,
                const Side *other)
{
  PlxDiffHunk hunk = { 0 };

  hunk.ref_start = span->a0;
  hunk.ref_end = span->a1;
  hunk.start = span->b0;
  hunk.end = span->b1;
  hunk.text = side_slice (other, span->b0, span->b1);

  if (span->equal)
    {
      hunk.op = PLX_DIFF_EQUAL;
      hunk.klass = PLX_DIFF_CLASS_NONE;
      return hunk;
    }

  if (span->a0 == span->a1)
    hunk.op = PLX_DIFF_INSERT;
  else if (span->b0 == span->b1)
    hunk.op = PLX_DIFF_DELETE;
  else
    hunk.op = PLX_DIFF_REPLACE;
  if (hunk.op != PLX_DIFF_INSERT)
    hunk.old = side_slice (ref, span->a0, span->a1);
  hunk.klass = classify (span, ref, other);

  return hunk;
}

/**
 * plx_diff_tokens:
 * @reference: the reference sentence
 * @reference_tokens: (element-type PlxToken): its tokens
 * @other: the sentence compared with it
 * @other_tokens: (element-type PlxToken): its tokens
 *
 * Computes the word-level edit script that turns @reference into
 * @other, comparing tokens by their normalised form, cleaned up to read
 * as whole words and phrases, each change classified. Two spellings of
 * one word ("defence" / "defense", "programme" / "program",
 * "Jaishankar" / "Jayshankar") are the same word: no change.
 *
 * The hunks are in order and cover every token of both sentences; two
 * sentences without tokens give no hunks.
 *
 * Returns: (transfer full) (element-type PlxDiffHunk): the hunks
 */
GArray *
plx_diff_tokens (const char *reference,
                 GArray     *reference_tokens,
                 const char *other,
                 GArray     *other_tokens)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autofree guint *ref_ids = NULL;
  g_autofree guint *other_ids = NULL;
  Side ref, oth;
  GArray *hunks;

  g_return_val_if_fail (reference != NULL, NULL);
  g_return_val_if_fail (reference_tokens != NULL, NULL);
  g_return_val_if_fail (other != NULL, NULL);
  g_return_val_if_fail (other_tokens != NULL, NULL);

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  ref_ids = intern_tokens (reference_tokens, ids);
  other_ids = intern_tokens (other_tokens, ids);
  unify_variants (reference_tokens, ref_ids, other_tokens, other_ids, g_hash_table_size (ids));
  ref = (Side) { reference, reference_tokens, ref_ids, reference_tokens->len };
  oth = (Side) { other, other_tokens, other_ids, other_tokens->len };

  spans = spans_from_diff (&ref, &oth, g_hash_table_size (ids));
  spans_shift (spans, &ref, &oth);
  spans_absorb (spans, &oth);

  hunks = g_array_sized_new (FALSE, TRUE, sizeof (PlxDiffHunk), spans->len);
  g_array_set_clear_func (hunks, hunk_clear);
  for (guint i = 0; i < spans->len; i++)
    {
      PlxDiffHunk hunk = hunk_from_span (&g_array_index (spans, Span, i), &ref, &oth);

      g_array_append_val (hunks, hunk);
    }

  return hunks;
}

/**
 * plx_diff_sentences:
 * @reference: the reference sentence
 * @other: the sentence compared with it
 * @language: (nullable): the language of both, e.g. "en"
 *
 * Tokenises both sentences and compares them with plx_diff_tokens().
 *
 * Returns: (transfer full) (element-type PlxDiffHunk): the hunks
 */
GArray *
plx_diff_sentences (const char *reference,
                    const char *other,
                    const char *language)
{
  g_autoptr(GArray) reference_tokens = NULL;
  g_autoptr(GArray) other_tokens = NULL;

  g_return_val_if_fail (reference != NULL, NULL);
  g_return_val_if_fail (other != NULL, NULL);

  reference_tokens = plx_tokenize (reference, -1, language);
  other_tokens = plx_tokenize (other, -1, language);

  return plx_diff_tokens (reference, reference_tokens, other, other_tokens);
}

const char *
plx_diff_op_to_string (PlxDiffOp op)
{
  switch (op)
    {
    case PLX_DIFF_EQUAL:
      return "equal";
    case PLX_DIFF_INSERT:
      return "insert";
    case PLX_DIFF_DELETE:
      return "delete";
    case PLX_DIFF_REPLACE:
      return "replace";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
plx_diff_class_to_string (PlxDiffClass klass)
{
  switch (klass)
    {
    case PLX_DIFF_CLASS_NONE:
      return "none";
    case PLX_DIFF_CLASS_WORDING:
      return "wording";
    case PLX_DIFF_CLASS_QUOTE:
      return "quote";
    case PLX_DIFF_CLASS_NUMBER:
      return "number";
    case PLX_DIFF_CLASS_DATE:
      return "date";
    case PLX_DIFF_CLASS_TITLE:
      return "title";
    case PLX_DIFF_CLASS_ADDITION:
      return "addition";
    case PLX_DIFF_CLASS_OMISSION:
      return "omission";
    default:
      g_return_val_if_reached (NULL);
    }
}
