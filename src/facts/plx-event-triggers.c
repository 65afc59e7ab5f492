/* plx-event-triggers.c: the kind of event a date dates ("a possible meeting next month")
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-data.h"
#include "plx-event-triggers.h"
#include "plx-tokens.h"

/* Words that name a kind of event ("meeting", "summit", "talks"), per
 * language: data/rules/event-triggers.json. A date dates the event named
 * next to it: "a possible meeting next month", "a potential summit in
 * February", "talks on Tuesday". Two outlets that date one event in
 * different words share its kind, though the words around the dates may
 * share nothing else. */

#define TRIGGER_WORDS 3

/* The kinds' names, one string per name for every language: kept for
 * the program's life, filled while the languages load (inside one
 * g_once()). */
static GHashTable *kind_names;

static const char *
kind_name (const char *name)
{
  if (kind_names == NULL)
    kind_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return plx_string_set_intern (kind_names, name);
}

/* Each language's table: word form -> its kind, one string per name, so
 * that a kind of one name is one kind in every language. */
static gpointer
read_kinds (JsonObject *object)
{
  GHashTable *kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GList) names = json_object_get_members (object);

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *kind = kind_name (l->data);
      g_autoptr(GHashTable) forms = plx_word_set_from_json (object, l->data);
      GHashTableIter iter;
      gpointer form;

      g_hash_table_iter_init (&iter, forms);
      while (g_hash_table_iter_next (&iter, &form, NULL))
        g_hash_table_insert (kinds, g_strdup (form), (gpointer) kind);
    }

  return kinds;
}

static gpointer
load_kinds (gpointer unused)
{
  return plx_data_load_languages ("event-triggers.json", read_kinds);
}

static GHashTable *
kinds_for (const char *language)
{
  static GOnce once = G_ONCE_INIT;

  return (GHashTable *) plx_data_for_language (g_once (&once, load_kinds, NULL), language);
}

/* The kind of token @t, when it is a word that names one. */
static const char *
kind_of (GHashTable *kinds,
         GArray     *tokens,
         guint       t)
{
  const PlxToken *token = &g_array_index (tokens, PlxToken, t);

  if (token->kind != PLX_TOKEN_WORD || token->norm == NULL)
    return NULL;

  return g_hash_table_lookup (kinds, token->norm);
}

/**
 * plx_event_trigger_near:
 * @tokens: (element-type PlxToken): a sentence's tokens
 * @first: the date's first token
 * @last: the date's last token
 * @language: (nullable): the sentence's language; English when %NULL
 *
 * Finds the kind of event a date dates: a word that names one (data/
 * rules/event-triggers.json) at most three words before or after the
 * date, the nearest first, and before the date when two are as near
 * (punctuation between is not a word: "the meeting, on Tuesday").
 *
 * Returns: (nullable): the kind's name ("meeting"), one string per name,
 *   or %NULL when no such word stands near the date
 */
const char *
plx_event_trigger_near (GArray     *tokens,
                        guint       first,
                        guint       last,
                        const char *language)
{
  GHashTable *kinds = kinds_for (language);
  gint before = (gint) first - 1;
  guint after = last + 1;

  g_return_val_if_fail (first <= last && last < tokens->len, NULL);

  if (kinds == NULL)
    return NULL;

  for (guint distance = 0; distance < TRIGGER_WORDS; distance++)
    {
      const char *kind;

      /* The next word on each side, over punctuation. */
      while (before >= 0 && g_array_index (tokens, PlxToken, before).kind == PLX_TOKEN_PUNCT)
        before--;
      while (after < tokens->len && g_array_index (tokens, PlxToken, after).kind == PLX_TOKEN_PUNCT)
        after++;
      if (before >= 0 && (kind = kind_of (kinds, tokens, before)) != NULL)
        return kind;
      if (after < tokens->len && (kind = kind_of (kinds, tokens, after)) != NULL)
        return kind;
      before--;
      after++;
    }

  return NULL;
}

/**
 * plx_event_trigger_at:
 * @tokens: (element-type PlxToken): a sentence's tokens
 * @t: one of them
 * @language: (nullable): the sentence's language; English when %NULL
 *
 * Returns: (nullable): the kind of event token @t names ("speech" for
 *   "speech"), or %NULL when it names none
 */
const char *
plx_event_trigger_at (GArray     *tokens,
                      guint       t,
                      const char *language)
{
  GHashTable *kinds = kinds_for (language);

  g_return_val_if_fail (t < tokens->len, NULL);

  return kinds != NULL ? kind_of (kinds, tokens, t) : NULL;
}

/**
 * plx_event_trigger_named:
 * @text: a label, a few words
 * @language: (nullable): its language; English when %NULL
 *
 * Returns: whether @text holds a word that names a kind of event ("held
 *   a telephonic conversation" does, "Jaishankar and Rubio" does not)
 */
gboolean
plx_event_trigger_named (const char *text,
                         const char *language)
{
  GHashTable *kinds = kinds_for (language);
  g_autoptr(GArray) tokens = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  if (kinds == NULL)
    return FALSE;
  tokens = plx_tokenize (text, -1, language);
  for (guint t = 0; t < tokens->len; t++)
    if (kind_of (kinds, tokens, t) != NULL)
      return TRUE;

  return FALSE;
}
