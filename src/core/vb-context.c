/* vb-context.c — what the views of one project window share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-context"

#include "config.h"

#include "vb-context.h"

struct _VbContext
{
  GObject    parent_instance;

  VbProject *project;
  VbGuide   *guide;
};

G_DEFINE_FINAL_TYPE (VbContext, vb_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_GUIDE,
  PROP_AUTHOR,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vb_context_dispose (GObject *object)
{
  VbContext *self = VB_CONTEXT (object);

  g_clear_object (&self->guide);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (vb_context_parent_class)->dispose (object);
}

static void
vb_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VbContext *self = VB_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_GUIDE:
      g_value_set_object (value, self->guide);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, vb_context_get_author (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, vb_context_get_read_only (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VbContext *self = VB_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      vb_context_set_author (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vb_context_class_init (VbContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vb_context_dispose;
  object_class->get_property = vb_context_get_property;
  object_class->set_property = vb_context_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, VB_TYPE_PROJECT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GUIDE] =
    g_param_spec_object ("guide", NULL, NULL, VB_TYPE_GUIDE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vb_context_init (VbContext *self)
{
}

/* A context for @project, with a guide that follows it */
VbContext *
vb_context_new (VbProject *project)
{
  VbContext *self;

  g_return_val_if_fail (VB_IS_PROJECT (project), NULL);

  self = g_object_new (VB_TYPE_CONTEXT, NULL);
  self->project = g_object_ref (project);
  self->guide = vb_guide_new (project);
  return self;
}

VbProject *
vb_context_get_project (VbContext *self)
{
  g_return_val_if_fail (VB_IS_CONTEXT (self), NULL);
  return self->project;
}

VbGuide *
vb_context_get_guide (VbContext *self)
{
  g_return_val_if_fail (VB_IS_CONTEXT (self), NULL);
  return self->guide;
}

const char *
vb_context_get_author (VbContext *self)
{
  g_return_val_if_fail (VB_IS_CONTEXT (self), NULL);
  return vb_project_get_author (self->project);
}

/* The name the activity log records for this user's edits */
void
vb_context_set_author (VbContext  *self,
                       const char *author)
{
  g_return_if_fail (VB_IS_CONTEXT (self));

  vb_project_set_author (self->project, author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

gboolean
vb_context_get_read_only (VbContext *self)
{
  g_return_val_if_fail (VB_IS_CONTEXT (self), TRUE);
  return vb_project_get_read_only (self->project);
}
