/* plx-date-offset.c: dates counted from another event ("a day after")
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "plx-data.h"
#include "plx-date-offset.h"
#include "plx-tokens.h"

/* A count, a unit and a word that places an event after or before
 * another: "a day after", "two weeks before", "einen Tag nach", "un día
 * después". The words are data: data/rules/date-offsets.json. */

typedef struct
{
  GHashTable *counts;   /* word -> count */
  GHashTable *units;    /* word -> days */
  GHashTable *after;
  GHashTable *before;
} OffsetWords;

static GHashTable *
numbers_from_json (JsonObject *object,
                   const char *member)
{
  GHashTable *numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *table = json_object_get_object_member (object, member);
  g_autoptr(GList) names = table != NULL ? json_object_get_members (table) : NULL;

  if (table == NULL)
    g_error ("Parallax data file date-offsets.json is broken: no %s", member);
  for (GList *l = names; l != NULL; l = l->next)
    g_hash_table_insert (numbers, g_strdup (l->data),
                         GINT_TO_POINTER ((int) json_object_get_int_member (table, l->data)));

  return numbers;
}

static gpointer
read_words (JsonObject *object)
{
  OffsetWords *words = g_new0 (OffsetWords, 1);

  words->counts = numbers_from_json (object, "counts");
  words->units = numbers_from_json (object, "units");
  words->after = plx_word_set_from_json (object, "after");
  words->before = plx_word_set_from_json (object, "before");

  return words;
}

static gpointer
load_words (gpointer unused)
{
  return plx_data_load_languages ("date-offsets.json", read_words);
}

static const OffsetWords *
words_for (const char *language)
{
  static GOnce once = G_ONCE_INIT;

  return plx_data_for_language (g_once (&once, load_words, NULL), language);
}

static int
count_of (const OffsetWords *words,
          const PlxToken    *token)
{
  gpointer value;

  if (token->kind == PLX_TOKEN_NUMBER)
    {
      char *end = NULL;
      long n = strtol (token->norm, &end, 10);

      return end != NULL && *end == '\0' && n > 0 && n <= 31 ? (int) n : 0;
    }
  if (g_hash_table_lookup_extended (words->counts, token->norm, NULL, &value))
    return GPOINTER_TO_INT (value);

  return 0;
}

/**
 * plx_find_date_offset:
 * @tokens: (element-type PlxToken): a sentence's tokens
 * @language: (nullable): its language (English when %NULL)
 * @offset: (out): what was found
 *
 * Finds the first "a day after", "two weeks before" … of the sentence
 * that an event follows.
 *
 * Returns: whether there is one
 */
gboolean
plx_find_date_offset (GArray        *tokens,
                      const char    *language,
                      PlxDateOffset *offset)
{
  const OffsetWords *words = words_for (language);

  if (words == NULL)
    return FALSE;

  for (guint i = 2; i + 1 < tokens->len; i++)
    {
      const PlxToken *count = &g_array_index (tokens, PlxToken, i - 2);
      const PlxToken *unit = &g_array_index (tokens, PlxToken, i - 1);
      const PlxToken *place = &g_array_index (tokens, PlxToken, i);
      gboolean after = g_hash_table_contains (words->after, place->norm);
      gpointer days;
      int n;

      if ((!after && !g_hash_table_contains (words->before, place->norm)) ||
          !g_hash_table_lookup_extended (words->units, unit->norm, NULL, &days) ||
          (n = count_of (words, count)) == 0)
        continue;
      /* The event counted from follows: a word, not the sentence's end. */
      if (g_array_index (tokens, PlxToken, i + 1).kind != PLX_TOKEN_WORD)
        continue;

      offset->days = (after ? 1 : -1) * n * GPOINTER_TO_INT (days);
      offset->start = count->start;
      offset->end = place->end;
      offset->event_token = i + 1;
      return TRUE;
    }

  return FALSE;
}
