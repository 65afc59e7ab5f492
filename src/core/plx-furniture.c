/* plx-furniture.c: data-driven rules that find page furniture
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-error.h"
#include "plx-furniture.h"
#include "plx-segmenter.h"

/* The rules live in data/rules/furniture.json; src/README.md ("Page
 * furniture") documents them.
 * Each rule has a kind:
 *
 *   line      the whole line is furniture when the pattern matches it
 *   prefix    only the matched start of the line is furniture; the rest
 *             of the line (text glued to an ad marker) is read as usual
 *   block     the line, and the lines after it while they keep a shape
 *             ("headline": no sentence-final punctuation; "numbered-list":
 *             a bare number or the line after one), up to max-lines
 *   tail      the line and everything after it: comment sections and
 *             site footers. A tail marker in the first half of an article
 *             is taken as a line rule, so that a stray "Tags:" near the
 *             top cannot swallow the story.
 *   sentence  a sentence (after splitting) that matches is furniture
 *
 * Lines are matched with their surrounding white space removed. */

typedef enum
{
  RULE_LINE,
  RULE_PREFIX,
  RULE_BLOCK,
  RULE_TAIL,
  RULE_SENTENCE,
} RuleKind;

typedef enum
{
  CONTINUE_NONE,
  CONTINUE_HEADLINE,
  CONTINUE_NUMBERED_LIST,
} RuleContinuation;

typedef struct
{
  char             *id;
  GRegex           *regex;
  RuleKind          kind;
  RuleContinuation  continuation;
  guint             max_lines;
} Rule;

struct _PlxFurnitureRules
{
  GArray *rules;
};

static void
rule_clear (gpointer data)
{
  Rule *rule = data;

  g_clear_pointer (&rule->id, g_free);
  g_clear_pointer (&rule->regex, g_regex_unref);
}

void
plx_furniture_rules_free (PlxFurnitureRules *rules)
{
  if (rules == NULL)
    return;

  g_clear_pointer (&rules->rules, g_array_unref);
  g_free (rules);
}

static gboolean
parse_kind (const char *name,
            RuleKind   *kind)
{
  static const char * const names[] = { "line", "prefix", "block", "tail", "sentence" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (name, names[i]) == 0)
        {
          *kind = (RuleKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
parse_rule (JsonObject  *object,
            guint        position,
            Rule        *rule,
            GError     **error)
{
  const char *id = json_object_get_string_member_with_default (object, "id", NULL);
  const char *kind = json_object_get_string_member_with_default (object, "kind", NULL);
  const char *pattern = json_object_get_string_member_with_default (object, "pattern", NULL);
  const char *continuation = json_object_get_string_member_with_default (object, "continue", NULL);
  g_autoptr(GError) regex_error = NULL;

  if (id == NULL || pattern == NULL || !parse_kind (kind, &rule->kind))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MANIFEST,
                   "furniture rule %u: needs an 'id', a 'pattern' and a 'kind' "
                   "(line, prefix, block, tail or sentence)", position);
      return FALSE;
    }

  rule->id = g_strdup (id);
  rule->max_lines = (guint) json_object_get_int_member_with_default (object, "max-lines", 8);
  rule->continuation = CONTINUE_NONE;
  if (g_strcmp0 (continuation, "headline") == 0)
    rule->continuation = CONTINUE_HEADLINE;
  else if (g_strcmp0 (continuation, "numbered-list") == 0)
    rule->continuation = CONTINUE_NUMBERED_LIST;
  else if (continuation != NULL || rule->kind == RULE_BLOCK)
    {
      if (rule->kind != RULE_BLOCK || continuation != NULL)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_MANIFEST,
                       "furniture rule '%s': 'continue' must be 'headline' or 'numbered-list'", id);
          return FALSE;
        }
      rule->continuation = CONTINUE_HEADLINE;
    }

  rule->regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &regex_error);
  if (rule->regex == NULL)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MANIFEST,
                   "furniture rule '%s': bad pattern: %s", id, regex_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * plx_furniture_rules_new_from_data:
 * @json: the rules, in the format of data/rules/furniture.json
 * @length: the length of @json, or -1 if it is nul-terminated
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): the rules
 */
PlxFurnitureRules *
plx_furniture_rules_new_from_data (const char  *json,
                                   gsize        length,
                                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(PlxFurnitureRules) rules = g_new0 (PlxFurnitureRules, 1);
  JsonObject *root;
  JsonArray *array;

  if (!json_parser_load_from_data (parser, json, length, error))
    return NULL;

  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
    ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  array = root != NULL && json_object_has_member (root, "rules")
    ? json_object_get_array_member (root, "rules") : NULL;
  if (array == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_MANIFEST,
                           "furniture rules: expected an object with a 'rules' array");
      return NULL;
    }

  rules->rules = g_array_new (FALSE, TRUE, sizeof (Rule));
  g_array_set_clear_func (rules->rules, rule_clear);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      Rule rule = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_MANIFEST,
                       "furniture rule %u: expected an object", i);
          return NULL;
        }

      if (!parse_rule (json_node_get_object (node), i, &rule, error))
        {
          rule_clear (&rule);
          return NULL;
        }

      g_array_append_val (rules->rules, rule);
    }

  return g_steal_pointer (&rules);
}

/**
 * plx_furniture_rules_get_default:
 *
 * Returns: (transfer none): the rules of data/rules/furniture.json,
 *   loaded once and shared by all threads (matching is thread-safe)
 */
PlxFurnitureRules *
plx_furniture_rules_get_default (void)
{
  static PlxFurnitureRules *rules;

  if (g_once_init_enter (&rules))
    {
      g_autoptr(GBytes) bytes = plx_data_lookup ("furniture.json");
      g_autoptr(GError) error = NULL;
      PlxFurnitureRules *loaded;

      loaded = plx_furniture_rules_new_from_data (g_bytes_get_data (bytes, NULL),
                                                  g_bytes_get_size (bytes),
                                                  &error);
      if (loaded == NULL)
        g_error ("The built-in furniture rules are broken: %s", error->message);

      g_once_init_leave (&rules, loaded);
    }

  return rules;
}

guint
plx_furniture_rules_get_n_rules (PlxFurnitureRules *rules)
{
  g_return_val_if_fail (rules != NULL, 0);

  return rules->rules->len;
}

/**
 * plx_text_is_headline_like:
 * @text: a UTF-8 text
 * @length: its length in bytes
 *
 * A headline, a heading or a link title: short, one line, and without
 * sentence-final punctuation (closing quotes and brackets aside).
 *
 * Returns: %TRUE if @text has the shape of a headline
 */
gboolean
plx_text_is_headline_like (const char *text,
                           gsize       length)
{
  const char *end = text + length;

  while (end > text)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isspace (c) && c != '"' && c != '\'' && c != ')' &&
          c != 0x201D && c != 0x201C && c != 0x2019 && c != 0x00BB)
        break;
      end = prev;
    }

  if (end == text || length > 200)
    return FALSE;

  switch (g_utf8_get_char (g_utf8_prev_char (end)))
    {
    case '.': case '!': case '?': case ':': case ';': case ',':
    case 0x2026: case 0x0964: case 0x061F: case 0x3002:
      return FALSE;
    default:
      break;
    }

  return plx_count_words (text, end - text) <= 25;
}

static gboolean
is_bare_number (const char *text,
                gsize       length)
{
  if (length == 0 || length > 3)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

static gboolean
rule_matches (const Rule  *rule,
              const char  *line,
              gsize        length,
              gsize       *match_end)
{
  g_autoptr(GMatchInfo) match = NULL;
  int end = 0;

  if (!g_regex_match_full (rule->regex, line, length, 0, 0, &match, NULL))
    return FALSE;

  if (match_end != NULL)
    {
      g_match_info_fetch_pos (match, 0, NULL, &end);
      *match_end = (gsize) end;
    }

  return TRUE;
}

/* How far a block started by @rule at line @first reaches: the index
 * just past its last line. */
static guint
block_end (const Rule    *rule,
           const char    *text,
           const PlxSpan *trimmed,
           guint          first,
           guint          n_lines)
{
  gboolean after_number = FALSE;
  guint taken = 0;
  guint i;

  for (i = first + 1; i < n_lines && taken < rule->max_lines; i++)
    {
      const char *line = text + trimmed[i].start;
      gsize length = trimmed[i].end - trimmed[i].start;

      if (length == 0)
        continue;

      if (rule->continuation == CONTINUE_NUMBERED_LIST)
        {
          gboolean number = is_bare_number (line, length);

          if (!number && !after_number)
            break;
          after_number = number;
        }
      else if (!plx_text_is_headline_like (line, length))
        break;

      taken++;
    }

  /* Leave the blank lines after the block alone. */
  while (i > first + 1 && trimmed[i - 1].end == trimmed[i - 1].start)
    i--;

  return i;
}

/**
 * plx_furniture_mark_lines:
 * @rules: the rules
 * @text: the article's text
 * @length: its length in bytes
 * @lines: (element-type PlxSpan): the lines of @text (plx_split_lines())
 * @boilerplate_end: (array): for each line, filled with the offset in
 *   @text up to which the line is furniture: its start when none of it
 *   is, its end when all of it is
 *
 * Applies the line, prefix, block and tail rules. Sentence rules are
 * applied later, to sentences, with plx_furniture_is_boilerplate_sentence().
 */
void
plx_furniture_mark_lines (PlxFurnitureRules *rules,
                          const char        *text,
                          gsize              length,
                          GArray            *lines,
                          gsize             *boilerplate_end)
{
  g_autofree PlxSpan *trimmed = NULL;

  g_return_if_fail (rules != NULL);
  g_return_if_fail (lines != NULL);

  trimmed = g_new (PlxSpan, MAX (lines->len, 1));
  for (guint i = 0; i < lines->len; i++)
    {
      trimmed[i] = g_array_index (lines, PlxSpan, i);
      plx_span_trim (text, &trimmed[i]);
      boilerplate_end[i] = g_array_index (lines, PlxSpan, i).start;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = text + trimmed[i].start;
      gsize line_length = trimmed[i].end - trimmed[i].start;
      gboolean in_second_half = trimmed[i].start * 2 >= length;

      if (line_length == 0)
        continue;

      for (guint r = 0; r < rules->rules->len; r++)
        {
          const Rule *rule = &g_array_index (rules->rules, Rule, r);
          gsize match_end = 0;
          guint last = i + 1;

          if (rule->kind == RULE_SENTENCE || !rule_matches (rule, line, line_length, &match_end))
            continue;

          if (rule->kind == RULE_PREFIX)
            {
              boilerplate_end[i] = trimmed[i].start + match_end;
              break;
            }

          if (rule->kind == RULE_BLOCK)
            last = block_end (rule, text, trimmed, i, lines->len);
          else if (rule->kind == RULE_TAIL && in_second_half)
            last = lines->len;

          for (guint j = i; j < last; j++)
            boilerplate_end[j] = g_array_index (lines, PlxSpan, j).end;
          i = last - 1;
          break;
        }
    }
}

/**
 * plx_furniture_is_boilerplate_sentence:
 * @rules: the rules
 * @sentence: one sentence, trimmed
 *
 * Returns: %TRUE if a sentence rule (a photo or agency credit...) matches
 */
gboolean
plx_furniture_is_boilerplate_sentence (PlxFurnitureRules *rules,
                                       const char        *sentence)
{
  g_return_val_if_fail (rules != NULL, FALSE);
  g_return_val_if_fail (sentence != NULL, FALSE);

  for (guint r = 0; r < rules->rules->len; r++)
    {
      const Rule *rule = &g_array_index (rules->rules, Rule, r);

      if (rule->kind == RULE_SENTENCE && rule_matches (rule, sentence, strlen (sentence), NULL))
        return TRUE;
    }

  return FALSE;
}
