/* plx-corpus.c: a set of articles on one story, as a GListModel
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-article.h"
#include "plx-corpus.h"

/* The corpus is a GListModel of PlxArticle so that views can bind to it
 * directly. Warnings are what the loader had to say about files it
 * skipped or read with trouble: one line each, naming the file. */
struct _PlxCorpus
{
  GObject    parent_instance;

  char      *name;
  char      *path;
  GPtrArray *articles;
  GPtrArray *warnings;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlxCorpus, plx_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_NAME,
  PROP_PATH,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
plx_corpus_get_item_type (GListModel *model)
{
  return PLX_TYPE_ARTICLE;
}

static guint
plx_corpus_get_n_items (GListModel *model)
{
  return PLX_CORPUS (model)->articles->len;
}

static gpointer
plx_corpus_get_item (GListModel *model,
                     guint       position)
{
  PlxCorpus *self = PLX_CORPUS (model);

  if (position >= self->articles->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->articles, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = plx_corpus_get_item_type;
  iface->get_n_items = plx_corpus_get_n_items;
  iface->get_item = plx_corpus_get_item;
}

static void
plx_corpus_finalize (GObject *object)
{
  PlxCorpus *self = (PlxCorpus *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (plx_corpus_parent_class)->finalize (object);
}

static void
plx_corpus_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlxCorpus *self = PLX_CORPUS (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->articles->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_corpus_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PlxCorpus *self = PLX_CORPUS (object);

  switch (prop_id)
    {
    case PROP_NAME:
      plx_corpus_set_name (self, g_value_get_string (value));
      break;

    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_corpus_class_init (PlxCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_corpus_finalize;
  object_class->get_property = plx_corpus_get_property;
  object_class->set_property = plx_corpus_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_corpus_init (PlxCorpus *self)
{
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

/**
 * plx_corpus_new:
 * @name: a name for the corpus, shown to the user
 * @path: (nullable): the folder or file it was read from
 *
 * Returns: (transfer full): a new, empty corpus
 */
PlxCorpus *
plx_corpus_new (const char *name,
                const char *path)
{
  return g_object_new (PLX_TYPE_CORPUS,
                       "name", name,
                       "path", path,
                       NULL);
}

const char *
plx_corpus_get_name (PlxCorpus *self)
{
  g_return_val_if_fail (PLX_IS_CORPUS (self), NULL);

  return self->name;
}

void
plx_corpus_set_name (PlxCorpus  *self,
                     const char *name)
{
  g_return_if_fail (PLX_IS_CORPUS (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * plx_corpus_get_path:
 * @self: a #PlxCorpus
 *
 * Returns: (nullable): the folder, corpus.json or export it was read from
 */
const char *
plx_corpus_get_path (PlxCorpus *self)
{
  g_return_val_if_fail (PLX_IS_CORPUS (self), NULL);

  return self->path;
}

void
plx_corpus_append (PlxCorpus  *self,
                   PlxArticle *article)
{
  g_return_if_fail (PLX_IS_CORPUS (self));
  g_return_if_fail (PLX_IS_ARTICLE (article));

  g_ptr_array_add (self->articles, g_object_ref (article));
  g_list_model_items_changed (G_LIST_MODEL (self), self->articles->len - 1, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * plx_corpus_get_article:
 * @self: a #PlxCorpus
 * @position: the article's position
 *
 * Returns: (transfer none) (nullable): the article at @position
 */
PlxArticle *
plx_corpus_get_article (PlxCorpus *self,
                        guint      position)
{
  g_return_val_if_fail (PLX_IS_CORPUS (self), NULL);

  if (position >= self->articles->len)
    return NULL;

  return g_ptr_array_index (self->articles, position);
}

/**
 * plx_corpus_find_article:
 * @self: a #PlxCorpus
 * @id: an article id
 *
 * Returns: (transfer none) (nullable): the article with @id
 */
PlxArticle *
plx_corpus_find_article (PlxCorpus  *self,
                         const char *id)
{
  g_return_val_if_fail (PLX_IS_CORPUS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->articles->len; i++)
    {
      PlxArticle *article = g_ptr_array_index (self->articles, i);

      if (g_str_equal (plx_article_get_id (article), id))
        return article;
    }

  return NULL;
}

/**
 * plx_corpus_add_warning:
 * @self: a #PlxCorpus
 * @message: what went wrong, naming the file
 *
 * Records a problem met while loading that did not stop the corpus from
 * loading: a skipped file, a re-encoded file, an ignored field.
 */
void
plx_corpus_add_warning (PlxCorpus  *self,
                        const char *message)
{
  g_return_if_fail (PLX_IS_CORPUS (self));
  g_return_if_fail (message != NULL);

  g_ptr_array_add (self->warnings, g_strdup (message));
}

/**
 * plx_corpus_get_warnings:
 * @self: a #PlxCorpus
 *
 * Returns: (transfer none) (array zero-terminated=1): the warnings, in
 *   the order they were met
 */
const char * const *
plx_corpus_get_warnings (PlxCorpus *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PLX_IS_CORPUS (self), NULL);

  /* An empty null-terminated GPtrArray may have no storage yet. */
  if (self->warnings->pdata == NULL)
    return none;

  return (const char * const *)self->warnings->pdata;
}

guint
plx_corpus_get_n_warnings (PlxCorpus *self)
{
  g_return_val_if_fail (PLX_IS_CORPUS (self), 0);

  return self->warnings->len;
}
