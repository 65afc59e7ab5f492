/* plx-figures.c: tariff rates, money and other figures in a sentence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-figures-private.h"
#include "plx-tokens.h"

/* The tokenizer has already merged every amount into one NUMBER token
 * with a canonical form ("50 per cent" -> "50%", "$2 billion" ->
 * "2000000000 usd"), so a figure is a NUMBER token whose form ends in
 * "%" or a currency code; plain numbers (years, days, "5 months") are
 * not figures.
 *
 * Everything else comes from the words around the figure, matched
 * against phrase lists in data/rules/figure-*-en.json (their "about"
 * fields say how each is used):
 *
 *  - kind: the nearest cue word in the figure's clause ("25% penalty
 *    tariff" is a penalty: "penalty" is nearer);
 *  - status: the nearest verb or modal ("threatening", "hit ... with");
 *  - scope: a canonical phrase ("india's purchases of russian energy"
 *    -> "russian oil purchases"), or the words after a preposition;
 *  - applier and target: the parties named before the figure.
 *
 * A clause is the stretch between commas, semicolons, colons, dashes
 * and words such as "but"; cues never reach past another figure, so
 * that in "a 25% tariff and a 25% penalty" each figure keeps its own. */

#define GAP_MAX 8    /* words between the two halves of "hit ... with" */
#define PREP_REACH 2 /* words between a figure and its preposition */

/* The rules (Rules, _plx_figures_get_rules()) are in plx-figure-rules.c. */

/* ---- The sentence ------------------------------------------------- */

typedef struct
{
  const char  *text;
  const Rules *rules;
  gboolean     has_kinds;     /* the language has cue words for kinds */
  GArray      *tokens;
  GPtrArray   *keys;          /* per token: norm without a possessive 's */
  guint       *clause;        /* per token: clause number */
  guint       *figures_before; /* per token: figures before it */
  gboolean    *is_figure;
} Sentence;

/* A phrase found in the sentence. For "hit ... with", start and end
 * are those of "with": distances count from there. */
typedef struct
{
  guint         start;
  guint         end;
  const Phrase *phrase;
} Match;

static void
sentence_clear (Sentence *s)
{
  g_clear_pointer (&s->tokens, g_array_unref);
  g_clear_pointer (&s->keys, g_ptr_array_unref);
  g_clear_pointer (&s->clause, g_free);
  g_clear_pointer (&s->figures_before, g_free);
  g_clear_pointer (&s->is_figure, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sentence, sentence_clear)

static const PlxToken *
token_at (const Sentence *s,
          guint           i)
{
  return &g_array_index (s->tokens, PlxToken, i);
}

static const char *
key_at (const Sentence *s,
        guint           i)
{
  return g_ptr_array_index (s->keys, i);
}

static gboolean
is_quote (const PlxToken *token)
{
  return (token->flags & (PLX_TOKEN_FLAG_OPEN_QUOTE | PLX_TOKEN_FLAG_CLOSE_QUOTE)) != 0
         || (token->kind == PLX_TOKEN_PUNCT
             && (strcmp (token->norm, "\"") == 0 || strcmp (token->norm, "'") == 0));
}

/* "50%" -> 50, "percent"; "2000000000 usd" -> 2e9, "USD". */
static gboolean
parse_figure (const PlxToken *token,
              double         *value,
              char          **unit)
{
  const char *norm = token->norm;
  gsize len = strlen (norm);
  const char *space;
  char *end;

  if (token->kind != PLX_TOKEN_NUMBER || len < 2)
    return FALSE;

  *value = g_ascii_strtod (norm, &end);
  if (end == norm)
    return FALSE;
  if (strcmp (end, "%") == 0)
    {
      *unit = g_strdup ("percent");
      return TRUE;
    }
  space = strchr (norm, ' ');
  if (space == NULL || end != space || strlen (space + 1) != 3)
    return FALSE;
  *unit = g_ascii_strup (space + 1, -1);

  return TRUE;
}

static gboolean
is_clause_break (const Sentence *s,
                 guint           i)
{
  const PlxToken *token = token_at (s, i);
  static const char *const marks[] = { ",", ";", ":", "(", ")", "-", "|", "[", "]" };

  if (token->kind == PLX_TOKEN_WORD)
    return g_hash_table_contains (s->rules->clause_words, token->norm);
  if (token->kind != PLX_TOKEN_PUNCT)
    return FALSE;
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    if (strcmp (token->norm, marks[m]) == 0)
      return TRUE;

  return FALSE;
}

static void
sentence_init (Sentence    *s,
               const char  *text,
               GArray      *tokens,
               const char  *language)
{
  guint n, clause = 0, figures = 0;

  s->text = text;
  s->has_kinds = _plx_figures_language_index (language) >= 0;
  s->rules = _plx_figures_get_rules (MAX (_plx_figures_language_index (language), 0));
  s->tokens = g_array_ref (tokens);
  n = s->tokens->len;
  s->keys = g_ptr_array_new_full (n, g_free);
  s->clause = g_new0 (guint, n + 1);
  s->figures_before = g_new0 (guint, n + 1);
  s->is_figure = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < n; i++)
    {
      const PlxToken *token = token_at (s, i);
      double value;
      g_autofree char *unit = NULL;

      if (g_str_has_suffix (token->norm, "'s"))
        g_ptr_array_add (s->keys, g_strndup (token->norm, strlen (token->norm) - 2));
      else
        g_ptr_array_add (s->keys, g_strdup (token->norm));
      if (is_clause_break (s, i))
        clause++;
      s->clause[i] = clause;
      s->figures_before[i] = figures;
      s->is_figure[i] = parse_figure (token, &value, &unit);
      figures += s->is_figure[i];
    }
  s->figures_before[n] = figures;
}

/* Another figure strictly between tokens @a and @b. */
static gboolean
figure_between (const Sentence *s,
                guint           a,
                guint           b)
{
  if (a > b)
    return figure_between (s, b, a);

  return s->figures_before[b] - s->figures_before[MIN (a + 1, b)] > 0;
}

/* ---- Matching phrases --------------------------------------------- */

static gboolean
word_matches (const Sentence *s,
              guint           i,
              const char     *word,
              gboolean        name)
{
  const PlxToken *token = token_at (s, i);

  if (strcmp (word, "{month}") == 0)
    return (token->flags & PLX_TOKEN_FLAG_MONTH) != 0;
  if (strcmp (key_at (s, i), word) != 0)
    return FALSE;
  /* A name is capitalised: "US" the country, not "us" the pronoun. */
  if (name)
    return (token->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0;

  return TRUE;
}

/* Whether @words start at token @i (quotation marks are skipped);
 * where they end. */
static gboolean
words_match (const Sentence *s,
             guint           i,
             char          **words,
             gboolean        name,
             guint          *end)
{
  guint n = s->tokens->len;

  for (guint w = 0; words[w] != NULL; w++, i++)
    {
      while (w > 0 && i < n && is_quote (token_at (s, i)))
        i++;
      if (i >= n || !word_matches (s, i, words[w], name && w == 0))
        return FALSE;
    }
  *end = i;

  return TRUE;
}

static gboolean
gap_match (const Sentence *s,
           const Phrase   *phrase,
           guint           from,
           Match          *match)
{
  guint n = s->tokens->len;

  for (guint j = from; j < n && j <= from + GAP_MAX; j++)
    {
      guint end;

      if (s->clause[j] != s->clause[from] || s->is_figure[j])
        return FALSE;
      if (words_match (s, j, phrase->after, FALSE, &end))
        {
          match->start = j;
          match->end = end;
          return TRUE;
        }
    }

  return FALSE;
}

static void
try_phrase (const Sentence *s,
            guint           i,
            const Phrase   *phrase,
            GArray         *matches)
{
  Match match = { i, 0, phrase };

  if (!words_match (s, i, phrase->words, phrase->name, &match.end))
    return;
  if (phrase->after != NULL && !gap_match (s, phrase, match.end, &match))
    return;
  g_array_append_val (matches, match);
}

/* Every phrase of @list found in the sentence, by token, then in the
 * list's order. Only the phrases whose first word is the token's key
 * can start there, but for a "{month}" or an empty phrase. */
static GArray *
find_phrases (const Sentence   *s,
              const PhraseList *list)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));

  for (guint i = 0; i < s->tokens->len; i++)
    {
      GArray *candidates;

      if (list->empty || (list->month_first && (token_at (s, i)->flags & PLX_TOKEN_FLAG_MONTH)))
        {
          for (guint p = 0; p < list->phrases->len; p++)
            try_phrase (s, i, phrase_list_get (list, p), matches);
          continue;
        }

      candidates = g_hash_table_lookup (list->by_first, key_at (s, i));
      for (guint c = 0; candidates != NULL && c < candidates->len; c++)
        try_phrase (s, i, phrase_list_get (list, g_array_index (candidates, guint, c)), matches);
    }

  return matches;
}

/* ---- Nearest cues ------------------------------------------------- */

typedef enum
{
  NEAR_CLAUSE = 1 << 0,   /* only in the figure's clause */
  NEAR_BEFORE = 1 << 1,   /* only before the figure */
  NEAR_CROSS  = 1 << 2,   /* may reach past other figures */
} NearFlags;

/* The match nearest to the figure at token @at; at equal distance the
 * one after it ("25% penalty tariff"). */
static const Match *
nearest (const Sentence *s,
         GArray         *matches,
         guint           at,
         NearFlags       flags)
{
  const Match *best = NULL;
  guint best_distance = G_MAXUINT;

  for (guint m = 0; m < matches->len; m++)
    {
      const Match *match = &g_array_index (matches, Match, m);
      gboolean after = match->start > at;
      guint edge = after ? match->start : match->end - 1;
      guint distance = after ? match->start - at : at - edge;

      if (match->start <= at && match->end > at)
        continue;
      if (after && (flags & NEAR_BEFORE))
        continue;
      if ((flags & NEAR_CLAUSE) && s->clause[edge] != s->clause[at])
        continue;
      if (!(flags & NEAR_CROSS) && figure_between (s, edge, at))
        continue;
      /* At equal distance: after the figure, then the longer phrase
       * ("plans to impose" over "impose"). */
      if (distance < best_distance
          || (distance == best_distance && after && best->start < at)
          || (distance == best_distance && after == (best->start > at)
              && match->end - match->start > best->end - best->start))
        {
          best = match;
          best_distance = distance;
        }
    }

  return best;
}

static gboolean
clause_has_word (const Sentence *s,
                 guint           at,
                 GHashTable     *words)
{
  for (guint i = 0; i < s->tokens->len; i++)
    if (s->clause[i] == s->clause[at] && g_hash_table_contains (words, key_at (s, i)))
      return TRUE;

  return FALSE;
}

static PlxFigureKind
find_kind (const Sentence *s,
           GArray         *cues,
           guint           at)
{
  const Match *cue = nearest (s, cues, at, NEAR_CLAUSE);

  if (cue != NULL)
    return cue->phrase->tag;
  /* "bringing the total to 50 per cent" sums what the sentence named
   * first ("sweeping duties ..., including ..."). */
  if (cues->len > 0 && clause_has_word (s, at, s->rules->aggregates))
    return g_array_index (cues, Match, 0).phrase->tag;

  return PLX_FIGURE_OTHER;
}

static PlxFigureStatus
find_status (const Sentence *s,
             GArray         *cues,
             guint           at)
{
  const Match *cue = nearest (s, cues, at, NEAR_CLAUSE);

  if (cue == NULL)
    cue = nearest (s, cues, at, NEAR_BEFORE | NEAR_CROSS);

  return cue != NULL ? cue->phrase->tag : PLX_STATUS_UNKNOWN;
}

/* ---- The words stating a figure ----------------------------------- */

/* The figure token, a modifier before it and the kind nouns right
 * after it: "additional 25 per cent penalty tariff". */
static void
find_span (const Sentence *s,
           GArray         *cues,
           guint           at,
           guint          *first,
           guint          *last)
{
  gboolean extended = TRUE;

  *first = at;
  *last = at;
  if (at > 0 && g_hash_table_contains (s->rules->modifiers, key_at (s, at - 1)))
    *first = at - 1;

  while (extended)
    {
      extended = FALSE;
      for (guint m = 0; m < cues->len; m++)
        {
          const Match *cue = &g_array_index (cues, Match, m);
          guint next = *last + 1;

          while (next < s->tokens->len && is_quote (token_at (s, next)))
            next++;
          if (cue->start == next && cue->phrase->after == NULL)
            {
              *last = cue->end - 1;
              extended = TRUE;
            }
        }
    }
  /* A closing quotation mark belongs to the words it closes. */
  if (*last + 1 < s->tokens->len
      && (token_at (s, *last + 1)->flags & PLX_TOKEN_FLAG_CLOSE_QUOTE)
      && *last > at)
    *last += 1;
}

/* ---- Scope, applier and target ------------------------------------ */

static const Match *
country_at (GArray *countries,
            guint   i)
{
  for (guint m = 0; m < countries->len; m++)
    {
      const Match *match = &g_array_index (countries, Match, m);

      if (match->start == i)
        return match;
    }

  return NULL;
}

static char *
country_scope (const Sentence *s,
               const char     *code)
{
  const char *demonym = g_hash_table_lookup (s->rules->demonyms, code);

  return demonym != NULL ? replace (s->rules->country_scope, "{demonym}", demonym) : NULL;
}

/* "any nation doing business with iran" -> "nations doing business
 * with iran". */
static char *
tidy_scope (const Sentence *s,
            GPtrArray      *words)
{
  g_autofree char *joined = NULL;
  g_autofree char *padded = NULL;
  g_auto(GStrv) split = NULL;
  guint first = 0;

  g_ptr_array_add (words, NULL);
  joined = g_strjoinv (" ", (char **) words->pdata);
  padded = g_strconcat (" ", joined, " ", NULL);
  for (guint r = 0; r + 1 < s->rules->rewrites->len; r += 2)
    {
      g_autofree char *from = g_strconcat (" ", g_ptr_array_index (s->rules->rewrites, r), " ", NULL);
      const char *to_word = g_ptr_array_index (s->rules->rewrites, r + 1);
      g_autofree char *to = g_strconcat (" ", to_word, *to_word ? " " : "", NULL);
      char *next = replace (padded, from, to);

      g_free (padded);
      padded = next;
    }
  split = g_strsplit (g_strstrip (padded), " ", -1);
  while (split[first] != NULL && g_hash_table_contains (s->rules->scope_drops, split[first]))
    first++;

  return split[first] != NULL && *split[first] != '\0' ? g_strjoinv (" ", split + first) : NULL;
}

/* The words after a preposition that follows the figure's text:
 * "a $100,000 fee for H-1B visa applicants". A country there is the
 * target ("tariffs on India"). */
static char *
free_scope (const Sentence *s,
            GArray         *prepositions,
            GArray         *countries,
            guint           last,
            char          **target)
{
  const Match *prep = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  const Match *country;

  for (guint m = 0; m < prepositions->len && prep == NULL; m++)
    {
      const Match *match = &g_array_index (prepositions, Match, m);

      if (match->start > last && match->start <= last + 1 + PREP_REACH
          && s->clause[match->start] == s->clause[last]
          && !figure_between (s, last, match->start))
        prep = match;
    }
  if (prep == NULL)
    return NULL;

  country = country_at (countries, prep->end);
  if (country != NULL
      && (country->end >= s->tokens->len
          || token_at (s, country->end)->kind == PLX_TOKEN_PUNCT
          || g_hash_table_contains (s->rules->scope_stops, key_at (s, country->end))))
    {
      *target = g_strdup (country->phrase->value);
      return country_scope (s, country->phrase->value);
    }

  for (guint i = prep->end; i < s->tokens->len && words->len < s->rules->scope_max_words; i++)
    {
      const PlxToken *token = token_at (s, i);

      /* "announced on Monday", "on January 13": a date, not a scope. */
      if (s->clause[i] != s->clause[prep->end] || token->kind == PLX_TOKEN_NUMBER
          || (token->flags & (PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY))
          || g_hash_table_contains (s->rules->scope_stops, token->norm))
        break;
      if (token->kind != PLX_TOKEN_PUNCT)
        g_ptr_array_add (words, token->norm);
    }

  return words->len > 0 ? tidy_scope (s, words) : NULL;
}

/* "india's continued imports of russian oil": a possessive country
 * just before a scope phrase is the target. */
static char *
possessive_before (const Sentence *s,
                   GArray         *countries,
                   const Match    *scope)
{
  for (guint back = 1; back <= 2 && back <= scope->start; back++)
    {
      guint i = scope->start - back;
      const Match *country = country_at (countries, i);

      if (country != NULL && g_str_has_suffix (token_at (s, i)->norm, "'s"))
        return g_strdup (country->phrase->value);
    }

  return NULL;
}

typedef struct
{
  GArray *kinds;
  GArray *statuses;
  GArray *scopes;
  GArray *prepositions;
  GArray *appliers;
  GArray *countries;
} Cues;

static void
cues_clear (Cues *cues)
{
  g_clear_pointer (&cues->kinds, g_array_unref);
  g_clear_pointer (&cues->statuses, g_array_unref);
  g_clear_pointer (&cues->scopes, g_array_unref);
  g_clear_pointer (&cues->prepositions, g_array_unref);
  g_clear_pointer (&cues->appliers, g_array_unref);
  g_clear_pointer (&cues->countries, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Cues, cues_clear)

static void
cues_init (Cues           *cues,
           const Sentence *s)
{
  const Rules *rules = s->rules;

  cues->kinds = find_phrases (s, rules->kinds);
  cues->statuses = find_phrases (s, rules->statuses);
  cues->scopes = find_phrases (s, rules->scopes);
  cues->prepositions = find_phrases (s, rules->prepositions);
  cues->appliers = find_phrases (s, rules->appliers);
  cues->countries = find_phrases (s, rules->countries);
}

static gboolean
clause_has_figure (const Sentence *s,
                   guint           at)
{
  for (guint i = 0; i < s->tokens->len; i++)
    if (s->is_figure[i] && s->clause[i] == s->clause[at])
      return TRUE;

  return FALSE;
}

/* A "{demonym} goods" scope anywhere in the sentence: "imposed sweeping
 * duties on Indian goods, including ..., bringing the total to 50%". */
static const Match *
goods_scope (const Cues *cues)
{
  for (guint m = 0; m < cues->scopes->len; m++)
    {
      const Match *match = &g_array_index (cues->scopes, Match, m);

      if (match->phrase->party != NULL)
        return match;
    }

  return NULL;
}

static void
take_scope (PlxFigure      *figure,
            const Sentence *s,
            const Cues     *cues,
            const Match    *scope)
{
  figure->scope = g_strdup (scope->phrase->value);
  if (figure->target == NULL && scope->phrase->party != NULL)
    figure->target = g_strdup (scope->phrase->party);
  if (figure->target == NULL)
    figure->target = possessive_before (s, cues->countries, scope);
}

static void
find_scope (PlxFigure      *figure,
            const Sentence *s,
            const Cues     *cues,
            guint           at,
            guint           last)
{
  const Match *scope = nearest (s, cues->scopes, at, NEAR_CLAUSE);

  if (scope != NULL)
    {
      take_scope (figure, s, cues, scope);
      return;
    }
  figure->scope = free_scope (s, cues->prepositions, cues->countries, last, &figure->target);
  if (figure->scope != NULL)
    return;
  scope = nearest (s, cues->scopes, at, 0);
  if (scope != NULL && clause_has_figure (s, scope->start))
    scope = NULL;
  if (scope == NULL && figure->kind == PLX_FIGURE_TARIFF)
    scope = goods_scope (cues);
  if (scope != NULL)
    take_scope (figure, s, cues, scope);
}

static void
find_parties (PlxFigure      *figure,
              const Sentence *s,
              const Cues     *cues,
              const char     *previous_target,
              guint           at)
{
  const Match *applier = nearest (s, cues->appliers, at, NEAR_BEFORE | NEAR_CROSS);
  const Match *country = NULL;

  if (applier != NULL)
    figure->applier = g_strdup (applier->phrase->value);
  if (figure->target == NULL)
    figure->target = g_strdup (previous_target);

  /* The nearest country named before the figure, not the applier:
   * "How US could force India to pay 500% tariff". */
  for (guint m = 0; figure->target == NULL && m < cues->countries->len; m++)
    {
      const Match *match = &g_array_index (cues->countries, Match, m);

      if (match->end <= at
          && g_strcmp0 (match->phrase->value, figure->applier) != 0)
        country = match;
    }
  if (figure->target == NULL && country != NULL)
    figure->target = g_strdup (country->phrase->value);

  if (figure->scope == NULL && figure->kind == PLX_FIGURE_TARIFF && figure->target != NULL)
    figure->scope = country_scope (s, figure->target);
}

/* ---- Extraction --------------------------------------------------- */

static void
figure_clear (gpointer data)
{
  PlxFigure *figure = data;

  g_clear_pointer (&figure->unit, g_free);
  g_clear_pointer (&figure->scope, g_free);
  g_clear_pointer (&figure->applier, g_free);
  g_clear_pointer (&figure->target, g_free);
  g_clear_pointer (&figure->text, g_free);
}

/* Tariffs, penalties and fees are measures someone takes: they have a
 * status, a scope and parties. A trade volume or a growth rate has
 * none of these ("trade is currently under $2 billion" is not an
 * imposed figure). */
static gboolean
is_measure (PlxFigureKind kind)
{
  return kind == PLX_FIGURE_TARIFF || kind == PLX_FIGURE_PENALTY || kind == PLX_FIGURE_FEE;
}

static void
describe_figure (PlxFigure      *figure,
                 const Sentence *s,
                 const Cues     *cues,
                 const char     *previous_target,
                 guint           at)
{
  guint first, last;

  figure->kind = s->has_kinds ? find_kind (s, cues->kinds, at) : PLX_FIGURE_OTHER;
  find_span (s, cues->kinds, at, &first, &last);
  figure->start = token_at (s, first)->start;
  figure->end = token_at (s, last)->end;
  figure->text = g_strndup (s->text + figure->start, figure->end - figure->start);
  if (!is_measure (figure->kind))
    return;

  figure->status = find_status (s, cues->statuses, at);
  find_scope (figure, s, cues, at, last);
  find_parties (figure, s, cues, previous_target, at);
}

/**
 * plx_extract_figures:
 * @sentence: one sentence, UTF-8
 * @language: (nullable): its language code ("en", "de"); %NULL means
 *   English. English, German, French, Spanish and Hindi have cue words
 *   for a figure's kind (data/rules/figure-kinds-LL.json); other
 *   languages get their figures of kind "other"
 *
 * Every percentage and amount of money the sentence states, in order,
 * with what it is, where it stands and what it applies to.
 *
 * Returns: (transfer full) (element-type PlxFigure): the figures
 */
GArray *
plx_extract_figures (const char *sentence,
                     const char *language)
{
  g_autoptr(GArray) tokens = NULL;

  g_return_val_if_fail (sentence != NULL, NULL);

  tokens = plx_tokenize (sentence, -1, language);

  return plx_extract_figures_from_tokens (sentence, tokens, language);
}

/**
 * plx_extract_figures_from_tokens:
 * @sentence: one sentence, UTF-8
 * @tokens: (element-type PlxToken): its tokens, as plx_tokenize() gives
 *   them for @language
 * @language: (nullable): as for plx_extract_figures()
 *
 * plx_extract_figures() for a sentence already tokenised (a
 * #PlxSentence keeps its tokens: plx_sentence_get_tokens()).
 *
 * Returns: (transfer full) (element-type PlxFigure): the figures
 */
GArray *
plx_extract_figures_from_tokens (const char *sentence,
                                 GArray     *tokens,
                                 const char *language)
{
  g_auto(Sentence) s = { 0 };
  g_auto(Cues) cues = { 0 };
  GArray *figures = NULL;
  const char *previous_target = NULL;

  g_return_val_if_fail (sentence != NULL, NULL);
  g_return_val_if_fail (tokens != NULL, NULL);

  figures = g_array_new (FALSE, TRUE, sizeof (PlxFigure));
  g_array_set_clear_func (figures, figure_clear);
  sentence_init (&s, sentence, tokens, language);
  if (s.figures_before[s.tokens->len] == 0)
    return figures;
  cues_init (&cues, &s);

  for (guint i = 0; i < s.tokens->len; i++)
    {
      PlxFigure figure = { 0 };

      if (!s.is_figure[i])
        continue;
      parse_figure (token_at (&s, i), &figure.value, &figure.unit);
      describe_figure (&figure, &s, &cues, previous_target, i);
      g_array_append_val (figures, figure);
      if (figure.target != NULL)
        previous_target = g_array_index (figures, PlxFigure, figures->len - 1).target;
    }

  return figures;
}
